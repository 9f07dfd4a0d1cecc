package org.carereturns.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet of every workbook prints, for sign-off on paper or as a PDF: one page wide (as many
 * pages long as it needs), landscape when the table is wider than a portrait page, the header row
 * repeated on every page, the council, the return, the sheet and the period at the top, page numbers
 * at the bottom.
 */
public final class Prints {

    /** A portrait A4 page holds about this many characters of column width at a readable size. */
    public static final int PORTRAIT_CHARACTERS = 95;

    private Prints() {
    }

    public static void setUp(Workbook workbook, SheetStyles styles, String council, String returnName, String period) {
        // a streamed workbook's sheets are set up on the sheets beneath (a chart sheet is made there directly)
        Workbook wb = workbook instanceof org.apache.poi.xssf.streaming.SXSSFWorkbook streamed
                ? streamed.getXSSFWorkbook() : workbook;
        for (Sheet sheet : wb) {
            PrintSetup ps = sheet.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            ps.setLandscape(widthInCharacters(sheet, styles) > PORTRAIT_CHARACTERS);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            sheet.getHeader().setLeft(council);
            sheet.getHeader().setCenter(returnName + ": " + sheet.getSheetName());
            sheet.getHeader().setRight(period);
            sheet.getFooter().setLeft("care-returns");
            sheet.getFooter().setRight("Page &P of &N"); // Excel's codes for the page number and the page count
        }
    }

    private static int widthInCharacters(Sheet sheet, SheetStyles styles) {
        int columns = styles.columns(sheet.getSheetName());
        if (columns < 0) {
            Row header = sheet.getRow(0);
            columns = header == null ? 12 : Math.max(header.getLastCellNum(), 1);
        }
        int width = 0;
        for (int i = 0; i < columns; i++) {
            width += sheet.getColumnWidth(i) / 256;
        }
        return width;
    }
}
