package io.leadrelay.lead.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * History level "full", except for task-local variables. The only task-local variables are the copies of the
 * lead that {@link ShowLeadOnTaskListener} puts on each task for its form: they duplicate our lead table and
 * live and die with the task. Keeping their history cost three rows per field and task (runtime, historic
 * instance, detail), about 36 of the ~200 rows a new lead wrote, and kept the lead's personal data in the
 * engine's history a second time. Everything else keeps full history.
 *
 * <p>The level keeps the id (3) and name ("full") of Camunda's own, so the database's recorded history level
 * still matches and {@code camunda.bpm.history-level: full} selects it: Camunda picks the last level with that
 * name, and custom levels come after the built-in ones.
 */
@Component
class TaskDisplayCopyHistory extends AbstractProcessEnginePlugin {

    static final class FullWithoutTaskLocalVariables extends HistoryLevelFull {
        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            return !(entity instanceof VariableInstanceEntity variable && variable.getTaskId() != null);
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        custom.add(new FullWithoutTaskLocalVariables());
        configuration.setCustomHistoryLevels(custom);
    }
}
