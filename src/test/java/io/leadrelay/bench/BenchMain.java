package io.leadrelay.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.leadrelay.support.FreeSmtp;
import io.leadrelay.support.TestPartners;

/**
 * Runs the benchmarks against one database and writes target/bench/results-{db}.tsv; scripts/bench.sh runs
 * it on H2 and PostgreSQL, adds pgbench and the machine, and writes docs/benchmarks.md. Not a test: the name
 * keeps it out of surefire.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        BenchSettings settings = BenchSettings.from(args, System.getenv());
        org.springframework.util.FileSystemUtils.deleteRecursively(Node.H2_FOLDER.toFile());
        Results results = new Results(settings.out(), settings.db());
        System.out.println("[bench] " + settings);
        ServerSetup smtpSetup = FreeSmtp.onFreePort();
        GreenMail smtp = new GreenMail(smtpSetup);
        smtp.start();
        int exit = 0;
        try (Node node = Node.start("bench-a", settings, smtpSetup.getPort())) {
            BaselineModels.deploy(node.engine());
            // partners for intake: five per sales region, capacity far above what a run creates
            for (String[] region : Webhooks.REGIONS) {
                node.bean(TestPartners.class).world(5, region[0], 100_000_000);
            }
            IntakeBenchmark intake = new IntakeBenchmark(settings, results);
            if (settings.runs("intake")) {
                intake.throughputFigures(node);
            }
            if (settings.runs("latency")) {
                intake.latencyFigures(node);
            }
            if (settings.runs("twonodes") && settings.postgres()) {
                // the schema exists: a second node may join (stack notes, trap 3)
                try (Node second = Node.start("bench-b", settings, smtpSetup.getPort())) {
                    intake.twoNodeFigures(node, second);
                }
            }
            if (settings.runs("timers")) {
                new TimerBenchmark(settings, results).figures(node);
            }
            if (settings.runs("dashboards") && settings.postgres()) {
                new DashboardBenchmark(settings, results).figures(node);
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            smtp.stop();
        }
        System.exit(exit);
    }
}
