package org.carereturns.audit;

import org.carereturns.workbook.Prints;

import org.carereturns.workbook.SheetStyles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.carereturns.ingest.Cell;
import org.carereturns.ingest.CsvReading;
import org.carereturns.ingest.SheetRow;
import org.carereturns.validation.Rule;

/**
 * Rejected.xlsx, for auditors: Summary (per file and per rule), Rejected rows, Warnings, Rules.
 * It is written by streaming back over rejected.csv, so memory does not grow with the findings.
 */
public final class RejectedWorkbook {

    /** Excel's last row: findings beyond it stay in rejected.csv, and the sheet says so. */
    static final int MAX_ROWS = 1_048_575;

    private static final String[] FINDING_HEADERS = {"Extract", "File", "Sheet", "Row", "Record ID", "Person ID",
            "Rule", "Severity", "Column", "Value", "Message"};

    private RejectedWorkbook() {
    }

    public static void write(Path rejectedCsv, Path target, List<FileTally> tallies, List<Rule> rules,
                             Map<String, long[]> perRule) throws IOException {
        write(rejectedCsv, target, tallies, rules, perRule, null, "council not set", "");
    }

    /** As above; a nightly run's trend adds the Data quality sheet (rejected rows per night and extract). */
    public static void write(Path rejectedCsv, Path target, List<FileTally> tallies, List<Rule> rules,
                             Map<String, long[]> perRule, List<NightlyTrend.Night> trend, String council,
                             String period) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            SheetStyles styles = new SheetStyles(wb);
            writeSummary(wb, styles, tallies, rules, perRule);
            SheetStyles.Table rejected = styles.table(wb.createSheet("Rejected rows"), FINDING_HEADERS);
            SheetStyles.Table warnings = styles.table(wb.createSheet("Warnings"), FINDING_HEADERS);
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
                    values[3] = Integer.parseInt((String) values[3]);
                    boolean error = "error".equals(values[7]);
                    SheetStyles.Table t = error ? rejected : warnings;
                    if (t.rows() < MAX_ROWS - 1) {
                        t.row(values);
                    } else if (error) {
                        overflowErrors++;
                    } else {
                        overflowWarnings++;
                    }
                }
            }
            if (overflowErrors > 0) {
                rejected.row("(" + overflowErrors + " more lines are in rejected.csv: Excel holds at most "
                        + MAX_ROWS + " rows)");
            }
            if (overflowWarnings > 0) {
                warnings.row("(" + overflowWarnings + " more lines are in rejected.csv: Excel holds at most "
                        + MAX_ROWS + " rows)");
            }
            rejected.finish();
            warnings.finish();
            SheetStyles.Table rulesSheet = styles.table(wb.createSheet("Rules"), "Rule", "Severity", "Extract",
                    "Column", "What it requires");
            for (Rule rule : rules) {
                rulesSheet.row(rule.id(), rule.severity().label(), rule.extract(), rule.column(), rule.description());
            }
            rulesSheet.finish();
            if (trend != null) {
                dataQuality(wb, trend);
            }
            Prints.setUp(wb, styles, council, "Rejected rows", period);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    /** Rejected rows per night and extract, with a line chart: written as an ordinary (non-streamed) sheet. */
    private static void dataQuality(SXSSFWorkbook wb, List<NightlyTrend.Night> trend) {
        var xssf = wb.getXSSFWorkbook();
        var sheet = xssf.createSheet("Data quality");
        List<String> extracts = trend.stream().map(NightlyTrend.Night::extract).distinct().toList();
        Map<java.time.LocalDate, Map<String, Long>> byNight = new java.util.TreeMap<>();
        trend.forEach(n -> byNight.computeIfAbsent(n.asOf(), k -> new java.util.HashMap<>()).put(n.extract(), n.rejected()));
        SheetStyles styles = new SheetStyles(xssf);
        String[] headers = new String[extracts.size() + 1];
        headers[0] = "As of";
        for (int i = 0; i < extracts.size(); i++) {
            headers[i + 1] = extracts.get(i) + ": rows rejected";
        }
        SheetStyles.Table t = styles.table(sheet, headers);
        for (var night : byNight.entrySet()) {
            Object[] row = new Object[headers.length];
            row[0] = night.getKey().toString();
            for (int i = 0; i < extracts.size(); i++) {
                row[i + 1] = night.getValue().getOrDefault(extracts.get(i), 0L);
            }
            t.row(row);
        }
        t.finish();
        int[] series = new int[extracts.size()];
        for (int i = 0; i < series.length; i++) {
            series[i] = i + 1;
        }
        org.carereturns.workbook.Charts.draw(sheet.createDrawingPatriarch(), sheet, byNight.size(),
                "Rows rejected per night", org.apache.poi.xddf.usermodel.chart.ChartTypes.LINE, headers.length + 1, 0,
                series, "Night (as-of date)", "Rows rejected");
    }

    private static void writeSummary(SXSSFWorkbook wb, SheetStyles styles, List<FileTally> tallies,
                                     List<Rule> rules, Map<String, long[]> perRule) {
        SheetStyles.Table files = styles.table(wb.createSheet("Summary"), "Extract", "File", "Sheet", "Rows read",
                "Blank rows", "Rejected", "Excluded", "Used", "Warnings", "Balances");
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
        bold(styles, files.row("Total", tallies.size() + " files", "", sum[0], sum[1], sum[2], sum[3], sum[4], sum[5],
                all ? "Yes" : "NO"));
        files.endFilterHere();
        // the second table stands apart: a blank row, its own title and header, its own total
        files.row();
        bold(styles, files.row("Findings per rule"));
        bold(styles, files.row("Rule", "Severity", "Extract", "Rows", "Description"));
        long findings = 0;
        for (Rule r : rules) {
            long[] n = perRule.get(r.id());
            if (n != null && n[0] > 0) {
                files.row(r.id(), r.severity().label(), r.extract(), n[0], r.description());
                findings += n[0];
            }
        }
        bold(styles, files.row("Total", "", "", findings, "rows with a finding, counted once per rule"));
        files.finish();
    }

    private static void bold(SheetStyles styles, org.apache.poi.ss.usermodel.Row row) {
        row.forEach(c -> c.setCellStyle(styles.bold()));
    }
}
