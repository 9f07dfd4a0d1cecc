package org.carereturns.audit;

import org.carereturns.workbook.Prints;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.support.Cli;
import org.carereturns.support.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council prints or PDFs its returns for sign-off: every sheet of every workbook, read back with POI,
 * is one page wide, repeats its header row, names the council, the return, the sheet and the period at
 * the top and numbers its pages; wide sheets are landscape; every chart has axis titles.
 */
class PrintedWorkbooksTest {

    @TempDir
    Path dir;

    @Test
    void everySheetOfEveryWorkbookPrintsForSignOff() throws Exception {
        Path input = Sample.copyTo(dir.resolve("in"));
        Path council = dir.resolve("council.yml");
        Files.writeString(council, "name: Medway Council\ncode: E06000035\nregion: South East\n");
        Path output = dir.resolve("out");
        Cli.Result r = Cli.run("year-end", "--period", "2024-25", "--input", input.toString(), "--output",
                output.toString(), "--council", council.toString());
        assertThat(r.code()).as(r.stderr()).isZero();

        int sheets = 0;
        List<String> workbooks = new java.util.ArrayList<>(org.carereturns.job.Returns.names());
        workbooks.add("Rejected");
        for (String name : workbooks) {
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(output.resolve("2024-25/" + name + ".xlsx")))) {
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    XSSFSheet sheet = wb.getSheetAt(i);
                    String what = name + ".xlsx, sheet " + sheet.getSheetName();
                    assertThat(sheet.getFitToPage()).as(what).isTrue();
                    assertThat(sheet.getPrintSetup().getFitWidth()).as(what).isEqualTo((short) 1);
                    assertThat(sheet.getPrintSetup().getFitHeight()).as(what).isZero();
                    assertThat(sheet.getRepeatingRows()).as(what).isNotNull();
                    assertThat(sheet.getRepeatingRows().formatAsString()).as(what).isEqualTo("1:1");
                    assertThat(sheet.getHeader().getLeft()).as(what).isEqualTo("Medway Council (E06000035)");
                    assertThat(sheet.getHeader().getCenter()).as(what).contains(sheet.getSheetName());
                    assertThat(sheet.getHeader().getRight()).as(what).isEqualTo("2024-25");
                    assertThat(sheet.getFooter().getRight()).as(what).contains("&P").contains("&N");
                    int width = 0;
                    Row header = sheet.getRow(0);
                    if (header != null && header.getCell(0) != null && sheet.getPaneInformation() != null) {
                        // a table's long headings wrap instead of widening the page past readability
                        assertThat(header.getCell(0).getCellStyle().getWrapText()).as(what + " heading wraps").isTrue();
                    }
                    for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
                        width += sheet.getColumnWidth(c) / 256;
                    }
                    assertThat(sheet.getPrintSetup().getLandscape()).as(what + " (" + width + " characters wide)")
                            .isEqualTo(width > Prints.PORTRAIT_CHARACTERS);
                    for (XSSFChart chart : sheet.createDrawingPatriarch().getCharts()) {
                        String xml = chart.getCTChart().toString();
                        assertThat(chart.getTitleText()).as(what).isNotNull();
                        assertThat(xml).as(what + ": both axes titled").containsPattern(
                                "(?s)catAx>.*<c:title>.*</c:catAx>.*valAx>.*<c:title>");
                        var series = java.util.regex.Pattern.compile("<c:ser>").matcher(xml).results().count();
                        var colours = java.util.regex.Pattern.compile("prstClr val=\"(\\w+)\"").matcher(xml).results()
                                .map(m -> m.group(1)).distinct().count();
                        assertThat(colours).as(what + ": a colour of its own for each series").isEqualTo(series);
                    }
                    sheets++;
                }
                if (!name.equals("Rejected")) {
                    var about = wb.getSheet("About");
                    String named = null;
                    for (Row row : about) {
                        if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Council")) {
                            named = row.getCell(1).getStringCellValue();
                        }
                    }
                    assertThat(named).as(name).isEqualTo("Medway Council (E06000035)");
                }
            }
        }
        assertThat(sheets).isGreaterThan(30);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(output.resolve("2024-25/Rejected.xlsx")))) {
            var summary = wb.getSheet("Summary");
            List<String> first = new java.util.ArrayList<>();
            summary.forEach(row -> first.add(row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue()));
            assertThat(first).contains("Findings per rule");
            assertThat(first.stream().filter("Total"::equals).count()).as("a total under each table").isEqualTo(2);
        }
        assertThat(Files.readString(output.resolve("2024-25/manifest.json"))).contains("\"council\"",
                "\"name\": \"Medway Council\"", "\"code\": \"E06000035\"", "\"region\": \"South East\"");
    }
}
