package org.carereturns.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Streams the rows of one worksheet with StAX: memory stays flat whatever the number of rows. */
final class XlsxRowSource implements RowSource {

    /** Excel's own limits: columns A to XFD, rows 1 to 1,048,576. A reference beyond them is hostile or damaged. */
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_ROWS = 1_048_576;

    private final InputStream in;
    private final XMLStreamReader x;
    private final SharedStrings sharedStrings;
    private final boolean date1904;
    private int lastRow;
    private int dimensionRows = -1;
    private int currentRow;
    private boolean inRow;
    private final List<Cell> rowCells = new ArrayList<>();

    XlsxRowSource(InputStream in, SharedStrings sharedStrings, boolean date1904) throws XMLStreamException {
        this.in = in;
        this.x = XlsxWorkbook.xmlFactory().createXMLStreamReader(in);
        this.sharedStrings = sharedStrings;
        this.date1904 = date1904;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public SheetRow next() throws IOException {
        try {
            while (x.hasNext()) {
                int event = x.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = x.getLocalName();
                if ("row".equals(name)) {
                    String r = x.getAttributeValue(null, "r");
                    int number = r == null ? currentRow + 1 : rowNumber(r);
                    currentRow = number;
                    return readRow();
                } else if ("dimension".equals(name)) {
                    dimensionRows = lastRowOf(x.getAttributeValue(null, "ref"));
                }
            }
            return null;
        } catch (DamagedInputException e) {
            throw e;
        } catch (XMLStreamException | RuntimeException | IOException e) {
            // a parse error, a garbled compressed block, a row numbered "ten": where reading stopped
            throw damaged(inRow ? currentRow : currentRow + 1, "the sheet is damaged here and cannot be read on ("
                    + XlsxWorkbook.plain(e) + ")", e);
        } catch (OutOfMemoryError e) {
            // one cell holding gigabytes (a compression bomb): what was being built is garbage already, and
            // only this reader knows the row it was in
            throw damaged(inRow ? currentRow : currentRow + 1, "reading the row needs more memory than a "
                    + "spreadsheet row can; the file is damaged", e);
        }
    }

    private static DamagedInputException damaged(int row, String reason, Throwable cause) {
        return new DamagedInputException("", "", row, reason, cause);
    }

    private int rowNumber(String r) throws DamagedInputException {
        int n;
        try {
            n = Integer.parseInt(r.trim());
        } catch (NumberFormatException e) {
            throw damaged(currentRow + 1, "the row is numbered '" + r + "', not with a number", e);
        }
        if (n < 1 || n > MAX_ROWS || n <= currentRow) {
            throw damaged(currentRow + 1, "the row is numbered " + n + (n <= currentRow ? ", out of order"
                    : ", outside Excel's rows 1 to " + MAX_ROWS), null);
        }
        return n;
    }

    private SheetRow readRow() throws XMLStreamException, DamagedInputException {
        inRow = true;
        rowCells.clear();
        int column = -1;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(x.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(x.getLocalName())) {
                String ref = x.getAttributeValue(null, "r");
                column = ref == null ? column + 1 : columnIndex(ref);
                if (column < 0 || column >= MAX_COLUMNS) {
                    throw damaged(currentRow, "the cell reference '" + ref + "' is beyond Excel's last column"
                            + " (XFD); the file is damaged or was not written by a spreadsheet program", null);
                }
                Cell cell = readCell(x.getAttributeValue(null, "t"));
                while (rowCells.size() < column) {
                    rowCells.add(null);
                }
                rowCells.add(cell);
            }
        }
        lastRow = currentRow;
        inRow = false;
        return new SheetRow(currentRow, rowCells.toArray(new Cell[0]));
    }

    /** Reads from just after the start of a {@code c} element to its end. */
    private Cell readCell(String type) throws XMLStreamException, DamagedInputException {
        String value = null;
        String formula = null;
        StringBuilder inline = null;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String n = x.getLocalName();
                if ("v".equals(n)) {
                    value = x.getElementText();
                } else if ("f".equals(n)) {
                    formula = x.getElementText();
                } else if ("t".equals(n)) {
                    if (inline == null) {
                        inline = new StringBuilder();
                    }
                    inline.append(x.getElementText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(x.getLocalName())) {
                break;
            }
        }
        if (formula != null && (value == null || value.isEmpty()) && !"inlineStr".equals(type)) {
            // written by a program that does not calculate: openpyxl writes an empty <v></v>, others leave
            // <v> out; either way, whatever the cell's type, there is no saved value to use
            return Cell.unsavedFormula(formula);
        }
        if (type == null || "n".equals(type)) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return Cell.number(Double.parseDouble(value), value);
            } catch (NumberFormatException e) {
                return Cell.text(value);
            }
        }
        return switch (type) {
            case "s" -> value == null ? null : Cell.text(sharedString(value));
            case "inlineStr" -> Cell.text(inline == null ? "" : XlsxWorkbook.unescape(inline.toString()));
            case "str" -> Cell.text(value == null ? "" : XlsxWorkbook.unescape(value));
            case "b" -> Cell.bool("1".equals(value));
            case "e" -> Cell.error(value == null ? "#ERROR" : value);
            case "d" -> Cell.text(value == null ? "" : value);
            default -> Cell.text(value == null ? "" : value);
        };
    }

    private String sharedString(String index) throws DamagedInputException {
        int i;
        try {
            i = Integer.parseInt(index.trim());
        } catch (NumberFormatException e) {
            i = -1;
        }
        if (i < 0 || i >= sharedStrings.size()) {
            throw damaged(currentRow, "a cell refers to text number " + index.trim() + " of the workbook's "
                    + sharedStrings.size() + " shared texts; the file is damaged", null);
        }
        return sharedStrings.get(i);
    }

    static int columnIndex(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return col - 1;
    }

    private static int lastRowOf(String ref) {
        if (ref == null) {
            return -1;
        }
        String last = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : ref;
        String digits = last.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Integer.parseInt(digits);
    }

    @Override
    public double progress() {
        return dimensionRows > 1 ? Math.min(1.0, (double) lastRow / dimensionRows) : -1;
    }

    @Override
    public void close() throws IOException {
        try {
            x.close();
        } catch (XMLStreamException e) {
            // closing a stream we have finished with
        }
        in.close();
    }
}
