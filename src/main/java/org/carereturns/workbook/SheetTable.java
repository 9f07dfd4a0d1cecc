package org.carereturns.workbook;

import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One table being written through the kit: its title block (and, for About, the items that describe
 * the workbook), its headings, its rows, a total row, the notes beneath it. Remembers the widest value
 * of each column and the lines each row needs, because a streamed sheet's rows are gone once written.
 */
public final class SheetTable {

    private final Sheets kit;
    private final Sheet sheet;
    private final int first;
    private final String[] headings;
    private final String[] titleLines;
    private final Map<String, String> preface;
    private final int headingRow;
    private final int[] widths;
    private final int[] valueWidths;
    private final int[] wrapWidths;
    private final boolean[] numeric;
    private final boolean ownsSheet;
    private final java.util.List<String> notes = new java.util.ArrayList<>();
    private int next;
    private int lastDataRow;
    private boolean noted;
    private boolean finished;

    SheetTable(Sheets kit, Sheet sheet, int first, String tableTitle, Map<String, String> preface, String[] headings,
               boolean ownsSheet) {
        this.kit = kit;
        this.sheet = sheet;
        this.first = first;
        this.headings = headings.clone();
        this.preface = preface;
        this.ownsSheet = ownsSheet;
        this.widths = new int[headings.length];
        this.valueWidths = new int[headings.length];
        this.wrapWidths = new int[headings.length];
        java.util.Arrays.fill(wrapWidths, Sheets.MAX_WIDTH);
        this.numeric = new boolean[headings.length];
        TitleBlock tb = kit.titles();
        this.titleLines = new String[] {tb.title(tableTitle), tb.council(), tb.periodLine()};
        for (int i = 0; i < headings.length; i++) {
            // a long heading wraps rather than widening its column: printed one page wide, a wide table
            // shrinks to an unreadable size
            widths[i] = Math.min(headings[i].length() + 2 + INDENT, Sheets.HEADING_WIDTH);
            for (String word : headings[i].split(" ")) {
                widths[i] = Math.max(widths[i], Math.min(word.length() + 2 + INDENT, Sheets.HEADING_WIDTH));
            }
        }
        for (int r = 0; r < titleLines.length; r++) {
            Cell c = cell(rowAt(r), 0);
            c.setCellValue(titleLines[r]);
            c.setCellStyle(r == 0 ? kit.title : r == 2 && tb.provisional() ? kit.provisional : kit.subtitle);
            across(r, 0);
        }
        int r = titleLines.length + 1;
        for (String label : preface.keySet()) {
            widths[0] = Math.max(widths[0], Math.min(label.length() + 3, Sheets.HEADING_WIDTH + 4));
        }
        for (var item : preface.entrySet()) {
            Row row = rowAt(r++);
            Cell label = cell(row, 0);
            label.setCellValue(item.getKey());
            label.setCellStyle(kit.label);
            Cell value = cell(row, 1);
            value.setCellValue(Sheets.fitted(item.getValue()));
            value.setCellStyle(kit.wrapped);
            across(row.getRowNum(), 1);
        }
        headingRow = preface.isEmpty() ? Sheets.HEADING_ROW : r + 1;
        Row heads = rowAt(headingRow);
        for (int i = 0; i < headings.length; i++) {
            Cell c = cell(heads, i);
            c.setCellValue(headings[i]);
            c.setCellStyle(kit.heading);
        }
        if (ownsSheet) {
            sheet.createFreezePane(0, headingRow + 1);
        }
        next = headingRow + 1;
        lastDataRow = headingRow;
    }

    /** Merges row {@code r} from the table's column {@code from} to its last, where there is more than one. */
    private void across(int r, int from) {
        if (headings.length - 1 > from) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, first + from, first + headings.length - 1));
        }
    }

    private Row rowAt(int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    private Cell cell(Row row, int column) {
        return row.createCell(first + column);
    }

    public Sheet sheet() {
        return sheet;
    }

    /** The sheet column of the table's column {@code i}. */
    public int column(int i) {
        return first + i;
    }

    public int columns() {
        return headings.length;
    }

    public String heading(int i) {
        return headings[i];
    }

    /** The row of the column headings: the one repeated at the top of every printed page. */
    public int headingRow() {
        return headingRow;
    }

    /** The first row of figures. */
    public int firstDataRow() {
        return headingRow + 1;
    }

    /** The last row of figures (the heading row when there are none). */
    public int lastDataRow() {
        return lastDataRow;
    }

    /** How many more data rows fit on the sheet, leaving room for the notes. */
    public int room() {
        return Sheets.LAST_ROW - 4 - next;
    }

    /** The last row the table uses, its notes included. */
    public int lastRow() {
        return next - 1;
    }

    /**
     * A row of values: text, a {@link Kind.Figure}, or a plain number (a whole number is a count, one
     * with decimals a rate); null leaves the cell empty.
     */
    public Row row(Object... values) {
        return write(values, false);
    }

    /** A total row: bold, with a rule above it. */
    public Row total(Object... values) {
        return write(values, true);
    }

    private Row write(Object[] values, boolean isTotal) {
        Row row = rowAt(next++);
        lastDataRow = row.getRowNum();
        int lines = 1;
        for (int i = 0; i < values.length && i < widths.length; i++) {
            Object v = values[i];
            if (v == null) {
                if (isTotal) {
                    cell(row, i).setCellStyle(kit.total);
                }
                continue;
            }
            Cell cell = cell(row, i);
            Kind.Figure f = v instanceof Kind.Figure fig ? fig : v instanceof Number n ? figureOf(n) : null;
            if (f != null) {
                cell.setCellValue(f.value().doubleValue());
                cell.setCellStyle(kit.figure(f.kind(), f.change(), isTotal));
                widths[i] = Math.max(widths[i], f.shown().length() + 2);
                valueWidths[i] = Math.max(valueWidths[i], f.shown().length() + 2);
                alignHeadingRight(i);
                continue;
            }
            String s = Sheets.fitted(v.toString());
            cell.setCellValue(s);
            // prose wraps at the widest a column grows; a word, a hash or a file name widens its column
            // instead, as does anything beside another table, whose rows it would otherwise stretch
            boolean prose = s.indexOf(' ') >= 0 && ownsSheet;
            boolean wraps = prose && (s.length() + 2 + INDENT > wrapWidths[i] || s.indexOf('\n') >= 0);
            cell.setCellStyle(isTotal ? kit.total : wraps ? kit.wrapped : kit.text);
            int width = Math.min(prose ? wrapWidths[i] : 255, longestLine(s) + 2 + INDENT);
            widths[i] = Math.max(widths[i], width);
            valueWidths[i] = Math.max(valueWidths[i], width);
            if (wraps) {
                lines = Math.max(lines, Wrapping.lines(s, wrapWidths[i] - INDENT, false));
            }
        }
        if (lines > 1) {
            raise(row, Wrapping.height(lines, 10));
        }
        return row;
    }

    private static int longestLine(String s) {
        int longest = 0;
        for (String line : s.split("\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    private static Kind.Figure figureOf(Number n) {
        boolean whole = n instanceof Long || n instanceof Integer || n instanceof Short
                || n instanceof java.math.BigDecimal d && d.scale() <= 0;
        return new Kind.Figure(whole ? Kind.COUNT : Kind.RATE, n, false);
    }

    /**
     * Prose in column {@code i} wraps at {@code width} digits rather than {@link Sheets#MAX_WIDTH}: for a
     * sheet with two prose columns, so that together they still print at a readable size. Set before
     * the rows are written.
     */
    public SheetTable wrapAt(int i, int width) {
        wrapWidths[i] = width;
        return this;
    }

    /** Figures are right-aligned, and so is the heading above them, so each sits under its own. */
    private void alignHeadingRight(int i) {
        if (numeric[i]) {
            return;
        }
        numeric[i] = true;
        Row heads = sheet.getRow(headingRow);
        if (heads != null && heads.getCell(first + i) != null) {
            heads.getCell(first + i).setCellStyle(kit.headingRight);
        }
    }

    /** A note beneath the table, across its width: what a cell means, where the definition is. */
    public void note(String text) {
        if (!noted) {
            next++; // a blank line between the figures and the notes
            noted = true;
        }
        Row row = rowAt(next++);
        Cell c = cell(row, 0);
        c.setCellValue(Sheets.fitted(text));
        c.setCellStyle(kit.note);
        across(row.getRowNum(), 0);
        notes.add(text);
        fitNote(row, text);
    }

    private void fitNote(Row row, String text) {
        row.setHeightInPoints(Wrapping.height(Wrapping.lines(text, tableWidth(), false), 9));
    }

    /** The standard closing note: where the figures came from and where they are defined. */
    public void source(String definedIn) {
        note("Source: " + kit.titles().council() + ", case-management extracts listed on the About sheet, "
                + "processed by care-returns. " + definedIn);
    }

    /** Ends the table: filter, widths, and the heights of its title block and headings. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (ownsSheet) {
            sheet.setAutoFilter(new CellRangeAddress(headingRow, Math.max(headingRow, lastDataRow), first,
                    first + widths.length - 1));
        }
        if (sheet.getRow(headingRow) != null) {
            narrowFigureColumns();
        }
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(first + i, Math.min(255, widths[i]) * 256);
        }
        kit.fitHead(sheet);
        for (int n = 0; n < notes.size(); n++) { // the notes, written last, are still in memory
            Row row = sheet.getRow(next - notes.size() + n);
            if (row != null) {
                fitNote(row, notes.get(n));
            }
        }
    }

    /**
     * A column of figures as narrow as its figures and the longest word of its heading, the heading
     * wrapping onto more lines: a wide table of counts then prints larger. Only while the heading row
     * can still be made taller (a streamed sheet's early rows are gone once written).
     */
    private void narrowFigureColumns() {
        for (int i = 0; i < widths.length; i++) {
            if (!numeric[i]) {
                continue;
            }
            int longestWord = 0;
            for (String word : headings[i].split(" ")) {
                longestWord = Math.max(longestWord, word.length());
            }
            widths[i] = Math.max(valueWidths[i], Math.max(Math.min(longestWord, Sheets.HEADING_WIDTH - 2) + 2,
                    MIN_FIGURE_WIDTH));
        }
    }

    /** Digits of width a text cell's indent takes (Sheets indents text so that figures never run into it). */
    private static final int INDENT = 1;

    /** The narrowest a column of figures is, so that headings of short words do not stack a word a line. */
    private static final int MIN_FIGURE_WIDTH = 10;

    /** Width in digits, for print orientation and notes. */
    public int tableWidth() {
        int w = 0;
        for (int width : widths) {
            w += width;
        }
        return w;
    }

    int width(int i) {
        return widths[i];
    }

    /**
     * The height row {@code r} above the figures needs for this table's text (title block, About's items,
     * headings), or 0 for none: as tall as the wrapped text could need with the widths known so far.
     */
    float needed(int r) {
        if (r < titleLines.length) {
            boolean wraps = headings.length > 1;
            // the title's 12-point letters are a fifth wider than the 10-point digits widths are counted in
            int width = r == 0 ? tableWidth() * 10 / 12 : tableWidth();
            return Wrapping.height(wraps ? Wrapping.lines(titleLines[r], width, r != 1) : 1, r == 0 ? 12 : 10);
        }
        int item = r - titleLines.length - 1;
        if (item >= 0 && item < preface.size()) {
            String label = preface.keySet().stream().skip(item).findFirst().orElseThrow();
            int valueWidth = tableWidth() - widths[0] - INDENT;
            return Wrapping.height(Math.max(Wrapping.lines(label, widths[0], true),
                    Wrapping.lines(preface.get(label), valueWidth, false)), 10);
        }
        if (r != headingRow) {
            return 0;
        }
        int lines = 1;
        for (int i = 0; i < headings.length; i++) {
            lines = Math.max(lines, Wrapping.lines(headings[i], widths[i] - (numeric[i] ? 0 : INDENT), true));
        }
        return Wrapping.height(lines, 10);
    }

    /** Raises a row to {@code points}, unless it is already that tall (a table beside this one needed more). */
    private static void raise(Row row, float points) {
        boolean custom = row instanceof org.apache.poi.xssf.usermodel.XSSFRow x ? x.getCTRow().getCustomHeight()
                : row.getHeight() != row.getSheet().getDefaultRowHeight();
        if (!custom || row.getHeightInPoints() < points) {
            row.setHeightInPoints(points);
        }
    }
}
