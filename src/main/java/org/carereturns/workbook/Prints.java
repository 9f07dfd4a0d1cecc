package org.carereturns.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * How every sheet of every workbook prints, for sign-off on paper or as a PDF: one page wide (as many
 * pages long as it needs), portrait unless the table is wider than a portrait page, the headings
 * repeated on every page, the council, the return, the sheet and the period (and "Provisional" for a
 * nightly run) at the top of every page, page numbers at the bottom, no gridlines. Tables side by side
 * on one sheet print on pages of their own, each under its own headings.
 */
public final class Prints {

    /** A portrait A4 page holds about this many digits of column width at full size. */
    public static final int PORTRAIT_CHARACTERS = 95;

    private Prints() {
    }

    static void setUp(Sheets kit) {
        // a streamed workbook's sheets are set up on the sheets beneath (a chart sheet is made there directly)
        Workbook wb = kit.workbook() instanceof org.apache.poi.xssf.streaming.SXSSFWorkbook streamed
                ? streamed.getXSSFWorkbook() : kit.workbook();
        TitleBlock titles = kit.titles();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            Sheet sheet = wb.getSheetAt(s);
            List<SheetTable> tables = kit.tablesOn(sheet.getSheetName());
            PrintSetup ps = sheet.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            int width = tables.stream().mapToInt(SheetTable::tableWidth).max().orElse(PORTRAIT_CHARACTERS);
            ps.setLandscape(width > PORTRAIT_CHARACTERS);
            sheet.setPrintGridlines(false);
            sheet.setMargin(PageMargin.LEFT, 0.5);
            sheet.setMargin(PageMargin.RIGHT, 0.5);
            sheet.setMargin(PageMargin.TOP, 0.8);
            sheet.setMargin(PageMargin.BOTTOM, 0.7);
            sheet.setMargin(PageMargin.HEADER, 0.3);
            sheet.setMargin(PageMargin.FOOTER, 0.3);
            int heads = tables.isEmpty() ? Sheets.HEADING_ROW : tables.get(0).headingRow();
            sheet.setRepeatingRows(new CellRangeAddress(heads, heads, -1, -1));
            if (tables.size() > 1) {
                // one print range a table: each prints on its own pages, and the repeated heading row
                // shows only that table's headings
                StringBuilder area = new StringBuilder();
                for (SheetTable t : tables) {
                    area.append(area.isEmpty() ? "" : ",")
                            .append(new CellReference(0, t.column(0), true, true).formatAsString()).append(':')
                            .append(new CellReference(t.lastRow(), t.column(t.columns() - 1), true, true)
                                    .formatAsString());
                }
                wb.setPrintArea(s, area.toString());
            }
            // two short lines at each side rather than three across: on a portrait page a long council name
            // and a centred title ran into each other
            sheet.getHeader().setLeft(titles.council() + "\n" + titles.title(sheet.getSheetName()));
            sheet.getHeader().setRight(titles.printedPeriod());
            sheet.getFooter().setLeft("care-returns");
            sheet.getFooter().setRight("Page &P of &N"); // Excel's codes for the page number and the page count
        }
    }
}
