package org.carereturns.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.support.Cli;
import org.carereturns.support.Rendered;
import org.carereturns.support.Sample;
import org.carereturns.support.TestFiles;
import org.carereturns.workbook.Prints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council prints or PDFs its returns for sign-off. Every workbook of a year-end and of a nightly run
 * on the committed sample is read back with POI (page set-up, title blocks, charts) and rendered by
 * LibreOffice to PDF, whose text, read with its layout, must carry on every page the council, the
 * return, the period and, for nightly, "Provisional"; the Summary's figures must sit under their own
 * headings; and no word may be printed over another. The first page of each is kept as a PNG under
 * target/rendered/ for a reviewer to look at.
 */
class PrintedWorkbooksTest {

    private static final String COUNCIL = "Medway Council (E06000035)";

    @TempDir
    static Path dir;

    static Path yearEnd;
    static Path nightly;

    @BeforeAll
    static void runTheSampleYearEndAndANightly() throws Exception {
        Path input = Sample.copyTo(dir.resolve("in"));
        Path council = dir.resolve("council.yml");
        Files.writeString(council, "name: Medway Council\ncode: E06000035\nregion: South East\n");
        Path output = dir.resolve("out");
        Cli.Result r = Cli.run("year-end", "--period", "2024-25", "--input", input.toString(), "--output",
                output.toString(), "--council", council.toString());
        assertThat(r.code()).as(r.stderr()).isZero();
        r = Cli.run("nightly", "--as-of", "2025-01-31", "--input", input.toString(), "--output", output.toString(),
                "--council", council.toString());
        assertThat(r.code()).as(r.stderr()).isZero();
        yearEnd = output.resolve("2024-25");
        nightly = output.resolve("2024-25/nightly/2025-01-31");
    }

    static List<String> workbooks() {
        List<String> names = new ArrayList<>(org.carereturns.job.Returns.names());
        names.add("Rejected");
        names.add("Benchmarks");
        return names;
    }

    @Test
    void everySheetOfEveryWorkbookIsSetUpToPrintForSignOff() throws Exception {
        int sheets = 0;
        for (String name : workbooks()) {
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(yearEnd.resolve(name + ".xlsx")))) {
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    XSSFSheet sheet = wb.getSheetAt(i);
                    String what = name + ".xlsx, sheet " + sheet.getSheetName();
                    assertThat(sheet.getFitToPage()).as(what).isTrue();
                    assertThat(sheet.getPrintSetup().getFitWidth()).as(what).isEqualTo((short) 1);
                    assertThat(sheet.getPrintSetup().getFitHeight()).as(what).isZero();
                    assertThat(sheet.isPrintGridlines()).as(what).isFalse();
                    assertThat(sheet.getHeader().getLeft()).as(what).startsWith(COUNCIL + "\n")
                            .endsWith(": " + sheet.getSheetName());
                    assertThat(sheet.getHeader().getRight()).as(what).isEqualTo("2024-25");
                    assertThat(sheet.getFooter().getRight()).as(what).contains("&P").contains("&N");
                    // the title block above the table, so a screenshot or a copied table still says whose it is
                    assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(what).contains(": ");
                    assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).as(what).isEqualTo(COUNCIL);
                    assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).as(what)
                            .isEqualTo("Period: 2024-25 (1 April 2024 to 31 March 2025)");
                    // the one row repeated on every page is the headings': bold, ruled beneath, wrapping
                    var repeated = sheet.getRepeatingRows();
                    assertThat(repeated).as(what).isNotNull();
                    assertThat(repeated.getFirstRow()).as(what).isEqualTo(repeated.getLastRow());
                    Row headings = sheet.getRow(repeated.getFirstRow());
                    var style = headings.getCell(headings.getFirstCellNum()).getCellStyle();
                    assertThat(wb.getFontAt(style.getFontIndex()).getBold()).as(what).isTrue();
                    assertThat(style.getBorderBottom()).as(what).isEqualTo(BorderStyle.THIN);
                    assertThat(style.getWrapText()).as(what + " heading wraps").isTrue();
                    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(what + " frozen below "
                            + "its headings").isEqualTo((short) (repeated.getFirstRow() + 1));
                    String area = wb.getPrintArea(i);
                    if (area == null) {
                        int width = 0;
                        for (int c = 0; c < headings.getLastCellNum(); c++) {
                            width += sheet.getColumnWidth(c) / 256;
                        }
                        assertThat(sheet.getPrintSetup().getLandscape()).as(what + " (" + width + " wide)")
                                .isEqualTo(width > Prints.PORTRAIT_CHARACTERS);
                    }
                    for (XSSFChart chart : sheet.createDrawingPatriarch().getCharts()) {
                        String xml = chart.getCTChart().toString();
                        assertThat(chart.getTitleText()).as(what).isNotNull();
                        assertThat(xml).as(what + ": both axes titled").containsPattern(
                                "(?s)catAx>.*<c:title>.*</c:catAx>.*valAx>.*<c:title>");
                        var series = java.util.regex.Pattern.compile("<c:ser>").matcher(xml).results().count();
                        var colours = java.util.regex.Pattern.compile("prstClr val=\"(\\w+)\"").matcher(xml).results()
                                .map(m -> m.group(1)).distinct().count();
                        assertThat(colours).as(what + ": a colour of its own for each series").isEqualTo(series);
                        assertThat(series).as(what + ": a few series, not a tangle").isLessThanOrEqualTo(4);
                        if (xml.contains("formatCode=\"0%\"")) {
                            assertThat(xml).as(what + ": a percentage's axis stops at 100 %")
                                    .containsPattern("<c:max val=\"1.0\"/>");
                        }
                    }
                    sheets++;
                }
                if (wb.getSheet("About") != null) {
                    assertThat(TestFiles.about(wb.getSheet("About"), "Council")).as(name).isEqualTo(COUNCIL);
                }
            }
        }
        assertThat(sheets).isGreaterThan(40);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(yearEnd.resolve("Rejected.xlsx")))) {
            // the files and the findings per rule: each table in columns of its own, printed on pages of its own
            XSSFSheet summary = wb.getSheet("Summary");
            Row headings = TestFiles.headings(summary);
            assertThat(headings.getCell(0).getStringCellValue()).isEqualTo("Extract");
            assertThat(headings.getCell(9).getStringCellValue()).isEqualTo("Balances");
            assertThat(headings.getCell(10)).as("a column between the two tables").isNull();
            assertThat(headings.getCell(11).getStringCellValue()).isEqualTo("Rule");
            assertThat(wb.getPrintArea(wb.getSheetIndex(summary))).contains(",");
            assertThat(summary.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Rejected rows: findings per rule");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(yearEnd.resolve("Benchmarks.xlsx")))) {
            // Trends: a line a measure, the years across
            XSSFSheet trends = wb.getSheet("Trends");
            assertThat(TestFiles.headings(trends).getCell(0).getStringCellValue()).isEqualTo("Measure");
            assertThat(TestFiles.headings(trends).getCell(1).getStringCellValue()).isEqualTo("2024-25");
            assertThat(TestFiles.dataRows(trends)).hasSizeGreaterThan(40);
        }
        assertThat(Files.readString(yearEnd.resolve("manifest.json"))).contains("\"council\"",
                "\"name\": \"Medway Council\"", "\"code\": \"E06000035\"", "\"region\": \"South East\"");
    }

    @Test
    void aNightlySnapshotSaysProvisionalOnEverySheetAndItsAbout() throws Exception {
        for (String name : workbooks()) {
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(nightly.resolve(name + ".xlsx")))) {
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    XSSFSheet sheet = wb.getSheetAt(i);
                    String what = "nightly " + name + ".xlsx, sheet " + sheet.getSheetName();
                    assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).as(what)
                            .startsWith("Provisional: as of 31 January 2025");
                    assertThat(sheet.getHeader().getRight()).as(what).contains("Provisional: as of 31 January 2025");
                }
                if (wb.getSheet("About") != null) {
                    assertThat(TestFiles.about(wb.getSheet("About"), "Provisional")).as(name)
                            .startsWith("Provisional: as of 31 January 2025");
                    assertThat(TestFiles.about(wb.getSheet("About"), "Period")).as(name)
                            .isEqualTo("2024-25 (1 April 2024 to 31 January 2025)");
                }
            }
        }
    }

    @Test
    void renderedByLibreOfficeEveryPageSaysWhoseAndWhenAndNothingOverlaps() throws Exception {
        Rendered.assumeTools();
        Path out = Path.of("target/rendered");
        Map<String, Path> workbooks = new LinkedHashMap<>();
        for (String name : workbooks()) {
            workbooks.put("year-end-" + name, yearEnd.resolve(name + ".xlsx"));
            workbooks.put("nightly-" + name, nightly.resolve(name + ".xlsx"));
        }
        Map<String, Rendered> pdfs = Rendered.render(workbooks, out);
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (var pdf : pdfs.entrySet()) {
            boolean provisional = pdf.getKey().startsWith("nightly-");
            String name = pdf.getKey().replaceFirst("^(year-end|nightly)-", "");
            String returnName = name.equals("Rejected") ? "Rejected rows" : name;
            List<String> text = pdf.getValue().pages();
            pages.put(pdf.getKey(), text.size());
            for (int p = 0; p < text.size(); p++) {
                String page = text.get(p);
                String what = pdf.getKey() + ".pdf page " + (p + 1);
                assertThat(page).as(what).contains(COUNCIL).contains(returnName + ": ").contains("2024-25");
                // the header: the council at the left, whole, the period at the right, neither over the other
                assertThat(page.lines().limit(3).toList()).as(what).anyMatch(l -> l.startsWith(COUNCIL))
                        .anyMatch(l -> l.matches(".*\\S {2,}2024-25$|^ +2024-25$"));
                if (provisional) {
                    assertThat(page).as(what).contains("Provisional: as of 31 January 2025");
                }
            }
            // the title block's lines whole, wrapped within the table rather than cut at its edge
            String all = String.join(" ", text).replaceAll("\\s+", " ");
            assertThat(all).as(pdf.getKey() + ".pdf").contains(provisional
                    ? "2024-25 to date (1 April 2024 to 31 January 2025), not the year-end return"
                    : "Period: 2024-25 (1 April 2024 to 31 March 2025)");
            assertThat(pdf.getValue().overlappingWords()).as(pdf.getKey() + ".pdf: words printed over others")
                    .isEmpty();
            assertThat(pdf.getValue().figuresRunIntoText()).as(pdf.getKey() + ".pdf: figures run into text")
                    .isEmpty();
            pdf.getValue().firstPageAsPng(out.resolve(pdf.getKey() + ".png"));
        }
        summaryFiguresSitUnderTheirHeadings(pdfs.get("year-end-Rejected").pages().get(0), yearEnd);
        summaryFiguresSitUnderTheirHeadings(pdfs.get("nightly-Rejected").pages().get(0), nightly);
        Files.writeString(out.resolve("pages.txt"), pages.toString().replace(", ", "\n"));
    }

    /**
     * On the Summary's first page, each file's line has its six figures under the right-hand ends of their
     * own headings, and they are the file's figures from the manifest.
     */
    private static void summaryFiguresSitUnderTheirHeadings(String page, Path results) throws Exception {
        List<String> lines = page.lines().toList();
        String heads = lines.stream().filter(l -> l.contains("Rows read") && l.contains("Balances")).findFirst()
                .orElseThrow(() -> new AssertionError("no heading line on the Summary page:\n" + page));
        String[] columns = {"Rows read", "Blank rows", "Rejected", "Excluded", "Used", "Warnings"};
        // a heading may wrap: its last word is on the bottom line, with the others', in the same order
        int[] ends = new int[columns.length];
        int from = heads.indexOf("Sheet");
        for (int i = 0; i < columns.length; i++) {
            String last = columns[i].substring(columns[i].lastIndexOf(' ') + 1);
            from = heads.indexOf(last, from);
            assertThat(from).as(columns[i] + " in " + heads).isNotNegative();
            from += last.length();
            ends[i] = from;
        }
        int checked = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(results.resolve("Rejected.xlsx")))) {
            for (Row row : TestFiles.dataRows(wb.getSheet("Summary"))) {
                String file = row.getCell(1).getStringCellValue();
                if (row.getCell(0).getStringCellValue().equals("Total")) {
                    continue;
                }
                String line = lines.stream().filter(l -> l.contains(" " + file + " ")).findFirst()
                        .orElseThrow(() -> new AssertionError(file + " not on the Summary page"));
                // each figure of the line goes to the heading whose right-hand end is nearest its own (figures
                // and their headings are right-aligned; the text layout places a line to a character or two)
                Map<String, String> under = new LinkedHashMap<>();
                java.util.regex.Pattern.compile("(?<=\\s)[\\d,]+(?=\\s|$)").matcher(line).region(line.indexOf(file) + file.length(), line.length()).results().forEach(m -> {
                    int own = java.util.stream.IntStream.range(0, ends.length).boxed()
                            .min(java.util.Comparator.comparingInt(h -> Math.abs(ends[h] - m.end()))).orElseThrow();
                    assertThat(under.put(columns[own], m.group())).as("two figures under " + columns[own] + ":\n"
                            + heads + "\n" + line).isNull();
                });
                for (int i = 0; i < columns.length; i++) {
                    long figure = (long) row.getCell(3 + i).getNumericCellValue();
                    assertThat(under.get(columns[i])).as(file + ": " + columns[i] + " in\n" + heads + "\n" + line)
                            .isEqualTo(String.format(java.util.Locale.UK, "%,d", figure));
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }
}
