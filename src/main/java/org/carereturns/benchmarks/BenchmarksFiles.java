package org.carereturns.benchmarks;

import org.carereturns.returns.CellKey;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.Period;
import org.carereturns.returns.ReturnsCsv;
import org.carereturns.returns.Table;
import org.carereturns.workbook.AboutSheet;
import org.carereturns.workbook.Charts;
import org.carereturns.workbook.Kind;
import org.carereturns.workbook.SheetTable;
import org.carereturns.workbook.Sheets;

/**
 * What the benchmarks are written as: {@code trends.csv} and {@code year-on-year.csv} (long format,
 * for Power BI) and {@code Benchmarks.xlsx} (Headlines, Trends with a line chart per return,
 * Year-on-year checks, Comparators, About).
 */
public final class BenchmarksFiles {

    public static final String TRENDS_HEADER = "return,table,row,column,period,value";
    public static final String YEAR_ON_YEAR_HEADER = "return,table,row,column,last_year,this_year,change";

    private BenchmarksFiles() {
    }

    public static void write(Benchmarks b, Comparators comparators, AboutSheet.Run run, Path folder) throws IOException {
        trends(b, folder.resolve("trends.csv"));
        yearOnYear(b, folder.resolve("year-on-year.csv"));
        workbook(b, comparators, run, folder.resolve("Benchmarks.xlsx"));
    }

    /** Every headline cell for this year and each earlier year found, by cell then period. */
    static void trends(Benchmarks b, Path file) throws IOException {
        List<Benchmarks.Trend> sorted = new ArrayList<>(b.trends());
        List<CellKey> order = b.headlines().stream().map(Benchmarks.Headline::cell).toList();
        sorted.sort(Comparator.comparingInt((Benchmarks.Trend t) -> order.indexOf(t.cell()))
                .thenComparingInt(t -> t.period().startYear()));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(TRENDS_HEADER + "\r\n");
            for (Benchmarks.Trend t : sorted) {
                w.write(String.join(",", ReturnsCsv.cell(t.cell()), t.period().toString(), Table.text(t.value())) + "\r\n");
            }
        }
    }

    static void yearOnYear(Benchmarks b, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(YEAR_ON_YEAR_HEADER + "\r\n");
            for (Benchmarks.Query q : b.queries()) {
                w.write(String.join(",", ReturnsCsv.cell(q.cell()), Table.text(q.lastYear()), Table.text(q.thisYear()),
                        Table.text(q.change())) + "\r\n");
            }
        }
    }

    static void workbook(Benchmarks b, Comparators comparators, AboutSheet.Run run, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheets sheets = new Sheets(wb, run.titles("Benchmarks"));
            SheetTable headlines = sheets.titled(wb.createSheet("Headlines"), "headline figures against last year and "
                    + "comparators", "Measure", "This year", "Last year", "Change", "Area", "Period", "Value",
                    "Difference");
            for (Benchmarks.Headline h : b.headlines()) {
                var c = h.comparator();
                headlines.row(h.measure(), shown(h.kind(), h.thisYear()), shown(h.kind(), h.lastYear()),
                        h.kind().changeOf(h.change()), c == null ? null : c.area(),
                        c == null ? null : c.period().toString(), c == null ? null : shown(h.kind(), c.value()),
                        h.kind().changeOf(h.difference()));
            }
            headlines.note("Change is this year less last year; Difference is this year less the comparator (the "
                    + "latest published for this period or before, with its Area and Period). A percentage's "
                    + "change is in percentage points.");
            headlines.source("Definitions: docs/returns.md, Benchmarks; comparators as listed on the Comparators "
                    + "sheet with their sources.");
            headlines.finish();
            trendsSheet(wb, sheets, b);
            SheetTable checks = sheets.titled(wb.createSheet("Year-on-year checks"), "figures that moved beyond the "
                    + "tolerances since last year", "Return", "Table", "Row", "Column", "Last year", "This year",
                    "Change", "Query");
            for (Benchmarks.Query q : b.queries()) {
                checks.row(q.cell().ret(), q.cell().table(), q.cell().row(), q.cell().column(),
                        shown(q.kind(), q.lastYear()), shown(q.kind(), q.thisYear()), q.kind().changeOf(q.change()),
                        "Explain the change of " + Table.text(q.change()) + (q.rate() ? " points" : "") + " since "
                        + b.period().previous() + " before sign-off");
            }
            checks.note("Every cell of every table, not only the headlines, that moved beyond the tolerances set in "
                    + "jobs/council.yml; each line is a query to answer before the returns are signed off.");
            checks.finish();
            SheetTable list = sheets.titled(wb.createSheet("Comparators"), "published figures compared with",
                    "Return", "Table", "Row", "Column", "Period", "Area", "Value", "Source");
            for (Comparators.Comparator c : comparators.all()) {
                list.row(c.cell().ret(), c.cell().table(), c.cell().row(), c.cell().column(), c.period().toString(),
                        c.area(), c.value(), c.source());
            }
            list.note("jobs/comparators.csv as read: the value as published, in the units of returns.csv.");
            list.finish();
            Map<String, String> notes = new LinkedHashMap<>();
            notes.put("Earlier years", b.earlierFound().isEmpty() ? "none found in the output folder"
                    : String.join(", ", b.earlierFound().stream().map(Period::toString).toList()));
            notes.put("Comparators", comparators.source() == null ? "none (no jobs/comparators.csv)"
                    : comparators.source() + ", " + comparators.all().size() + " figures");
            AboutSheet.write(wb, sheets, run, notes);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /** A figure as returns.csv holds it (a percentage as 38.9), as the workbook shows it (38.9%). */
    private static Kind.Figure shown(Kind kind, BigDecimal value) {
        return value == null ? null : kind.of(kind == Kind.PERCENT ? value.movePointLeft(2) : value);
    }

    /**
     * The headline cells by period: a line a measure, a column a year (as a published time series reads),
     * and beneath, a chart per return of a few of its headlines.
     */
    private static void trendsSheet(XSSFWorkbook wb, Sheets sheets, Benchmarks b) {
        List<Period> periods = new ArrayList<>(b.earlierFound());
        periods.add(b.period());
        List<String> headers = new ArrayList<>(List.of("Measure"));
        periods.forEach(p -> headers.add(p.toString()));
        XSSFSheet sheet = wb.createSheet("Trends");
        SheetTable t = sheets.titled(sheet, "headline figures by year", headers.toArray(String[]::new));
        Map<CellKey, Map<Period, BigDecimal>> byCell = new LinkedHashMap<>();
        b.trends().forEach(x -> byCell.computeIfAbsent(x.cell(), k -> new LinkedHashMap<>()).put(x.period(), x.value()));
        Map<String, List<Integer>> charted = new LinkedHashMap<>();
        Map<String, Kind> chartKind = new LinkedHashMap<>();
        for (Benchmarks.Headline h : b.headlines()) {
            List<Object> row = new ArrayList<>(List.of(h.measure()));
            for (Period p : periods) {
                row.add(shown(h.kind(), byCell.getOrDefault(h.cell(), Map.of()).get(p)));
            }
            int at = t.row(row.toArray()).getRowNum();
            if (Headlines.charted(h.cell())) {
                charted.computeIfAbsent(h.cell().ret(), k -> new ArrayList<>()).add(at);
                chartKind.putIfAbsent(h.cell().ret(), h.kind());
            }
        }
        t.note("Earlier years are read from the year-end returns.csv of each year found in the output folder; an "
                + "empty cell is a year not found or a figure that could not be computed.");
        t.finish();
        int at = t.lastRow() + 2;
        for (var chart : charted.entrySet()) {
            Kind kind = chartKind.get(chart.getKey());
            Charts.byRow(t, new Charts.Look(chart.getKey() + ": headlines by year", ChartTypes.LINE, "Collection year",
                    kind == Kind.PERCENT ? "Percentage" : "Number", kind), at, 1,
                    chart.getValue().stream().mapToInt(Integer::intValue).toArray());
            at += Charts.HEIGHT + 1;
        }
    }
}
