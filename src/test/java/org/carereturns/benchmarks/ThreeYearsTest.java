package org.carereturns.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.Period;
import org.carereturns.cli.ExitCode;
import org.carereturns.ingest.Extract;
import org.carereturns.sample.SampleGenerator;
import org.carereturns.support.TestFiles;
import org.carereturns.support.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three generated years run in order into one output folder. Everything the benchmarks say is
 * worked out again here, independently, from the three returns.csv files and the spec's rules
 * (benchmarks.md): the headline cells, trends.csv, and the year-on-year queries.
 */
class ThreeYearsTest {

    static final List<String> YEARS = List.of("2022-23", "2023-24", "2024-25");
    // tighter than the defaults, so that a small council's year-to-year movement makes some queries
    static final int COUNT_PERCENT = 10;
    static final int COUNT_AT_LEAST = 3;
    static final int RATE_POINTS = 2;

    @TempDir
    static Path dir;

    static Path out;
    static Path comparators;

    @BeforeAll
    static void threeYearEnds() throws Exception {
        out = dir.resolve("out");
        comparators = Files.writeString(dir.resolve("comparators.csv"), Comparators.HEADER + "\n"
                + "ASCOF,2A,Total,Outcome,2022-23,England,77.55,CQC assessment quoting ASCOF 2022-23\n"
                + "ASCOF,2A,Total,Outcome,2023-24,England,76.9,ASCOF 2023-24\n");
        Path council = Files.writeString(dir.resolve("council.yml"), "name: Test Council\ncode: E06000035\n"
                + "tolerances: {counts_percent: " + COUNT_PERCENT + ", counts_at_least: " + COUNT_AT_LEAST
                + ", rate_points: " + RATE_POINTS + "}\n");
        // one council over three years: its people and long-term support carried from year to year
        SampleGenerator.generateYears(new SampleGenerator.Options(Period.parse("2024-25"), 0.05, 30, 0.01,
                EnumSet.allOf(Extract.class)), 3, dir.resolve("in"));
        for (int i = 0; i < YEARS.size(); i++) {
            Path in = dir.resolve("in").resolve(YEARS.get(i));
            var r = Cli.run("year-end", "--period", YEARS.get(i), "--input", in.toString(), "--output", out.toString(),
                    "--council", council.toString(), "--comparators", i == 0 ? header().toString()
                            : comparators.toString());
            assertThat(r.code()).as(r.stderr()).isZero();
        }
    }

    private static Path header() throws Exception {
        return Files.writeString(dir.resolve("no-comparators.csv"), Comparators.HEADER + "\n");
    }

    /** The spec's headline cells, written out again here. */
    static boolean headline(String[] c) {
        return switch (c[0]) {
            case "SALT" -> List.of("STS001 Table 1a", "STS001 Table 1b", "STS002a Table 1", "STS002b Table 1",
                    "LTS001a Table 1a", "LTS001a Table 1b", "LTS001b Table 1a", "LTS001b Table 1b", "LTS001c Table 1a",
                    "LTS001c Table 1b").contains(c[1]) && c[2].equals("Total") && c[3].equals("Total");
            case "KPI" -> c[1].equals("Local KPIs") && c[3].equals("Value");
            case "ASCOF" -> c[3].equals("Outcome") && List.of("18-64", "65+", "Total").contains(c[2]);
            case "SAC" -> c[1].equals("Derived") && c[3].equals("Value");
            case "CareLeavers" -> c[1].equals("Indicators") && List.of("17 to 18", "19 to 21", "Total").contains(c[3]);
            default -> false;
        };
    }

    /** returns.csv as lines of return, table, row, column → value (empty string when empty), in order. */
    static Map<List<String>, String> cells(Path file) throws Exception {
        Map<List<String>, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String[] f = split(line);
            out.put(List.of(f[0], f[1], f[2], f[3]), f[4]);
        }
        return out;
    }

    /** A CSV line split where a quoted field may hold commas. */
    static String[] split(String line) {
        List<String> f = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                f.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        f.add(b.toString());
        return f.toArray(String[]::new);
    }

    @Test
    void trendsCsvHasEveryHeadlineCellOfEachYearInOrder() throws Exception {
        List<Map<List<String>, String>> years = new ArrayList<>();
        for (String y : YEARS) {
            years.add(cells(out.resolve(y).resolve("returns.csv")));
        }
        List<String> expected = new ArrayList<>();
        for (var cell : years.get(2).keySet()) {
            if (!headline(cell.toArray(String[]::new))) {
                continue;
            }
            for (int i = 0; i < 3; i++) {
                String v = years.get(i).get(cell);
                if (v != null && !v.isEmpty()) {
                    expected.add(String.join("|", cell) + "|" + YEARS.get(i) + "|" + v);
                }
            }
        }
        List<String> lines = Files.readAllLines(out.resolve("2024-25/trends.csv"));
        assertThat(lines.get(0)).isEqualTo("return,table,row,column,period,value");
        List<String> actual = lines.subList(1, lines.size()).stream().map(l -> String.join("|", split(l))).toList();
        assertThat(actual).hasSizeGreaterThan(60).containsExactlyElementsOf(expected);
    }

    @Test
    void theYearOnYearQueriesAreTheCellsThatMovedBeyondTheTolerances() throws Exception {
        var last = cells(out.resolve("2023-24/returns.csv"));
        var now = cells(out.resolve("2024-25/returns.csv"));
        List<String> expected = new ArrayList<>();
        for (var e : now.entrySet()) {
            String before = last.get(e.getKey());
            if (e.getValue().isEmpty() || before == null || before.isEmpty()) {
                continue;
            }
            BigDecimal a = new BigDecimal(before);
            BigDecimal b = new BigDecimal(e.getValue());
            BigDecimal change = b.subtract(a);
            boolean rate = before.contains(".") || e.getValue().contains(".");
            boolean moved = rate ? change.abs().compareTo(BigDecimal.valueOf(RATE_POINTS)) > 0
                    : change.abs().compareTo(BigDecimal.valueOf(COUNT_AT_LEAST)) >= 0
                    && change.abs().multiply(BigDecimal.valueOf(100))
                    .compareTo(a.abs().multiply(BigDecimal.valueOf(COUNT_PERCENT))) > 0;
            if (moved) {
                expected.add(String.join("|", e.getKey()) + "|" + a.stripTrailingZeros().toPlainString() + "|"
                        + b.stripTrailingZeros().toPlainString() + "|" + change.stripTrailingZeros().toPlainString());
            }
        }
        List<String> lines = Files.readAllLines(out.resolve("2024-25/year-on-year.csv"));
        assertThat(lines.get(0)).isEqualTo("return,table,row,column,last_year,this_year,change");
        List<String> actual = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = split(l);
            actual.add(String.join("|", f[0], f[1], f[2], f[3]) + "|" + plain(f[4]) + "|" + plain(f[5]) + "|"
                    + plain(f[6]));
        }
        assertThat(expected).as("a year's own contacts and reviews move some cells").isNotEmpty();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static String plain(String v) {
        return new BigDecimal(v).stripTrailingZeros().toPlainString();
    }

    @Test
    void headlinesSetEachFigureBesideLastYearsAndTheLatestComparator() throws Exception {
        var last = cells(out.resolve("2023-24/returns.csv"));
        var now = cells(out.resolve("2024-25/returns.csv"));
        List<List<String>> cells = now.keySet().stream().filter(c -> headline(c.toArray(String[]::new))).toList();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("2024-25/Benchmarks.xlsx")))) {
            var sheet = wb.getSheet("Headlines");
            assertThat(TestFiles.headings(sheet).getCell(0).getStringCellValue()).isEqualTo("Measure");
            var rows = TestFiles.dataRows(sheet);
            assertThat(rows).hasSize(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                Row row = rows.get(i);
                List<String> cell = cells.get(i);
                assertThat(number(row.getCell(1))).as("this year, " + cell).isEqualTo(value(now.get(cell)));
                assertThat(number(row.getCell(2))).as("last year, " + cell).isEqualTo(value(last.get(cell)));
                if (cell.equals(List.of("ASCOF", "2A", "Total", "Outcome"))) {
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo("ASCOF 2A Total");
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("England");
                    assertThat(row.getCell(5).getStringCellValue()).as("the later of two periods").isEqualTo("2023-24");
                    assertThat(number(row.getCell(7))).isEqualTo(value(now.get(cell)).subtract(new BigDecimal("76.9")));
                }
            }
            assertThat(wb.getSheet("Trends")).isNotNull();
            assertThat(wb.getSheet("Trends").getDrawingPatriarch().getCharts()).hasSize(5);
            assertThat(TestFiles.dataRows(wb.getSheet("Comparators"))).hasSize(2);
            assertThat(wb.getSheet("About")).isNotNull();
        }
    }

    @Test
    void theFirstYearHasHeadlinesWithNothingToCompare() throws Exception {
        List<String> trends = Files.readAllLines(out.resolve("2022-23/trends.csv"));
        assertThat(trends.subList(1, trends.size())).allMatch(l -> l.contains(",2022-23,"));
        assertThat(Files.readAllLines(out.resolve("2022-23/year-on-year.csv"))).hasSize(1);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("2022-23/Benchmarks.xlsx")))) {
            var sheet = wb.getSheet("Headlines");
            long headlines = cells(out.resolve("2022-23/returns.csv")).keySet().stream()
                    .filter(c -> headline(c.toArray(String[]::new))).count();
            assertThat(headlines).isGreaterThan(40);
            var rows = TestFiles.dataRows(sheet);
            assertThat(rows).hasSize((int) headlines);
            for (Row row : rows) {
                assertThat(row.getCell(2)).as("no last year").matches(c -> c == null
                        || c.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK);
                assertThat(row.getCell(4)).as("no comparator").matches(c -> c == null
                        || c.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK);
            }
        }
    }

    @Test
    void aMalformedComparatorsLineRefusesTheRunNamingIt() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), Comparators.HEADER + "\n"
                + "ASCOF,2A,Total,Outcome,2023-24,England,high,ASCOF\n");
        var r = Cli.run("year-end", "--period", "2024-25", "--input", dir.resolve("in/2024-25").toString(),
                "--output", dir.resolve("refused").toString(), "--comparators", bad.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(r.stderr()).contains("bad.csv", "line 2", "value 'high' is not a number").doesNotContain("\tat ");
    }

    @Test
    void aLongTermClientOneYearIsMostlyOneTheNext() throws Exception {
        var clients = new ArrayList<java.util.Set<String>>();
        for (String y : YEARS.subList(1, 3)) {
            var result = org.carereturns.support.Pipeline.run(dir.resolve("in").resolve(y), Period.parse(y));
            Period p = Period.parse(y);
            java.util.Set<String> people = new java.util.HashSet<>();
            for (var c : result.rows()) {
                if (c.record() instanceof org.carereturns.ingest.Records.Service s
                        && org.carereturns.codes.Codes.LONG_TERM.contains(s.serviceType()) && s.activeOn(p.end())) {
                    people.add(s.person().id());
                }
            }
            clients.add(people);
        }
        long stayed = clients.get(0).stream().filter(clients.get(1)::contains).count();
        assertThat(clients.get(0)).hasSizeGreaterThan(100);
        assertThat((double) stayed / clients.get(0).size()).as("clients at the end of 2023-24 still clients a year on")
                .isGreaterThan(0.7);
    }

    /** The figure a cell shows, in returns.csv's units: a percentage held as a fraction (0.0%) read as 38.9. */
    private static BigDecimal number(Cell c) {
        if (c == null || c.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK) {
            return null;
        }
        BigDecimal v = new BigDecimal(Double.toString(c.getNumericCellValue()));
        boolean fraction = c.getCellStyle().getDataFormatString().equals("0.0%");
        return (fraction ? v.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) : v).stripTrailingZeros();
    }

    private static BigDecimal value(String v) {
        return v == null || v.isEmpty() ? null : new BigDecimal(v).stripTrailingZeros();
    }
}
