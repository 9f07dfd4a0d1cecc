package org.carereturns.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.carereturns.ingest.Cell;
import org.carereturns.ingest.CsvReading;
import org.carereturns.ingest.SheetRow;
import org.carereturns.validation.Rule;
import org.carereturns.workbook.Charts;
import org.carereturns.workbook.Kind;
import org.carereturns.workbook.SheetTable;
import org.carereturns.workbook.Sheets;
import org.carereturns.workbook.TitleBlock;

/**
 * Rejected.xlsx, for auditors: Summary (per file and per rule), Rejected rows, Warnings, Rules.
 * It is written by streaming back over rejected.csv, so memory does not grow with the findings.
 */
public final class RejectedWorkbook {

    private static final String[] FINDING_HEADERS = {"Extract", "File", "Sheet", "Row", "Record ID", "Person ID",
            "Rule", "Severity", "Column", "Value", "Message"};

    private RejectedWorkbook() {
    }

    public static void write(Path rejectedCsv, Path target, List<FileTally> tallies, List<Rule> rules,
                             Map<String, long[]> perRule) throws IOException {
        write(rejectedCsv, target, tallies, rules, perRule, null,
                new TitleBlock("council not set", "Rejected rows", "", null));
    }

    /** As above; a nightly run's trend adds the Data quality sheet (rejected rows per night and extract). */
    public static void write(Path rejectedCsv, Path target, List<FileTally> tallies, List<Rule> rules,
                             Map<String, long[]> perRule, List<NightlyTrend.Night> trend, TitleBlock titles)
            throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Sheets sheets = new Sheets(wb, titles);
            writeSummary(wb, sheets, tallies, rules, perRule);
            SheetTable rejected = sheets.titled(wb.createSheet("Rejected rows"), "rows rejected, with the rule each "
                    + "broke", FINDING_HEADERS);
            SheetTable warnings = sheets.titled(wb.createSheet("Warnings"), "rows kept, with a warning to look at",
                    FINDING_HEADERS);
            long overflowErrors = 0;
            long overflowWarnings = 0;
            try (var rows = CsvReading.open(rejectedCsv)) {
                rows.next(); // header
                SheetRow r;
                while ((r = rows.next()) != null) {
                    Object[] values = new Object[FINDING_HEADERS.length];
                    for (int i = 0; i < values.length; i++) {
                        Cell c = r.cell(i);
                        values[i] = c == null ? "" : c.text();
                    }
                    values[3] = Kind.PLAIN.of(Integer.parseInt((String) values[3]));
                    boolean error = "error".equals(values[7]);
                    SheetTable t = error ? rejected : warnings;
                    if (t.room() > 0) {
                        t.row(values);
                    } else if (error) {
                        overflowErrors++;
                    } else {
                        overflowWarnings++;
                    }
                }
            }
            if (overflowErrors > 0) {
                rejected.note("(" + overflowErrors + " more lines are in rejected.csv: a sheet holds at most "
                        + "1,048,576 rows)");
            }
            if (overflowWarnings > 0) {
                warnings.note("(" + overflowWarnings + " more lines are in rejected.csv: a sheet holds at most "
                        + "1,048,576 rows)");
            }
            rejected.note("Row is the row's number in its sheet or file as a spreadsheet shows it. A rejected row "
                    + "counts in no figure; one line per rule it broke.");
            warnings.note("A warning leaves the row in the figures; one line per rule.");
            rejected.finish();
            warnings.finish();
            SheetTable rulesSheet = sheets.titled(wb.createSheet("Rules"), "every rule a row is checked against",
                    "Rule", "Severity", "Extract", "Column", "What it requires");
            for (Rule rule : rules) {
                rulesSheet.row(rule.id(), rule.severity().label(), rule.extract(), rule.column(), rule.description());
            }
            rulesSheet.note("An error rejects the row; a warning keeps it. DfE rules keep the DfE's numbers.");
            rulesSheet.finish();
            if (trend != null) {
                dataQuality(wb, sheets, trend);
            }
            sheets.print();
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    /** Rejected rows per night and extract, with a line chart: written as an ordinary (non-streamed) sheet. */
    private static void dataQuality(SXSSFWorkbook wb, Sheets sheets, List<NightlyTrend.Night> trend) {
        var sheet = wb.getXSSFWorkbook().createSheet("Data quality");
        List<String> extracts = trend.stream().map(NightlyTrend.Night::extract).distinct().toList();
        Map<java.time.LocalDate, Map<String, Long>> byNight = new TreeMap<>();
        trend.forEach(n -> byNight.computeIfAbsent(n.asOf(), k -> new java.util.HashMap<>()).put(n.extract(), n.rejected()));
        String[] headers = new String[extracts.size() + 1];
        headers[0] = "As of";
        for (int i = 0; i < extracts.size(); i++) {
            headers[i + 1] = extracts.get(i) + ": rows rejected";
        }
        SheetTable t = sheets.titled(sheet, "rows rejected night by night", headers);
        for (var night : byNight.entrySet()) {
            Object[] row = new Object[headers.length];
            row[0] = night.getKey().toString();
            for (int i = 0; i < extracts.size(); i++) {
                row[i + 1] = night.getValue().getOrDefault(extracts.get(i), 0L);
            }
            t.row(row);
        }
        t.note("From the manifests of the nightly runs before tonight's in this period's nightly folder: is the "
                + "data getting cleaner before the year-end?");
        t.finish();
        int[] series = new int[extracts.size()];
        for (int i = 0; i < series.length; i++) {
            series[i] = i + 1;
        }
        Charts.byColumn(t, new Charts.Look("Rows rejected per night", ChartTypes.LINE, "Night (as-of date)",
                "Rows rejected", Kind.COUNT), t.lastRow() + 2, series);
    }

    /**
     * The Summary: the files, and beside them in columns of their own the findings per rule, each with its
     * own title, headings and total, so that no figure sits under another table's heading.
     */
    private static void writeSummary(SXSSFWorkbook wb, Sheets sheets, List<FileTally> tallies,
                                     List<Rule> rules, Map<String, long[]> perRule) {
        var summary = wb.createSheet("Summary");
        SheetTable files = sheets.titled(summary, "every input row accounted for", "Extract", "File", "Sheet",
                "Rows read", "Blank rows", "Rejected", "Excluded", "Used", "Warnings", "Balances");
        for (FileTally t : tallies) {
            files.row(t.file().extract().label(), t.file().name(), t.file().sheet(), t.rowsRead(), t.blankRows(),
                    t.rejectedRows(), t.excludedRows(), t.usedRows(), t.warnings(), t.balances() ? "Yes" : "NO");
        }
        long[] sum = new long[6];
        for (FileTally t : tallies) {
            long[] v = {t.rowsRead(), t.blankRows(), t.rejectedRows(), t.excludedRows(), t.usedRows(), t.warnings()};
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        boolean all = tallies.stream().allMatch(FileTally::balances);
        files.total("Total", tallies.size() + " files", "", sum[0], sum[1], sum[2], sum[3], sum[4], sum[5],
                all ? "Yes" : "NO");
        files.note("Rows read = Blank rows + Rejected + Excluded + Used: every row is used in a figure, excluded "
                + "with its reason, or rejected with the rule it broke (Rejected rows). Balances says the sum holds.");
        files.finish();
        SheetTable byRule = sheets.beside(summary, files.columns() + 1, "findings per rule", "Rule", "Severity",
                "Extract", "Rows", "Description");
        long findings = 0;
        for (Rule r : rules) {
            long[] n = perRule.get(r.id());
            if (n != null && n[0] > 0) {
                byRule.row(r.id(), r.severity().label(), r.extract(), n[0], r.description());
                findings += n[0];
            }
        }
        byRule.total("Total", "", "", findings, "rows with a finding, counted once per rule");
        byRule.note("A row that broke several rules counts once under each, so this total can exceed the rows "
                + "rejected and warned of.");
        byRule.finish();
    }
}
