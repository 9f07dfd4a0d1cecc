package org.carereturns.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A generated extract's workbook, written row by row straight into the zip: a sheet of notes when
 * asked for, then the data sheet, with text in a shared-strings table as Excel saves it. Memory
 * holds the distinct texts of the file, never its rows (POI's XSSF holds the whole workbook; the
 * measured comparison with it and with SXSSF is in docs/decisions.md). Every entry carries a fixed time and the core properties a fixed creation date, so the same
 * seed gives the same bytes.
 */
final class StreamedXlsx implements Closeable {

    private static final long FIXED_TIME = 1_735_689_600_000L; // 2025-01-01T00:00:00Z
    private static final long EXCEL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final ZipOutputStream zip;
    private final Writer out;
    private final List<String> sheetNames = new ArrayList<>();
    private final Map<String, Integer> sharedIndex = new HashMap<>();
    private final List<String> shared = new ArrayList<>();
    private long sharedCount;
    private int row;
    private final StringBuilder line = new StringBuilder(512);

    /** Opens the file and writes the notes sheet, if any; rows then go to the data sheet. */
    StreamedXlsx(Path file, String dataSheet, List<String> notes) throws IOException {
        zip = new ZipOutputStream(Files.newOutputStream(file));
        out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        if (!notes.isEmpty()) {
            // a sheet of notes before the data, as some case systems export: it has no header row
            startSheet("Notes");
            for (String note : notes) {
                write(List.of(note));
            }
            endSheet();
        }
        startSheet(dataSheet);
    }

    /** Writes the next row of the sheet; nulls leave their cell out. */
    void write(List<?> values) throws IOException {
        row++;
        line.setLength(0);
        line.append("<row r=\"").append(row).append("\">");
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            line.append("<c r=\"");
            column(line, i);
            line.append(row).append('"');
            if (v instanceof LocalDate d) {
                line.append(" s=\"1\"><v>").append((double) (d.toEpochDay() - EXCEL_EPOCH_DAY));
            } else if (v instanceof Number n) {
                line.append("><v>").append(n.doubleValue());
            } else if (v instanceof SampleSheet.ErrorValue e) {
                line.append(" t=\"e\"><v>").append(e.code());
            } else {
                line.append(" t=\"s\"><v>").append(sharedString(v.toString()));
            }
            line.append("</v></c>");
        }
        line.append("</row>");
        out.append(line);
    }

    private int sharedString(String s) {
        sharedCount++;
        Integer i = sharedIndex.get(s);
        if (i == null) {
            i = shared.size();
            sharedIndex.put(s, i);
            shared.add(s);
        }
        return i;
    }

    private static void column(StringBuilder b, int index) {
        if (index >= 26) {
            column(b, index / 26 - 1);
        }
        b.append((char) ('A' + index % 26));
    }

    private void startSheet(String name) throws IOException {
        sheetNames.add(name);
        row = 0;
        entry("xl/worksheets/sheet" + sheetNames.size() + ".xml");
        out.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
    }

    private void endSheet() throws IOException {
        out.write("</sheetData></worksheet>");
    }

    private void entry(String name) throws IOException {
        out.flush();
        ZipEntry e = new ZipEntry(name);
        e.setTime(FIXED_TIME);
        zip.putNextEntry(e);
    }

    private void part(String name, String content) throws IOException {
        entry(name);
        out.write(content);
    }

    @Override
    public void close() throws IOException {
        endSheet();
        entry("xl/sharedStrings.xml");
        out.write(XML + "<sst xmlns=\"" + MAIN + "\" count=\"" + sharedCount + "\" uniqueCount=\"" + shared.size()
                + "\">");
        StringBuilder b = new StringBuilder();
        for (String s : shared) {
            b.setLength(0);
            boolean keepSpaces = !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                    || Character.isWhitespace(s.charAt(s.length() - 1)));
            b.append(keepSpaces ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            escape(b, s);
            b.append("</t></si>");
            out.append(b);
        }
        out.write("</sst>");
        part("xl/styles.xml", XML + "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs></styleSheet>");
        StringBuilder sheets = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        StringBuilder types = new StringBuilder();
        for (int i = 1; i <= sheetNames.size(); i++) {
            sheets.append("<sheet name=\"");
            escape(sheets, sheetNames.get(i - 1));
            sheets.append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        int n = sheetNames.size();
        part("xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>" + sheets
                + "</sheets></workbook>");
        part("xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + PKG_REL + "\">" + rels
                + "<Relationship Id=\"rId" + (n + 1) + "\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "<Relationship Id=\"rId" + (n + 2) + "\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        part("docProps/core.xml", XML + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
                + "metadata/core-properties\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/"
                + "2001/XMLSchema-instance\"><dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-01-01T00:00:00Z"
                + "</dcterms:created></cp:coreProperties>");
        part("_rels/.rels", XML + "<Relationships xmlns=\"" + PKG_REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + PKG_REL + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "</Relationships>");
        part("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.sheet.main+xml\"/>" + types
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package."
                + "core-properties+xml\"/></Types>");
        out.flush();
        zip.closeEntry();
        out.close();
    }

    /** XML text: markup characters escaped, and control characters XML 1.0 cannot hold left out. */
    private static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
    }
}
