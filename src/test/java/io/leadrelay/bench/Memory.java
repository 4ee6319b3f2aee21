package io.leadrelay.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Heap in use and resident set size of this JVM (the node plus the load generator and SMTP sink). */
final class Memory {

    private Memory() {
    }

    static long heapUsedMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    /** Heap still in use after a full collection: what the node really holds. */
    static long heapAfterGcMb() {
        System.gc();
        return heapUsedMb();
    }

    /** CPU time this JVM has used, in ms: on a shared machine, CPU per lead is steadier than leads per second. */
    static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Samples heap and RSS every half second while a load runs, keeping the highest. */
    static final class Peak implements AutoCloseable {
        private volatile boolean running = true;
        private volatile long heap;
        private volatile long rss;
        private final Thread sampler;

        Peak() {
            sampler = new Thread(() -> {
                while (running) {
                    heap = Math.max(heap, Memory.heapUsedMb());
                    rss = Math.max(rss, Memory.rssMb());
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-peak");
            sampler.setDaemon(true);
            sampler.start();
        }

        long heapMb() {
            return heap;
        }

        long rssMb() {
            return rss;
        }

        @Override
        public void close() {
            running = false;
            sampler.interrupt();
        }
    }
}
