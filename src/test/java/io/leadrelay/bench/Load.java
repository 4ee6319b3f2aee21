package io.leadrelay.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/** Load shapes: closed loop (as fast as N threads go) and open loop (a fixed rate, whatever the answers take). */
final class Load {

    private Load() {
    }

    /** Runs {@code action} in {@code threads} loops for {@code seconds}; returns how many calls returned true. */
    static long closedLoop(int threads, int seconds, BooleanSupplier action) {
        AtomicLong ok = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    if (action.getAsBoolean()) {
                        ok.incrementAndGet();
                    }
                }
            });
        }
        await(pool, seconds + 120);
        return ok.get();
    }

    /**
     * Starts {@code action} {@code ratePerSecond} times a second for {@code seconds} on a large pool, and returns
     * each call's latency in ms measured from the moment it was scheduled (so a stall is not hidden by the
     * sender waiting: no coordinated omission). Failed calls count as NaN.
     */
    static List<Double> openLoop(int ratePerSecond, int seconds, BooleanSupplier action) {
        List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(64);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        long total = (long) ratePerSecond * seconds;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        AtomicLong issued = new AtomicLong();
        clock.scheduleAtFixedRate(() -> {
            long n = issued.getAndIncrement();
            if (n >= total) {
                return;
            }
            long intended = start + n * periodNanos;
            senders.submit(() -> {
                boolean ok = action.getAsBoolean();
                latencies.add(ok ? (System.nanoTime() - intended) / 1e6 : Double.NaN);
            });
        }, 50_000_000L, periodNanos, TimeUnit.NANOSECONDS);
        while (issued.get() < total) {
            sleep(100);
        }
        clock.shutdownNow();
        await(senders, 180);
        // calls still waiting after that are left out (the caller counts them as unanswered) and stopped here,
        // so they do not load the next benchmark
        senders.shutdownNow();
        synchronized (latencies) {
            return new ArrayList<>(latencies);
        }
    }

    static void await(ExecutorService pool, int seconds) {
        pool.shutdown();
        try {
            pool.awaitTermination(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls until the condition holds or the time is up; true if it held. */
    static boolean until(int maxSeconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            sleep(500);
        }
        return condition.getAsBoolean();
    }
}
