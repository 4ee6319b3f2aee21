package io.leadrelay.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Speed to lead. Throughput: signed webhooks from N threads for the configured time; a lead counts when it is
 * assigned and its assignment mail is in the outbox, the point where the partner is as good as told. Baseline:
 * the bare engine starting a process with one user task and one timer boundary event from the same N threads.
 * Latency: a steady open-loop rate; webhook acknowledged, and receipt until the assignment mail went to SMTP.
 */
final class IntakeBenchmark {

    record Throughput(double ackPerSecond, double assignedPerSecond, long acknowledged, long drainSeconds,
                      double cpuMsPerLead) {
    }

    private final BenchSettings settings;
    private final Results results;
    private final Webhooks webhooks = new Webhooks();

    IntakeBenchmark(BenchSettings settings, Results results) {
        this.settings = settings;
        this.results = results;
    }

    /** Closed-loop intake through the given nodes (threads per node = BENCH_THREADS). */
    Throughput intake(List<Node> nodes) {
        JdbcTemplate db = nodes.get(0).jdbc();
        long cpuStart = Memory.cpuMillis();
        Instant start = Instant.now();
        int threads = settings.threads() * nodes.size();
        java.util.concurrent.atomic.AtomicLong turn = new java.util.concurrent.atomic.AtomicLong();
        long acked = Load.closedLoop(threads, settings.seconds(),
                () -> webhooks.deliver(nodes.get((int) (turn.getAndIncrement() % nodes.size())).port()));
        Instant end = Instant.now();
        double seconds = (end.toEpochMilli() - start.toEpochMilli()) / 1000.0;
        long inWindow = assignedBetween(db, start, end);
        // then let the backlog of the async assignment drain, to show how far behind it fell
        long drainStart = System.nanoTime();
        Load.until(600, () -> assignedBetween(db, start, Instant.now()) >= acked);
        long drain = (System.nanoTime() - drainStart) / 1_000_000_000L;
        double cpuPerLead = (Memory.cpuMillis() - cpuStart) / (double) Math.max(1, acked);
        return new Throughput(acked / seconds, inWindow / seconds, acked, drain, cpuPerLead);
    }

    /** The bare engine: starts the user-task-with-timer process from the same number of threads. */
    double baseline(Node node) {
        RuntimeService runtime = node.engine().getRuntimeService();
        long cpuStart = Memory.cpuMillis();
        long started = Load.closedLoop(settings.threads(), settings.seconds(), () -> {
            runtime.startProcessInstanceByKey(BaselineModels.USER_TASK_WITH_TIMER);
            return true;
        });
        baselineCpuMsPerInstance = (Memory.cpuMillis() - cpuStart) / (double) Math.max(1, started);
        return started / (double) settings.seconds();
    }

    void throughputFigures(Node node) {
        String load = Results.loadAverage();
        double bare = baseline(node);
        String loadBaseline = load + " → " + Results.loadAverage();
        load = Results.loadAverage();
        long idleHeap = Memory.heapAfterGcMb();
        long idleRss = Memory.rssMb();
        Throughput intake;
        long peakHeap;
        long peakRss;
        try (Memory.Peak peak = new Memory.Peak()) {
            intake = intake(List.of(node));
            peakHeap = peak.heapMb();
            peakRss = peak.rssMb();
        }
        String loadIntake = load + " → " + Results.loadAverage();
        results.add("Intake throughput, leads/s assigned with mail queued (" + settings.threads() + " threads, "
                        + settings.seconds() + " s)", Results.f(intake.assignedPerSecond()),
                Results.f(bare) + " (bare engine, user task + timer)",
                Results.ratio(intake.assignedPerSecond(), bare), "≥ 0.50 × baseline",
                intake.assignedPerSecond() >= 0.5 * bare, loadIntake + " (baseline: " + loadBaseline + ")",
                String.format("acknowledged %.1f/s (%d leads); backlog drained %d s after the load stopped; "
                                + "JVM CPU %.1f ms per lead vs %.1f ms per bare instance", intake.ackPerSecond(),
                        intake.acknowledged(), intake.drainSeconds(), intake.cpuMsPerLead(), baselineCpuMsPerInstance));
        results.add("Memory at idle: heap after GC / RSS (MB)", idleHeap + " / " + idleRss, null, null, null, null,
                load, "one JVM: node + load generator + SMTP sink");
        results.add("Memory under intake load: peak heap / peak RSS (MB)", peakHeap + " / " + peakRss, null, null,
                null, null, loadIntake, "sampled every 0.5 s; -Xmx from the bench profile");
        lastSingleNode = intake;
    }

    private Throughput lastSingleNode;
    private double baselineCpuMsPerInstance;

    Throughput lastSingleNode() {
        return lastSingleNode;
    }

    void latencyFigures(Node node) {
        for (int rate : settings.latencyRates()) {
            latencyFigures(node, rate);
        }
    }

    private void latencyFigures(Node node, int leadsPerSecond) {
        JdbcTemplate db = node.jdbc();
        String load = Results.loadAverage();
        Instant start = Instant.now();
        int seconds = settings.latencySeconds();
        long issued = (long) leadsPerSecond * seconds;
        List<Double> acks = Load.openLoop(leadsPerSecond, seconds, () -> webhooks.deliver(node.port()));
        Instant end = Instant.now();
        long failed = acks.stream().filter(v -> v.isNaN()).count() + (issued - acks.size());
        List<Double> ok = acks.stream().filter(v -> !v.isNaN()).toList();
        // receipt (delivery stored) → assignment mail handed to SMTP (marked sent)
        String sql = "select d.received_at, m.sent_at from webhook_delivery d join outbound_mail m "
                + "on m.lead_id = d.lead_id and m.template = 'lead-assigned' "
                + "where d.received_at >= ? and d.received_at <= ? and d.verdict = 'ACCEPTED'";
        Load.until(300, () -> db.queryForList(sql, Timestamp.from(start), Timestamp.from(end)).stream()
                .allMatch(row -> row.get("sent_at") != null) && !db.queryForList(sql, Timestamp.from(start),
                Timestamp.from(end)).isEmpty());
        List<Double> toMail = db.query(sql, (rs, i) -> {
            Timestamp sent = rs.getTimestamp("sent_at");
            return sent == null ? Double.NaN : (double) (sent.getTime() - rs.getTimestamp("received_at").getTime());
        }, Timestamp.from(start), Timestamp.from(end));
        long unsent = toMail.stream().filter(v -> v.isNaN()).count();
        List<Double> mailed = toMail.stream().filter(v -> !v.isNaN()).toList();
        String loadAfter = load + " → " + Results.loadAverage();
        double ackP99 = Results.percentile(ok, 99);
        double mailP99 = Results.percentile(mailed, 99);
        String rate = leadsPerSecond + " leads/s for " + seconds + " s";
        results.add("Webhook acknowledged p50 / p99 (ms), " + rate,
                Results.f(Results.percentile(ok, 50)) + " / " + Results.f(ackP99), null, null, "p99 < 50 ms",
                failed == 0 && ackP99 < 50, loadAfter, ok.size() + " of " + issued + " acknowledged; " + failed
                        + " failed or unanswered 180 s after the last was sent");
        results.add("Receipt → assignment mail handed to SMTP p50 / p99 (ms), " + rate,
                Results.f(Results.percentile(mailed, 50)) + " / " + Results.f(mailP99), null, null, "p99 < 2000 ms",
                unsent == 0 && !mailed.isEmpty() && mailP99 < 2000, loadAfter,
                mailed.size() + " mails; " + unsent + " not sent within 5 min; max " + Results.f(Results.max(mailed))
                        + " ms; sent on commit, the " + Objects.requireNonNullElse(System.getenv("BENCH_MAIL_POLL"), "PT1S")
                        + " poll as fallback");
    }

    void twoNodeFigures(Node a, Node b) {
        String load = Results.loadAverage();
        Throughput two = intake(List.of(a, b));
        Throughput one = lastSingleNode;
        String loadAfter = load + " → " + Results.loadAverage();
        double oneRate = one == null ? Double.NaN : one.assignedPerSecond();
        results.add("Two nodes vs one, intake leads/s (" + settings.threads() + " threads per node)",
                Results.f(two.assignedPerSecond()), Results.f(oneRate) + " (one node)",
                Results.ratio(two.assignedPerSecond(), oneRate), "≥ 1.6 × one node",
                one == null ? null : two.assignedPerSecond() >= 1.6 * oneRate, loadAfter,
                "both nodes in one JVM on a 2-core machine; acknowledged " + Results.f(two.ackPerSecond()) + "/s");
    }

    private static long assignedBetween(JdbcTemplate db, Instant from, Instant to) {
        Long n = db.queryForObject("select count(*) from outbound_mail where template = 'lead-assigned' "
                + "and created_at >= ? and created_at <= ?", Long.class, Timestamp.from(from), Timestamp.from(to));
        return n == null ? 0 : n;
    }
}
