package io.leadrelay.bench;

import io.leadrelay.lead.process.LeadLifecycleProcess;
import io.leadrelay.support.LeadDataGenerator;
import io.leadrelay.support.TestPartners;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Timer punctuality. N open leads wait at "Accept lead" with their first-reminder timer; the timers are then
 * moved so that they fall due evenly over a window starting a few seconds ahead, and the node's job executor
 * fires them (each one runs our reminder: timeline event and mail into the outbox). Lateness is the job log's
 * success time minus the job's due date. Baseline: the same number of plain timers of the bare engine, fired
 * the same way over the same window.
 *
 * <p>The instances are created directly at "Accept lead" (startBeforeActivity, custom listeners skipped) on
 * lead rows from {@link LeadDataGenerator}: going through intake would take most of the run on this machine
 * for 100k leads, and creation is not what is measured here.
 */
final class TimerBenchmark {

    private static final int CREATE_BATCH = 200;

    private final BenchSettings settings;
    private final Results results;

    TimerBenchmark(BenchSettings settings, Results results) {
        this.settings = settings;
        this.results = results;
    }

    record Punctuality(long fired, double p50, double p99, double max, double perSecond, long createSeconds) {
    }

    void figures(Node node) {
        String load = Results.loadAverage();
        Punctuality bare = run(node, BaselineModels.PLAIN_TIMER, BaselineModels.PLAIN_TIMER_EVENT,
                rt -> rt.startProcessInstanceByKey(BaselineModels.PLAIN_TIMER));
        String loadBare = load + " → " + Results.loadAverage();

        load = Results.loadAverage();
        TestPartners.World world = node.bean(TestPartners.class).world(10, "bench-timers", 100_000_000);
        List<String> leads = new LeadDataGenerator(node.jdbc(), 7).openLeads(world.partnerKeys(), world.region(),
                settings.timers());
        java.util.Iterator<String> next = leads.iterator();
        Punctuality ours = run(node, LeadLifecycleProcess.KEY, LeadLifecycleProcess.BOUNDARY_FIRST_REMINDER_DUE, rt -> {
            String leadId;
            synchronized (next) {
                leadId = next.next();
            }
            String partner = node.jdbc().queryForObject("select partner_key from lead where id = ?", String.class, leadId);
            rt.createProcessInstanceByKey(LeadLifecycleProcess.KEY).businessKey(leadId)
                    .setVariable(LeadLifecycleProcess.LEAD_ID, leadId)
                    .setVariable(LeadLifecycleProcess.LEAD_TYPE, "demo-request")
                    .setVariable(LeadLifecycleProcess.ASSIGNMENT_COUNT, 1)
                    .setVariable(LeadLifecycleProcess.PARTNER_KEY, partner)
                    .setVariable(LeadLifecycleProcess.PARTNER_TIER, "gold")
                    .setVariable(LeadLifecycleProcess.PARTNER_ASSIGNED, true)
                    // far ahead while the instances are created; moved into the window below
                    .setVariable(LeadLifecycleProcess.FIRST_REMINDER, "P1D")
                    .setVariable(LeadLifecycleProcess.ACCEPT_SLA, "P2D")
                    .startBeforeActivity(LeadLifecycleProcess.TASK_ACCEPT_LEAD)
                    .execute(true, false);
        });
        String loadOurs = load + " → " + Results.loadAverage();

        String size = settings.timers() + " due over " + settings.timerWindowSeconds() + " s";
        results.add("Reminder lateness p50 / p99 / max (ms), " + size,
                Results.f(ours.p50()) + " / " + Results.f(ours.p99()) + " / " + Results.f(ours.max()),
                Results.f(bare.p50()) + " / " + Results.f(bare.p99()) + " / " + Results.f(bare.max())
                        + " (bare engine, plain timers)",
                Results.ratio(ours.p99(), bare.p99()) + " (p99)", "p99 < 5000 ms",
                ours.fired() == settings.timers() && ours.p99() < 5000, loadOurs + " (baseline: " + loadBare + ")",
                ours.fired() + " of " + settings.timers() + " fired; instances created in " + ours.createSeconds()
                        + " s (baseline " + bare.createSeconds() + " s)");
        results.add("Reminders fired per second, " + size, Results.f(ours.perSecond()),
                Results.f(bare.perSecond()) + " (bare engine)", Results.ratio(ours.perSecond(), bare.perSecond()),
                null, null, loadOurs, "due rate " + Results.f(settings.timers() / (double) settings.timerWindowSeconds())
                        + "/s; fired ÷ (last fired − first due)");
    }

    /** Creates the instances, moves their timers into the window, waits until all fired, reads the job log. */
    private Punctuality run(Node node, String processKey, String timerActivity, Consumer<RuntimeService> start) {
        JdbcTemplate db = node.jdbc();
        RuntimeService runtime = node.engine().getRuntimeService();
        TransactionTemplate tx = node.bean(TransactionTemplate.class);
        long createStart = System.nanoTime();
        int batches = (settings.timers() + CREATE_BATCH - 1) / CREATE_BATCH;
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        for (int b = 0; b < batches; b++) {
            int size = Math.min(CREATE_BATCH, settings.timers() - b * CREATE_BATCH);
            pool.submit(() -> tx.executeWithoutResult(status -> {
                for (int i = 0; i < size; i++) {
                    start.accept(runtime);
                }
            }));
        }
        Load.await(pool, 7200);
        long createSeconds = (System.nanoTime() - createStart) / 1_000_000_000L;

        List<String> jobs = db.queryForList("select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ "
                + "where d.act_id_ = ? and j.process_def_key_ = ? and j.duedate_ > ? order by j.id_", String.class,
                timerActivity, processKey, new Timestamp(System.currentTimeMillis() + 12 * 3600_000L));
        long first = System.currentTimeMillis() + 5_000;
        double step = settings.timerWindowSeconds() * 1000.0 / Math.max(1, jobs.size());
        List<Object[]> dues = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            dues.add(new Object[] {new Timestamp(first + (long) (i * step)), jobs.get(i)});
        }
        for (int from = 0; from < dues.size(); from += 5_000) {
            db.batchUpdate("update act_ru_job set duedate_ = ? where id_ = ?", dues.subList(from, Math.min(dues.size(),
                    from + 5_000)));
        }
        if (settings.postgres()) {
            // the mass update above leaves the planner's statistics stale; a node in steady state has them fresh
            // (autovacuum), and stale ones made it sort every due job on each acquisition instead of using the index
            db.execute("analyze act_ru_job");
        }
        Timestamp since = new Timestamp(first - 1);
        String fired = "from act_hi_job_log where act_id_ = ? and process_def_key_ = ? and job_state_ = 2 "
                + "and job_duedate_ >= ?";
        Load.until(settings.timerWindowSeconds() + 1800, () -> db.queryForObject("select count(*) " + fired, Long.class,
                timerActivity, processKey, since) >= jobs.size());
        List<Double> lateness = new ArrayList<>();
        long[] last = {first};
        db.query("select timestamp_, job_duedate_ " + fired, rs -> {
            long at = rs.getTimestamp(1).getTime();
            lateness.add((double) (at - rs.getTimestamp(2).getTime()));
            last[0] = Math.max(last[0], at);
        }, timerActivity, processKey, since);
        double perSecond = lateness.size() / Math.max(0.001, (last[0] - first) / 1000.0);
        return new Punctuality(lateness.size(), Results.percentile(lateness, 50), Results.percentile(lateness, 99),
                Results.max(lateness), perSecond, createSeconds);
    }
}
