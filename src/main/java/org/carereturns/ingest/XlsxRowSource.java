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

    private final InputStream in;
    private final XMLStreamReader x;
    private final List<String> sharedStrings;
    private final boolean date1904;
    private int lastRow;
    private int dimensionRows = -1;
    private int currentRow;
    private final List<Cell> rowCells = new ArrayList<>();

    XlsxRowSource(InputStream in, List<String> sharedStrings, boolean date1904) throws XMLStreamException {
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
                    currentRow = r == null ? currentRow + 1 : Integer.parseInt(r);
                    return readRow();
                } else if ("dimension".equals(name)) {
                    dimensionRows = lastRowOf(x.getAttributeValue(null, "ref"));
                }
            }
            return null;
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException("the sheet is damaged near row " + (currentRow + 1) + " ("
                    + XlsxWorkbook.plain(e) + ")", e);
        }
    }

    private SheetRow readRow() throws XMLStreamException {
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
                Cell cell = readCell(x.getAttributeValue(null, "t"));
                while (rowCells.size() < column) {
                    rowCells.add(null);
                }
                rowCells.add(cell);
            }
        }
        lastRow = currentRow;
        return new SheetRow(currentRow, rowCells.toArray(new Cell[0]));
    }

    /** Reads from just after the start of a {@code c} element to its end. */
    private Cell readCell(String type) throws XMLStreamException {
        String value = null;
        StringBuilder inline = null;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String n = x.getLocalName();
                if ("v".equals(n)) {
                    value = x.getElementText();
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
            case "inlineStr" -> Cell.text(inline == null ? "" : inline.toString());
            case "str" -> Cell.text(value == null ? "" : value);
            case "b" -> Cell.bool("1".equals(value));
            case "e" -> Cell.error(value == null ? "#ERROR" : value);
            case "d" -> Cell.text(value == null ? "" : value);
            default -> Cell.text(value == null ? "" : value);
        };
    }

    private String sharedString(String index) {
        int i = Integer.parseInt(index.trim());
        return i >= 0 && i < sharedStrings.size() ? sharedStrings.get(i) : "";
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
