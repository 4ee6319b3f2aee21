package io.leadrelay.bench;

import io.leadrelay.support.HubSpotRequests;
import io.leadrelay.support.LeadDataGenerator;
import io.leadrelay.support.TestPartners;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Dashboards at scale: writes two years of history ({@code BENCH_DASHBOARD_LEADS}, 1M by default) with
 * {@link LeadDataGenerator}, then times GET requests to the dashboard pages.
 *
 * <p>TODO(portal): the manager dashboard and partner home are being built on the portal branch; this worktree
 * has no /api/dashboard endpoints yet. Until they are merged this writes the data and reports the generator's
 * speed; the endpoints are a hook: {@code BENCH_DASHBOARD_PATHS="manager:mgr:/api/dashboard/manager,
 * partner:{partner}user:/api/dashboard/partner"} (name:user:path, {partner} = a generated partner's key) are
 * each requested {@code BENCH_DASHBOARD_REQUESTS} times (default 200) and reported p50/p95 against 300 ms.
 */
final class DashboardBenchmark {

    private final BenchSettings settings;
    private final Results results;

    DashboardBenchmark(BenchSettings settings, Results results) {
        this.settings = settings;
        this.results = results;
    }

    void figures(Node node) {
        String load = Results.loadAverage();
        TestPartners.World world = node.bean(TestPartners.class).world(40, "bench-history", 1_000_000_000);
        long start = System.nanoTime();
        LeadDataGenerator.Summary written = new LeadDataGenerator(node.jdbc(), 42).history(world.partnerKeys(),
                world.region(), settings.dashboardLeads(), Instant.now(), Duration.ofDays(730));
        double seconds = (System.nanoTime() - start) / 1e9;
        node.jdbc().execute("analyze"); // fresh planner statistics after a bulk load
        results.add("Data generator: " + settings.dashboardLeads() + " leads, two years (rows/s)",
                Results.f(written.rows() / seconds), null, null, null, null, load + " → " + Results.loadAverage(),
                String.format("%d leads, %d assignments, %d events, %d deals, %d opportunities in %.0f s",
                        written.leads(), written.assignments(), written.events(), written.deals(),
                        written.opportunities(), seconds));

        String paths = System.getenv("BENCH_DASHBOARD_PATHS");
        if (paths == null || paths.isBlank()) {
            results.add("Dashboards p50 / p95 (ms), manager dashboard and partner home", "TODO", null, null,
                    "p95 < 300 ms", null, "-", "TODO(portal): no /api/dashboard endpoints in this branch; "
                            + "set BENCH_DASHBOARD_PATHS once the portal is merged");
            return;
        }
        int requests = Integer.parseInt(System.getenv().getOrDefault("BENCH_DASHBOARD_REQUESTS", "200"));
        for (String spec : paths.split(",")) {
            String[] parts = spec.trim().split(":", 3);
            String user = parts[1].replace("{partner}", world.partnerKeys().get(0))
                    .replace("mgr", world.managerId());
            load = Results.loadAverage();
            List<Double> times = new ArrayList<>();
            int failures = 0;
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                int status = HubSpotRequests.get(node.port(), parts[2], user).statusCode();
                if (status == 200) {
                    times.add((System.nanoTime() - t) / 1e6);
                } else {
                    failures++;
                }
            }
            double p95 = Results.percentile(times, 95);
            results.add("Dashboard " + parts[0] + " p50 / p95 (ms), " + settings.dashboardLeads() + " leads",
                    Results.f(Results.percentile(times, 50)) + " / " + Results.f(p95), null, null, "p95 < 300 ms",
                    failures == 0 && p95 < 300, load + " → " + Results.loadAverage(),
                    requests + " sequential requests, " + failures + " not 200");
        }
    }
}
