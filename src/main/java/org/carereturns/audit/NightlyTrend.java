package org.carereturns.audit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.carereturns.ingest.CsvReading;
import org.carereturns.ingest.SheetRow;
import org.yaml.snakeyaml.Yaml;

/**
 * What a nightly run adds for officers correcting records while the year is open: the rejected
 * rows that are new since the previous night (new-rejects.csv), and the trend of rows read and
 * rejected per extract and rule over every nightly run kept (dq-trend.csv).
 */
public final class NightlyTrend {

    public static final String TREND_HEADER = "as_of,extract,rule,rows_read,rows_rejected";

    /** One night's figures for one extract: rows read, rows rejected, and rows rejected per rule. */
    public record Night(LocalDate asOf, String extract, long rowsRead, long rejected, Map<String, Long> byRule) {
    }

    private NightlyTrend() {
    }

    /** The nights kept under output/period/nightly/, before tonight, with their figures. */
    public static List<Night> previousNights(Path nightlyFolder, LocalDate tonight) throws IOException {
        List<Night> out = new ArrayList<>();
        if (!Files.isDirectory(nightlyFolder)) {
            return out;
        }
        List<Path> folders;
        try (Stream<Path> s = Files.list(nightlyFolder)) {
            folders = s.filter(Files::isDirectory).filter(p -> isDate(p.getFileName().toString())).sorted().toList();
        }
        for (Path folder : folders) {
            LocalDate asOf = LocalDate.parse(folder.getFileName().toString());
            if (!asOf.isBefore(tonight) || !Files.exists(folder.resolve("manifest.json"))) {
                continue;
            }
            out.addAll(nightFrom(asOf, folder));
        }
        return out;
    }

    private static boolean isDate(String s) {
        return s.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @SuppressWarnings("unchecked")
    private static List<Night> nightFrom(LocalDate asOf, Path folder) throws IOException {
        Map<String, Object> manifest = new Yaml().load(Files.readString(folder.resolve("manifest.json")));
        Map<String, long[]> perExtract = new LinkedHashMap<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) manifest.get("inputs")) {
            long[] n = perExtract.computeIfAbsent((String) f.get("extract"), k -> new long[2]);
            n[0] += ((Number) f.get("rows_read")).longValue();
            n[1] += ((Number) f.get("rejected")).longValue();
        }
        Map<String, Map<String, Long>> rules = rulesFrom(folder.resolve("rejected.csv"));
        List<Night> out = new ArrayList<>();
        perExtract.forEach((extract, n) -> out.add(new Night(asOf, extract, n[0], n[1],
                rules.getOrDefault(extract, Map.of()))));
        return out;
    }

    /** Rows rejected per extract and rule (each row once per rule), from a rejected.csv. */
    public static Map<String, Map<String, Long>> rulesFrom(Path rejectedCsv) throws IOException {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        if (!Files.exists(rejectedCsv)) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        try (var rows = CsvReading.open(rejectedCsv)) {
            SheetRow r = rows.next();
            while ((r = rows.next()) != null) {
                if (!"error".equals(r.cell(7).text())) {
                    continue;
                }
                String extract = r.cell(0).text();
                String rule = r.cell(6).text();
                if (seen.add(extract + "|" + r.cell(1).text() + "|" + r.cell(3).text() + "|" + rule)) {
                    out.computeIfAbsent(extract, k -> new TreeMap<>()).merge(rule, 1L, Long::sum);
                }
            }
        }
        return out;
    }

    public static void writeTrend(Path file, List<Night> nights) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(TREND_HEADER + "\r\n");
            for (Night n : nights) {
                w.write(n.asOf() + "," + n.extract() + ",," + n.rowsRead() + "," + n.rejected() + "\r\n");
                for (var rule : n.byRule().entrySet()) {
                    w.write(n.asOf() + "," + n.extract() + "," + rule.getKey() + "," + n.rowsRead() + ","
                            + rule.getValue() + "\r\n");
                }
            }
        }
    }

    /**
     * new-rejects.csv: the rejected rows of tonight's rejected.csv whose file, record ID and rule were
     * not rejected in the previous nightly run (all of them when there is none).
     */
    public static long writeNewRejects(Path tonight, Path previous, Path target) throws IOException {
        Set<String> before = new HashSet<>();
        if (previous != null && Files.exists(previous)) {
            forEachError(previous, (key, line) -> before.add(key));
        }
        long[] n = {0};
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write(RejectedCsv.HEADER + "\r\n");
            forEachError(tonight, (key, line) -> {
                if (!before.contains(key)) {
                    try {
                        w.write(line + "\r\n");
                        n[0]++;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
        }
        return n[0];
    }

    private static void forEachError(Path rejectedCsv, java.util.function.BiConsumer<String, String> action)
            throws IOException {
        try (var rows = CsvReading.open(rejectedCsv)) {
            SheetRow r = rows.next();
            while ((r = rows.next()) != null) {
                if (!"error".equals(r.cell(7).text())) {
                    continue;
                }
                String key = r.cell(1).text() + "|" + r.cell(4).text() + "|" + r.cell(6).text();
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < r.cells().length; i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    line.append(RejectedCsv.quote(r.cell(i).text()));
                }
                action.accept(key, line.toString());
            }
        }
    }

    /** The latest kept nightly folder before tonight, or null. */
    public static Path previousFolder(Path nightlyFolder, LocalDate tonight) throws IOException {
        if (!Files.isDirectory(nightlyFolder)) {
            return null;
        }
        try (Stream<Path> s = Files.list(nightlyFolder)) {
            return s.filter(p -> isDate(p.getFileName().toString()))
                    .filter(p -> LocalDate.parse(p.getFileName().toString()).isBefore(tonight))
                    .filter(p -> Files.exists(p.resolve("rejected.csv")))
                    .max(Path::compareTo).orElse(null);
        }
    }
}
