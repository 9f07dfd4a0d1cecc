package org.carereturns.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.cli.Main;
import org.carereturns.ingest.CsvReading;
import org.carereturns.ingest.SheetRow;

/**
 * A hand-built council for a returns test: rows written as real .xlsx extracts, year-end run through
 * the command line, and returns.csv read back cell by cell.
 */
public final class ReturnRun {

    public static final List<String> SERVICE_COLUMNS = List.of("Service ID", "Person ID", "Date of Birth",
            "Primary Support Reason", "Date of Death", "Client Type", "Service Type", "Delivery Mechanism",
            "Start Date", "End Date", "ST-Max Outcome", "Accommodation Status", "Employment Status");
    public static final List<String> CONTACT_COLUMNS = List.of("Contact ID", "Person ID", "Date of Birth",
            "Client Type", "Contact Date", "Route of Access", "Outcome", "Outcome Date");
    public static final List<String> REVIEW_COLUMNS = List.of("Review ID", "Person ID", "Date of Birth",
            "Review Date", "Review Type", "Review Reason", "Review Outcome");

    private final Path input;
    private final Path output;
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    public String stdout;
    public String stderr;
    public int exit;
    private Map<String, String> cells;
    private String period = "2024-25";
    private final List<String> options = new ArrayList<>();

    public ReturnRun(Path dir) {
        this.input = dir.resolve("in");
        this.output = dir.resolve("out");
        extract("services.xlsx", SERVICE_COLUMNS);
        extract("contacts.xlsx", CONTACT_COLUMNS);
        extract("reviews.xlsx", REVIEW_COLUMNS);
    }

    public ReturnRun extract(String file, List<String> header) {
        columns.put(file, header);
        rows.put(file, new ArrayList<>());
        return this;
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /**
     * A service row: ID, person, DOB, PSR, DoD, client type, type, delivery, start, end, ST-Max outcome,
     * and optionally accommodation and employment status.
     */
    public ReturnRun service(Object... values) {
        return row("services.xlsx", values);
    }

    /** A contact: ID, person, DOB, client type, contact date, route, outcome, outcome date. */
    public ReturnRun contact(Object... values) {
        return row("contacts.xlsx", values);
    }

    /** A review: ID, person, DOB, date, type, reason, outcome. */
    public ReturnRun review(Object... values) {
        return row("reviews.xlsx", values);
    }

    public ReturnRun row(String file, Object... values) {
        rows.get(file).add(values);
        return this;
    }

    /** Runs another period than 2024-25. */
    public ReturnRun period(String period) {
        this.period = period;
        return this;
    }

    /** Adds options to the year-end's command line, such as {@code --previous-input DIR}. */
    public ReturnRun options(String... more) {
        options.addAll(List.of(more));
        return this;
    }

    public Path input() {
        return input;
    }

    public Path output() {
        return output.resolve(period);
    }

    public ReturnRun yearEnd() throws Exception {
        for (var e : rows.entrySet()) {
            TestFiles.Workbook wb = TestFiles.workbook("Data").row(columns.get(e.getKey()).toArray());
            e.getValue().forEach(wb::row);
            wb.save(input.resolve(e.getKey()));
        }
        // a cohort built for one return: the council expects the returns these extracts can produce
        var plan = new org.carereturns.ingest.InputLocator(org.carereturns.ingest.Mapping.none()).plan(input);
        List<String> producible = org.carereturns.job.Returns.ALL.stream()
                .filter(r -> org.carereturns.job.Returns.missing(r, plan) == null)
                .map(org.carereturns.returns.StatutoryReturn::name).toList();
        Path council = Files.writeString(input.resolveSibling("council.yml"), "name: Test Council\ncode: E06000035\n"
                + "returns: [" + String.join(", ", producible) + "]\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("year-end", "--period", period, "--input", input.toString(),
                "--output", output.toString(), "--council", council.toString()));
        args.addAll(options);
        exit = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(stderr).isZero();
        assertManifestBalances(output());
        return this;
    }

    /** For every input file of the manifest: rows_read = rejected + excluded + used. */
    public static void assertManifestBalances(Path periodFolder) throws IOException {
        String manifest = Files.readString(periodFolder.resolve("manifest.json"));
        var m = java.util.regex.Pattern.compile("\"name\": \"([^\"]+)\",[^}]*?\"rows_read\": (\\d+),\\s*"
                + "\"blank_rows\": \\d+,\\s*\"rejected\": (\\d+),\\s*\"excluded\": (\\d+),\\s*\"used\": (\\d+)",
                java.util.regex.Pattern.DOTALL).matcher(manifest);
        int files = 0;
        while (m.find()) {
            files++;
            long read = Long.parseLong(m.group(2));
            long sum = Long.parseLong(m.group(3)) + Long.parseLong(m.group(4)) + Long.parseLong(m.group(5));
            assertThat(sum).as("rows of %s balance", m.group(1)).isEqualTo(read);
        }
        assertThat(files).as("input files in the manifest").isPositive();
    }

    /** Every cell of returns.csv, keyed "table|row|column". */
    public Map<String, String> cells() throws IOException {
        if (cells == null) {
            cells = new LinkedHashMap<>();
            try (var csv = CsvReading.open(output().resolve("returns.csv"))) {
                SheetRow r = csv.next();
                while ((r = csv.next()) != null) {
                    cells.put(r.cell(1).text() + "|" + r.cell(2).text() + "|" + r.cell(3).text(), r.cell(4).text());
                }
            }
        }
        return cells;
    }

    public String cell(String table, String row, String column) throws IOException {
        String v = cells().get(table + "|" + row + "|" + column);
        assertThat(v).as("%s / %s / %s is in returns.csv", table, row, column).isNotNull();
        return v;
    }

    /**
     * Asserts a whole count table: the cells listed ("row|column" → value) have those values and
     * every other cell of the table is 0.
     */
    public void assertTable(String table, Map<String, Object> expected) throws IOException {
        int seen = 0;
        for (var e : cells().entrySet()) {
            if (!e.getKey().startsWith(table + "|")) {
                continue;
            }
            seen++;
            String cell = e.getKey().substring(table.length() + 1);
            Object want = expected.getOrDefault(cell, 0);
            assertThat(e.getValue()).as("%s: %s", table, cell).isEqualTo(String.valueOf(want));
        }
        assertThat(seen).as("cells of %s", table).isPositive();
        for (String cell : expected.keySet()) {
            assertThat(cells()).as("%s has a cell %s", table, cell).containsKey(table + "|" + cell);
        }
    }

    public String rejected() throws IOException {
        return Files.readString(output().resolve("rejected.csv"));
    }

    public String manifest() throws IOException {
        return Files.readString(output().resolve("manifest.json"));
    }

    /** A map from alternating "row|column" keys and values, for assertTable. */
    public static Map<String, Object> cellsOf(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
