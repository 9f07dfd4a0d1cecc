package org.carereturns.workbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook kit every return builds its sheets through, so that each table looks like a published
 * statistical table: a title block (the table, the council, the period, and "Provisional" for a
 * nightly run) above column headings that wrap and fit their row, figures formatted by what they are
 * ({@link Kind}), notes beneath, and a page set-up that prints it ({@link Prints}). Widths and heights
 * are worked out as rows are written, because a streamed workbook cannot measure them afterwards.
 */
public final class Sheets {

    /** Excel holds at most this many characters in a cell. */
    public static final int CELL_LIMIT = 32_767;

    /** Excel's last row index (1,048,576 rows). */
    static final int LAST_ROW = 1_048_575;

    /**
     * The row of a table's column headings: below the title, the council, the period and a blank line
     * (lower on About, whose items come first).
     */
    public static final int HEADING_ROW = 4;

    /** The widest a column grows for its heading alone; longer headings wrap. */
    static final int HEADING_WIDTH = 16;

    /** The widest a column grows for its values; longer text wraps. */
    static final int MAX_WIDTH = 80;

    /** Text cut to what a cell can hold, saying so, so that a workbook is always written whole. */
    public static String fitted(String text) {
        if (text.length() <= CELL_LIMIT) {
            return text;
        }
        String note = " … [cut short: " + text.length() + " characters in all]";
        return text.substring(0, CELL_LIMIT - note.length()) + note;
    }

    private final Workbook wb;
    private final TitleBlock titles;
    private final Map<String, List<SheetTable>> tables = new LinkedHashMap<>();
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle provisional;
    final CellStyle heading;
    final CellStyle headingRight;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle label;
    final CellStyle note;
    final CellStyle total;
    private final Map<Kind, CellStyle[]> figures = new EnumMap<>(Kind.class);

    public Sheets(Workbook wb, TitleBlock titles) {
        this.wb = wb;
        this.titles = titles;
        // one font throughout, as published tables have; Arial prints alike in Excel and LibreOffice
        // (whose Liberation Sans has Arial's widths)
        Font base = wb.getFontAt(0);
        base.setFontName("Arial");
        base.setFontHeightInPoints((short) 10);
        Font bold = font(false, true, 10);
        // the title block wraps within the table's width, its rows as tall as the lines need
        title = style(font(false, true, 12), true);
        subtitle = style(font(false, false, 10), true);
        provisional = style(font(true, true, 10), true);
        heading = style(bold, true);
        heading.setVerticalAlignment(VerticalAlignment.BOTTOM);
        heading.setBorderBottom(BorderStyle.THIN);
        headingRight = style(bold, true);
        headingRight.cloneStyleFrom(heading);
        headingRight.setAlignment(HorizontalAlignment.RIGHT);
        text = style(null, false);
        wrapped = style(null, true);
        label = style(bold, true);
        note = style(font(false, false, 9), true);
        total = style(bold, false);
        total.setBorderTop(BorderStyle.THIN);
        // text stands a little in from its column's left edge, so that a right-aligned figure never runs
        // into the text of the next column ("4.3England"); its heading stands in with it
        for (CellStyle s : List.of(heading, text, wrapped, label, total)) {
            s.setAlignment(HorizontalAlignment.LEFT); // an indent applies only to text aligned left
            s.setIndention((short) 1);
        }
        for (Kind kind : Kind.values()) {
            CellStyle[] four = new CellStyle[4]; // plain, change, total, total change
            for (int i = 0; i < 4; i++) {
                four[i] = style(i >= 2 ? bold : null, false);
                four[i].setDataFormat(wb.createDataFormat().getFormat(i % 2 == 0 ? kind.format() : kind.changeFormat()));
                if (i >= 2) {
                    four[i].setBorderTop(BorderStyle.THIN);
                }
            }
            figures.put(kind, four);
        }
    }

    private Font font(boolean red, boolean bold, int points) {
        Font f = wb.createFont();
        f.setFontName("Arial");
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        if (red) {
            f.setColor(org.apache.poi.ss.usermodel.IndexedColors.DARK_RED.getIndex());
        }
        return f;
    }

    private CellStyle style(Font font, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    CellStyle figure(Kind kind, boolean change, boolean inTotal) {
        return figures.get(kind)[(inTotal ? 2 : 0) + (change ? 1 : 0)];
    }

    public TitleBlock titles() {
        return titles;
    }

    public Workbook workbook() {
        return wb;
    }

    /** A table filling a new sheet, titled with the sheet's name. */
    public SheetTable table(Sheet sheet, String... headings) {
        return titled(sheet, sheet.getSheetName(), headings);
    }

    /** A table filling a new sheet, with a title of its own (the return's name is put before it). */
    public SheetTable titled(Sheet sheet, String tableTitle, String... headings) {
        return beside(sheet, 0, tableTitle, headings);
    }

    /**
     * A table from column {@code firstColumn} of a sheet that may already hold another: the columns are
     * this table's only, and it prints on pages of its own.
     */
    public SheetTable beside(Sheet sheet, int firstColumn, String tableTitle, String... headings) {
        return add(sheet, firstColumn, tableTitle, Map.of(), headings);
    }

    /**
     * A table filling a new sheet, with items that describe it (label, text) between its title block and
     * its headings: About's return, council, period, run.
     */
    public SheetTable described(Sheet sheet, String tableTitle, Map<String, String> items, String... headings) {
        return add(sheet, 0, tableTitle, items, headings);
    }

    private SheetTable add(Sheet sheet, int firstColumn, String tableTitle, Map<String, String> items,
                           String... headings) {
        List<SheetTable> onSheet = tables.computeIfAbsent(sheet.getSheetName(), k -> new ArrayList<>());
        SheetTable t = new SheetTable(this, sheet, firstColumn, tableTitle, items, headings, onSheet.isEmpty());
        onSheet.add(t);
        fitHead(sheet);
        return t;
    }

    /** The title block's and the headings' rows as tall as the tallest need of the tables on the sheet. */
    void fitHead(Sheet sheet) {
        int last = tablesOn(sheet.getSheetName()).stream().mapToInt(SheetTable::headingRow).max().orElse(HEADING_ROW);
        for (int r = 0; r <= last; r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            float points = 0;
            for (SheetTable t : tablesOn(sheet.getSheetName())) {
                points = Math.max(points, t.needed(r));
            }
            if (row != null && points > 0) {
                row.setHeightInPoints(points);
            }
        }
    }

    /** The tables written on a sheet, first to last (empty for a sheet not written through the kit). */
    List<SheetTable> tablesOn(String sheetName) {
        return tables.getOrDefault(sheetName, List.of());
    }

    /** Sets up every sheet for printing; call once all are written. */
    public void print() {
        Prints.setUp(this);
    }
}
