package org.carereturns.workbook;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The look every workbook shares: a bold header row that stays in view, an autofilter, and
 * columns as wide as their content. Widths are tracked as rows are written because a streaming
 * workbook cannot measure them afterwards.
 */
public final class SheetStyles {

    /** Excel holds at most this many characters in a cell. */
    public static final int CELL_LIMIT = 32_767;

    /** Text cut to what a cell can hold, saying so, so that a workbook is always written whole. */
    public static String fitted(String text) {
        if (text.length() <= CELL_LIMIT) {
            return text;
        }
        String note = " … [cut short: " + text.length() + " characters in all]";
        return text.substring(0, CELL_LIMIT - note.length()) + note;
    }


    private final CellStyle bold;
    private final CellStyle percent;
    private final CellStyle wrap;
    private final CellStyle heading;

    /** The widest a column grows for its heading alone; longer headings wrap. */
    static final int HEADING_WIDTH = 20;

    public SheetStyles(Workbook wb) {
        Font font = wb.createFont();
        font.setBold(true);
        bold = wb.createCellStyle();
        bold.setFont(font);
        percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        heading = wb.createCellStyle();
        heading.setFont(font);
        heading.setWrapText(true);
        heading.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
    }

    public CellStyle bold() {
        return bold;
    }

    public CellStyle percent() {
        return percent;
    }

    public CellStyle wrap() {
        return wrap;
    }

    /** A sheet being written: remembers the widest value in each column. */
    public final class Table {
        private final Sheet sheet;
        private final int[] widths;
        private int next;
        private int filterEnd = -1;

        Table(Sheet sheet, String... headers) {
            this.sheet = sheet;
            this.widths = new int[headers.length];
            Row row = sheet.createRow(next++);
            for (int i = 0; i < headers.length; i++) {
                var cell = row.createCell(i);
                cell.setCellValue(headers[i]);
                cell.setCellStyle(heading);
                // a long heading wraps rather than widening its column: printed one page wide, a wide
                // table shrinks to an unreadable size
                widths[i] = Math.min(headers[i].length() + 3, HEADING_WIDTH);
            }
            sheet.createFreezePane(0, 1);
        }

        public Row row(Object... values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length && i < widths.length; i++) {
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                var cell = row.createCell(i);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(fitted(v.toString()));
                }
                widths[i] = Math.max(widths[i], Math.min(80, v.toString().length() + 2));
            }
            return row;
        }

        /** Ends the autofilter at the row written last, for a sheet with a second table below. */
        public void endFilterHere() {
            filterEnd = next - 1;
        }

        public int rows() {
            return next - 1;
        }

        /** Adds the autofilter over what was written and sets the column widths. */
        public void finish() {
            int last = filterEnd >= 0 ? filterEnd : next - 1;
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, last), 0, widths.length - 1));
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
            }
        }
    }

    private final java.util.Map<String, Integer> columns = new java.util.HashMap<>();

    public Table table(Sheet sheet, String... headers) {
        columns.put(sheet.getSheetName(), headers.length);
        return new Table(sheet, headers);
    }

    /** How many columns the table on that sheet has, or -1 for a sheet not written as a table. */
    public int columns(String sheetName) {
        return columns.getOrDefault(sheetName, -1);
    }
}
