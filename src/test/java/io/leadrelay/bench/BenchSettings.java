package io.leadrelay.bench;

import java.util.Map;

/**
 * Sizes and durations, from the environment (BENCH_*) with realistic defaults; {@code --quick} shrinks them to a
 * smoke run of a few minutes. Which database: {@code --db=h2} (a file database under target/bench/h2, as the demo uses) or {@code --db=pg} with
 * {@code BENCH_PG_URL} pointing at a scratch database that scripts/bench.sh creates and drops.
 */
record BenchSettings(String db, boolean quick, String jdbcUrl, int seconds, int threads, java.util.List<Integer> latencyRates, int latencySeconds,
                     int timers, int timerWindowSeconds, int dashboardLeads, String out, String scenarios) {

    static BenchSettings from(String[] args, Map<String, String> env) {
        String db = "h2";
        boolean quick = false;
        for (String arg : args) {
            if (arg.startsWith("--db=")) {
                db = arg.substring(5);
            } else if (arg.equals("--quick")) {
                quick = true;
            }
        }
        String url = db.equals("pg") ? env.getOrDefault("BENCH_PG_URL", "") : "";
        if (db.equals("pg") && url.isBlank()) {
            throw new IllegalArgumentException("--db=pg needs BENCH_PG_URL (a scratch database; scripts/bench.sh makes one)");
        }
        // H2 is the demo database: it gets a fifth of the timers; PostgreSQL (production) gets the full 100k
        int timers = intOf(env, "BENCH_TIMERS", quick ? 1_000 : db.equals("pg") ? 100_000 : 20_000);
        return new BenchSettings(db, quick, url,
                intOf(env, "BENCH_SECONDS", quick ? 10 : 60),
                intOf(env, "BENCH_THREADS", 4),
                // the 50/s first; then half of it, to show the latency of a node that is not saturated
                java.util.Arrays.stream(env.getOrDefault("BENCH_LATENCY_RATE", "50,25").split(","))
                        .map(String::trim).map(Integer::parseInt).toList(),
                intOf(env, "BENCH_LATENCY_SECONDS", intOf(env, "BENCH_SECONDS", quick ? 10 : 60)),
                timers,
                // reminders fall due over this window; the default asks for 150 due per second
                intOf(env, "BENCH_TIMER_WINDOW", Math.max(10, timers / 150)),
                intOf(env, "BENCH_DASHBOARD_LEADS", quick ? 10_000 : 1_000_000),
                env.getOrDefault("BENCH_OUT", "target/bench"),
                env.getOrDefault("BENCH_SCENARIOS", "intake,latency,timers,twonodes,dashboards"));
    }

    boolean runs(String scenario) {
        return (',' + scenarios + ',').contains(',' + scenario + ',');
    }

    boolean postgres() {
        return db.equals("pg");
    }

    private static int intOf(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
