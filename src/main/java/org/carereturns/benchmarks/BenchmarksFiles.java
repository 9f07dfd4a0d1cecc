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
import org.carereturns.workbook.SheetStyles;

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
            SheetStyles styles = new SheetStyles(wb);
            SheetStyles.Table headlines = styles.table(wb.createSheet("Headlines"), "Measure", "This year",
                    "Last year", "Change", "Area", "Period", "Value", "Difference");
            for (Benchmarks.Headline h : b.headlines()) {
                var c = h.comparator();
                headlines.row(h.measure(), h.thisYear(), h.lastYear(), h.change(), c == null ? null : c.area(),
                        c == null ? null : c.period().toString(), c == null ? null : c.value(), h.difference());
            }
            headlines.finish();
            trendsSheet(wb, styles, b);
            SheetStyles.Table checks = styles.table(wb.createSheet("Year-on-year checks"), "Return", "Table", "Row",
                    "Column", "Last year", "This year", "Change", "Query");
            for (Benchmarks.Query q : b.queries()) {
                checks.row(q.cell().ret(), q.cell().table(), q.cell().row(), q.cell().column(), q.lastYear(),
                        q.thisYear(), q.change(), "Explain the change of " + Table.text(q.change())
                        + (q.rate() ? " points" : "") + " since " + b.period().previous() + " before sign-off");
            }
            checks.finish();
            SheetStyles.Table list = styles.table(wb.createSheet("Comparators"), "Return", "Table", "Row", "Column",
                    "Period", "Area", "Value", "Source");
            for (Comparators.Comparator c : comparators.all()) {
                list.row(c.cell().ret(), c.cell().table(), c.cell().row(), c.cell().column(), c.period().toString(),
                        c.area(), c.value(), c.source());
            }
            list.finish();
            Map<String, String> notes = new LinkedHashMap<>();
            notes.put("Earlier years", b.earlierFound().isEmpty() ? "none found in the output folder"
                    : String.join(", ", b.earlierFound().stream().map(Period::toString).toList()));
            notes.put("Comparators", comparators.source() == null ? "none (no jobs/comparators.csv)"
                    : comparators.source() + ", " + comparators.all().size() + " figures");
            AboutSheet.write(wb, styles, "Benchmarks", run, notes);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /** The headline cells by period (a row a period, a column a cell), and a line chart of each return's. */
    private static void trendsSheet(XSSFWorkbook wb, SheetStyles styles, Benchmarks b) {
        List<Period> periods = new ArrayList<>(b.earlierFound());
        periods.add(b.period());
        List<Benchmarks.Headline> cells = b.headlines();
        List<String> headers = new ArrayList<>(List.of("Period"));
        cells.forEach(h -> headers.add(h.measure()));
        XSSFSheet sheet = wb.createSheet("Trends");
        SheetStyles.Table t = styles.table(sheet, headers.toArray(String[]::new));
        for (Period p : periods) {
            List<Object> row = new ArrayList<>(List.of(p.toString()));
            for (Benchmarks.Headline h : cells) {
                BigDecimal v = b.trends().stream().filter(x -> x.cell().equals(h.cell()) && x.period().equals(p))
                        .map(Benchmarks.Trend::value).findFirst().orElse(null);
                row.add(v);
            }
            t.row(row.toArray());
        }
        t.finish();
        var drawing = sheet.createDrawingPatriarch();
        int at = periods.size() + 3;
        for (String ret : b.returnsWithHeadlines()) {
            List<Integer> series = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).cell().ret().equals(ret)) {
                    series.add(i + 1);
                }
            }
            Charts.draw(drawing, sheet, periods.size(), ret + " headlines by year", ChartTypes.LINE, 0, at,
                    series.stream().mapToInt(Integer::intValue).toArray(), "Collection year", "Value");
            at += 20;
        }
    }
}
