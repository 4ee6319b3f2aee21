package io.leadrelay.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Collects figures as tab-separated rows that scripts/bench.sh turns into docs/benchmarks.md:
 * database, figure, value, baseline, ratio, target, met, load average before → after, note.
 */
final class Results {

    private final Path file;
    private final String db;

    Results(String outDir, String db) {
        this.file = Path.of(outDir, "results-" + db + ".tsv");
        this.db = db;
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One figure; {@code met} is null when there is no target, so nothing is claimed. */
    void add(String figure, String value, String baseline, String ratio, String target, Boolean met, String load,
             String note) {
        String row = String.join("\t", db, figure, value, dash(baseline), dash(ratio), dash(target),
                met == null ? "-" : met ? "yes" : "**no**", load, dash(note)) + "\n";
        System.out.print("[bench] " + row);
        try {
            Files.writeString(file, row, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dash(String text) {
        return text == null || text.isBlank() ? "-" : text.replace('\t', ' ').replace('\n', ' ');
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Percentile (nearest rank) of the values; NaN if there are none. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static String f(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String ratio(double value, double baseline) {
        return baseline > 0 ? String.format(Locale.ROOT, "%.2f", value / baseline) : "n/a";
    }
}
