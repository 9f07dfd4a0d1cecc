package org.carereturns.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The workbook kit on its own: a figure is formatted by what it is, a wrapped heading's row is as tall
 * as its lines, every table sizes its own columns, and the title block says whose figures they are,
 * and when provisional, so.
 */
class SheetsTest {

    private static final TitleBlock YEAR_END = new TitleBlock("Medway Council (E06000035)", "SALT", "2024-25", null);

    @Test
    void aFigureIsFormattedByWhatItIs() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheets kit = new Sheets(wb, YEAR_END);
            SheetTable t = kit.table(wb.createSheet("Kinds"), "What", "Figure");
            Row count = t.row("count", 1274L);
            Row decimal = t.row("count held as a decimal with no places", new BigDecimal("2532"));
            Row percent = t.row("percentage", Kind.PERCENT.of(new BigDecimal("0.389")));
            Row rate = t.row("rate per 100,000", new BigDecimal("379.3"));
            Row days = t.row("median days", Kind.DAYS.of(new BigDecimal("12.5")));
            Row plain = t.row("row number", Kind.PLAIN.of(12345));
            Row points = t.row("change in a percentage", Kind.PERCENT.changeOf(new BigDecimal("4.3")));
            Row empty = t.row("no denominator", Kind.PERCENT.of(null));
            Row total = t.total("Total", 3806L);
            t.finish();
            assertThat(format(count)).isEqualTo("#,##0");
            assertThat(format(decimal)).isEqualTo("#,##0");
            assertThat(format(percent)).isEqualTo("0.0%");
            assertThat(percent.getCell(1).getNumericCellValue()).as("the value itself is not rounded").isEqualTo(0.389);
            assertThat(format(rate)).isEqualTo("#,##0.0");
            assertThat(format(days)).isEqualTo("#,##0");
            assertThat(days.getCell(1).getNumericCellValue()).isEqualTo(12.5);
            assertThat(format(plain)).isEqualTo("0");
            assertThat(format(points)).startsWith("+0.0\" pts\"");
            assertThat(empty.getCell(1)).as("empty where the denominator is 0, never 0").isNull();
            assertThat(format(total)).isEqualTo("#,##0");
            assertThat(wb.getFontAt(total.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            // figures are right-aligned, and so is their heading; text headings stay left
            Row headings = wb.getSheet("Kinds").getRow(Sheets.HEADING_ROW);
            assertThat(headings.getCell(1).getCellStyle().getAlignment())
                    .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            assertThat(headings.getCell(0).getCellStyle().getAlignment())
                    .isNotEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        }
        assertThat(Kind.COUNT.of(1274L).shown()).isEqualTo("1,274");
        assertThat(Kind.PERCENT.of(0.389).shown()).isEqualTo("38.9%");
        assertThat(Kind.PERCENT.changeOf(4.3).shown()).isEqualTo("+4.3 pts");
        assertThat(Kind.DAYS.of(12.5).shown()).isEqualTo("13");
        assertThat(Kind.RATE.of(1649.25).shown()).isEqualTo("1,649.3");
        assertThat(Kind.COUNT.of(-1234567L).shown()).isEqualTo("-1,234,567");
        assertThat(Kind.COUNT.changeOf(1000L).shown()).isEqualTo("+1,000");
        assertThat(Kind.PLAIN.of(1048576).shown()).isEqualTo("1048576");
    }

    @Test
    void aWrappedHeadingsRowIsAsTallAsItsLines() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheets kit = new Sheets(wb, YEAR_END);
            SheetTable t = kit.table(wb.createSheet("Headings"), "Route of Access",
                    "Short Term Support to Maximise Independence", "Total");
            t.row("Planned Entry (Transition)", 3L, 3L);
            t.finish();
            Sheet sheet = wb.getSheet("Headings");
            int width = sheet.getColumnWidth(1) / 256;
            assertThat(width).as("a long heading wraps rather than widening its column").isLessThan(20);
            int lines = Wrapping.lines("Short Term Support to Maximise Independence", width, true);
            assertThat(lines).isGreaterThanOrEqualTo(3);
            Row headings = sheet.getRow(Sheets.HEADING_ROW);
            assertThat(headings.getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(headings.getHeightInPoints()).as("tall enough for %d lines", lines)
                    .isGreaterThanOrEqualTo(lines * Wrapping.LINE_POINTS);
            assertThat(sheet.getRow(Sheets.HEADING_ROW + 1).getCell(0).getStringCellValue())
                    .as("the figures start on the row below").isEqualTo("Planned Entry (Transition)");
        }
        assertThat(Wrapping.lines("Total", 10, true)).isEqualTo(1);
        assertThat(Wrapping.lines("one two three four", 8, false)).isEqualTo(3);
        assertThat(Wrapping.lines("aaaaaaaaaaaaaaaaaaaaaaaa", 9, false)).as("a word longer than the line is broken")
                .isEqualTo(3);
    }

    @Test
    void everyTableSizesItsOwnColumnsAndProseWraps() throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            Sheets kit = new Sheets(wb, YEAR_END);
            Sheet summary = wb.createSheet("Summary");
            SheetTable files = kit.titled(summary, "files", "Extract", "File", "Rows read");
            SheetTable rules = kit.beside(summary, 4, "rules", "Rule", "Description");
            files.row("contacts", "contacts-2024-04.xlsx", 64L);
            String rule = "Contact ID is required and must be unique in the extract; the first row is kept.";
            rules.row("CON-01", rule);
            String prose = "A message long enough to need wrapping: ".repeat(4);
            assertThat(prose.length()).isGreaterThan(Sheets.MAX_WIDTH);
            SheetTable messages = kit.table(wb.createSheet("Messages"), "Row", "Message", "Hash");
            messages.row(Kind.PLAIN.of(12), prose, "89b00b48987477d81fc9761bc371afc169aa350e75e8ebc8118697c61527ede7");
            files.finish();
            rules.finish();
            messages.finish();
            var xssf = wb.getXSSFWorkbook();
            var sheet = xssf.getSheet("Summary");
            assertThat(sheet.getColumnWidth(1) / 256).as("File fits its file name, and the indent text stands in by")
                    .isEqualTo("contacts-2024-04.xlsx".length() + 3);
            assertThat(sheet.getColumnWidth(3) / 256).as("the gap column is the default").isLessThan(10);
            assertThat(sheet.getColumnWidth(5) / 256).as("Description, beside another table, stays on one line")
                    .isEqualTo(rule.length() + 3);
            assertThat(sheet.getColumnWidth(2) / 256).as("Rows read: its own figures, not the rules'").isLessThan(12);
            var m = xssf.getSheet("Messages");
            assertThat(m.getColumnWidth(1) / 256).as("prose wraps at the widest a column grows")
                    .isEqualTo(Sheets.MAX_WIDTH);
            assertThat(m.getColumnWidth(2) / 256).as("a hash widens its column instead").isEqualTo(64 + 3);
        }
    }

    @Test
    void theTitleBlockSaysWhoseFiguresAndWhenAndANightlysAreProvisional() throws Exception {
        TitleBlock nightly = new TitleBlock("Medway Council (E06000035)", "SAC", "2024-25", LocalDate.of(2025, 1, 31));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheets kit = new Sheets(wb, nightly);
            SheetTable t = kit.table(wb.createSheet("SG1a"), "Age band", "Safeguarding Concerns");
            t.row("18-64", 3L);
            t.note("Each cell counts individuals.");
            t.finish();
            kit.print();
            Sheet sheet = wb.getSheet("SG1a");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("SAC: SG1a");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Medway Council (E06000035)");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Provisional: as of 31 January "
                    + "2025. Period: 2024-25 to date (1 April 2024 to 31 January 2025), not the year-end return");
            assertThat(sheet.getRow(Sheets.HEADING_ROW).getCell(0).getStringCellValue()).isEqualTo("Age band");
            assertThat(sheet.getRow(Sheets.HEADING_ROW + 3).getCell(0).getStringCellValue())
                    .isEqualTo("Each cell counts individuals.");
            assertThat(sheet.getHeader().getRight()).isEqualTo("2024-25\nProvisional: as of 31 January 2025");
            assertThat(sheet.getHeader().getLeft()).isEqualTo("Medway Council (E06000035)\nSAC: SG1a");
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("5:5");
            assertThat(sheet.getPrintSetup().getLandscape()).as("a narrow table prints portrait").isFalse();
            assertThat(sheet.isPrintGridlines()).isFalse();
        }
        assertThat(YEAR_END.periodLine()).isEqualTo("Period: 2024-25 (1 April 2024 to 31 March 2025)");
        assertThat(YEAR_END.printedPeriod()).isEqualTo("2024-25");
    }

    private static String format(Row row) {
        return row.getCell(1).getCellStyle().getDataFormatString();
    }
}
