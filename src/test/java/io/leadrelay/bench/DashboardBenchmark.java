package io.leadrelay.bench;

import io.leadrelay.support.HubSpotRequests;
import io.leadrelay.support.LeadDataGenerator;
import io.leadrelay.support.TestPartners;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Dashboards at scale: writes two years of history ({@code BENCH_DASHBOARD_LEADS}, 1M by default) with
 * {@link LeadDataGenerator}, then times the pages as their users open them: the manager dashboard with its
 * default range (last 90 days) and over the whole two years, and a partner's home page. Each is requested
 * {@code BENCH_DASHBOARD_REQUESTS} times (default 100) one after another, after 10 unmeasured warm-up requests,
 * signed in with HTTP Basic as the manager or the partner user. Period figures are cached for a minute
 * (DashboardQueries), so these are mostly served from the cache; the cost of computing them is measured apart:
 * the default-range dashboard with a range one day longer on each request, so that every request misses.
 */
final class DashboardBenchmark {

    private static final int WARM_UP = 10;

    private final BenchSettings settings;
    private final Results results;

    DashboardBenchmark(BenchSettings settings, Results results) {
        this.settings = settings;
        this.results = results;
    }

    /** @param missEveryTime each request asks for a range one day longer, so that no figure comes from the cache */
    record Page(String name, String user, String path, boolean missEveryTime) {
        String path(int request) {
            if (!missEveryTime) {
                return path;
            }
            String from = LocalDate.now(ZoneOffset.UTC).minusDays(90L + request).toString();
            return path + (path.contains("?") ? "&" : "?") + "from=" + from;
        }
    }

    /**
     * The generator's own connection, with the driver rewriting each batch into multi-row inserts: several times
     * faster for a million leads. The node itself keeps the URL it was started with.
     */
    private JdbcTemplate bulkLoader() {
        String url = settings.jdbcUrl() + (settings.jdbcUrl().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        return new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
    }

    void figures(Node node) {
        String load = Results.loadAverage();
        TestPartners.World world = node.bean(TestPartners.class).world(40, "bench-history", 1_000_000_000);
        long start = System.nanoTime();
        LeadDataGenerator.Summary written = new LeadDataGenerator(bulkLoader(), 42).history(world.partnerKeys(),
                world.region(), settings.dashboardLeads(), Instant.now(), Duration.ofDays(730));
        double seconds = (System.nanoTime() - start) / 1e9;
        node.jdbc().execute("analyze"); // fresh planner statistics after a bulk load
        results.add("Data generator: " + settings.dashboardLeads() + " leads, two years (rows/s)",
                Results.f(written.rows() / seconds), null, null, null, null, load + " → " + Results.loadAverage(),
                String.format("%d leads, %d assignments, %d events, %d deals, %d opportunities in %.0f s",
                        written.leads(), written.assignments(), written.events(), written.deals(),
                        written.opportunities(), seconds));

        String twoYearsAgo = LocalDate.now(ZoneOffset.UTC).minusDays(730).toString();
        String partnerUser = world.userOf(world.partnerKeys().get(0));
        List<Page> pages = List.of(
                new Page("Manager dashboard, default range (last 90 days)", world.managerId(), "/dashboard", false),
                new Page("Manager dashboard, two years", world.managerId(), "/dashboard?from=" + twoYearsAgo, false),
                new Page("Partner home (one of 40 partners)", partnerUser, "/", false),
                new Page("Manager dashboard computed, not cached (last 90–100 days)", world.managerId(), "/dashboard",
                        true));
        int requests = Integer.parseInt(System.getenv().getOrDefault("BENCH_DASHBOARD_REQUESTS", "100"));
        for (Page page : pages) {
            int count = page.missEveryTime() ? Math.min(requests, 10) : requests;
            int warmUp = page.missEveryTime() ? 2 : WARM_UP;
            for (int i = 0; i < warmUp; i++) {
                HubSpotRequests.get(node.port(), page.path(count + i), page.user());
            }
            load = Results.loadAverage();
            List<Double> times = new ArrayList<>();
            int failures = 0;
            for (int i = 0; i < count; i++) {
                long t = System.nanoTime();
                int status = HubSpotRequests.get(node.port(), page.path(i), page.user()).statusCode();
                if (status == 200) {
                    times.add((System.nanoTime() - t) / 1e6);
                } else {
                    failures++;
                }
            }
            double p95 = Results.percentile(times, 95);
            results.add(page.name() + " p50 / p95 (ms), " + settings.dashboardLeads() + " leads in the database",
                    Results.f(Results.percentile(times, 50)) + " / " + Results.f(p95), null, null, "p95 < 300 ms",
                    failures == 0 && !times.isEmpty() && p95 < 300, load + " → " + Results.loadAverage(),
                    count + " sequential requests of GET " + page.path() + (page.missEveryTime()
                            ? " with from= one day earlier each time (every figure computed)" : "")
                            + " after " + warmUp + " warm-up; " + failures + " not 200");
        }
    }
}
