package io.leadrelay.lead.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index for the job executor's acquisition query. With {@code jobExecutorAcquireByDueDate} and
 * {@code jobExecutorPreferTimerJobs} (application.yaml: reminders must be punctual) Camunda orders due jobs by
 * {@code TYPE_ desc, DUEDATE_}, and its schema has no index for that: every acquisition of three jobs sorted all
 * due jobs. Every open lead holds two or three timers, so at 100,000 open leads the bench measured bare timers
 * firing at 15/s instead of 199/s. With this index PostgreSQL reads the first due jobs in order and stops.
 *
 * <p>The same query skips exclusive jobs of a process instance that has a job in progress ({@code not exists}
 * over the locked jobs). PostgreSQL answers that with a scan of the whole job table on every acquisition: 54 ms
 * at 130,000 jobs, measured with {@code explain analyze} on the bench's job table, which capped the bare
 * engine at about 66 timers/s. A partial index on the locked jobs only (a handful at any time) makes it 0.2 ms.
 * The price: locking and unlocking a job now changes an indexed column, so those updates write the index too
 * (PostgreSQL can no longer update the row in place), which is small next to a table scan per acquisition.
 * H2 has no partial indexes and is not the production database; it gets the ordering index only.
 *
 * <p>Camunda creates its own tables when the engine starts, after Flyway has run, so the indexes are created
 * here, once the engine is built, and only if missing (PostgreSQL and H2 both know {@code if not exists}).
 */
@Component
class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndex.class);

    static final String DDL = "create index if not exists ix_act_ru_job_acquisition on act_ru_job (type_ desc, duedate_)";
    static final String LOCKED_JOBS_DDL = "create index if not exists ix_act_ru_job_locked "
            + "on act_ru_job (process_instance_id_) where lock_owner_ is not null";

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        DataSource dataSource = configuration.getDataSource();
        create(dataSource, DDL, false);
        create(dataSource, LOCKED_JOBS_DDL, true);
    }

    private static void create(DataSource dataSource, String ddl, boolean postgresOnly) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (postgresOnly && !"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            statement.execute(ddl);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // two nodes starting together may race to create it; the index speeds acquisition up, nothing needs it
            log.warn("Job acquisition index not created ({}: {}); timers are acquired more slowly without it",
                    ddl, e.getMessage());
        }
    }
}
