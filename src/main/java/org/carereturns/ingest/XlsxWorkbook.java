package org.carereturns.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * An .xlsx workbook opened for streaming: POI's OPC package gives the parts, and this class reads
 * the workbook, shared strings and sheets with StAX, converting only what the extract needs.
 * (stack.md: POI's own SAX handlers are 6-8 times the XML parse floor; a lean StAX pass is closer.)
 */
public final class XlsxWorkbook implements AutoCloseable {

    static {
        // Sheet XML of repetitive extracts compresses very well; do not mistake it for a zip bomb.
        ZipSecureFile.setMinInflateRatio(0.001);
    }

    public record SheetInfo(String name, String relationId, boolean visible) {
    }

    private final String fileName;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final boolean date1904;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private SharedStrings sharedStrings;

    private XlsxWorkbook(Path file) throws InputRefusedException {
        this.fileName = file.getFileName().toString();
        try {
            this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new InputRefusedException(fileName, "the workbook is damaged or is not an Excel .xlsx file ("
                    + plain(e) + ")");
        }
        try {
            this.reader = new XSSFReader(pkg);
            try (InputStream in = reader.getWorkbookData()) {
                this.date1904 = readWorkbook(in);
            }
        } catch (Exception e) {
            pkg.revert();
            throw new InputRefusedException(fileName, "the workbook is damaged: its sheet list cannot be read ("
                    + plain(e) + ")");
        }
    }

    /** Opens a workbook, refusing old .xls files, password-protected and damaged workbooks in plain words. */
    public static XlsxWorkbook open(Path file) throws InputRefusedException {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) == 0) {
                throw new InputRefusedException(name, "the file is empty (0 bytes); export it again");
            }
        } catch (IOException e) {
            throw new InputRefusedException(name, "the file cannot be read (" + plain(e) + ")");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new InputRefusedException(name, "the file cannot be read (" + plain(e) + ")");
        }
        if (magic == FileMagic.OLE2) {
            throw new InputRefusedException(name, isEncrypted(file)
                    ? "the workbook is password-protected; save an unprotected copy as .xlsx"
                    : "this is an old Excel 97-2003 (.xls) workbook; open it in Excel and save it as .xlsx");
        }
        if (magic != FileMagic.OOXML) {
            throw new InputRefusedException(name, "this is not an Excel .xlsx workbook (the file starts like "
                    + describe(magic) + ")");
        }
        return new XlsxWorkbook(file);
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (Exception e) {
            return false;
        }
    }

    private static String describe(FileMagic magic) {
        return switch (magic) {
            case PDF -> "a PDF";
            case HTML -> "a web page";
            case XML -> "an XML file";
            case RTF -> "a Word RTF document";
            default -> "something else";
        };
    }

    /** An exception's message in plain words: its first line, without the Java class names libraries put in it. */
    static String plain(Throwable e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse(m).replaceAll("([a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(Exception|Error): ", "");
    }

    public static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    private boolean readWorkbook(InputStream in) throws XMLStreamException {
        XMLStreamReader x = xmlFactory().createXMLStreamReader(in);
        boolean is1904 = false;
        while (x.hasNext()) {
            if (x.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (x.getLocalName()) {
                case "workbookPr" -> {
                    String v = x.getAttributeValue(null, "date1904");
                    is1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                }
                case "sheet" -> {
                    String state = x.getAttributeValue(null, "state");
                    String rel = null;
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        if ("id".equals(x.getAttributeLocalName(i))) {
                            rel = x.getAttributeValue(i);
                        }
                    }
                    sheets.add(new SheetInfo(x.getAttributeValue(null, "name"), rel,
                            state == null || "visible".equals(state)));
                }
                default -> {
                }
            }
        }
        x.close();
        return is1904;
    }

    public List<SheetInfo> sheets() {
        return sheets;
    }

    public boolean date1904() {
        return date1904;
    }

    public String fileName() {
        return fileName;
    }

    public RowSource openSheet(SheetInfo sheet) throws IOException {
        try {
            return new XlsxRowSource(reader.getSheet(sheet.relationId()), sharedStrings(), date1904);
        } catch (Exception e) {
            // the callers name the file: the refusal and the damaged-file message both begin with it
            throw new IOException("sheet '" + Names.printable(sheet.name()) + "' cannot be read (" + plain(e) + ")", e);
        }
    }

    private SharedStrings sharedStrings() throws IOException {
        if (sharedStrings == null) {
            sharedStrings = new SharedStrings();
            try (InputStream in = reader.getSharedStringsData()) {
                readSharedStrings(in, sharedStrings);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | XMLStreamException e) {
                throw new IOException("the shared strings cannot be read (" + plain(e) + ")", e);
            } catch (SharedStrings.TooLarge e) {
                throw new IOException("the workbook is too large to read: " + e.getMessage(), e);
            } catch (NullPointerException | IllegalArgumentException e) {
                // a workbook with no shared strings part (every string inline)
            }
        }
        return sharedStrings;
    }

    private static void readSharedStrings(InputStream in, SharedStrings out) throws XMLStreamException,
            SharedStrings.TooLarge {
        if (in == null) {
            return;
        }
        XMLStreamReader x = xmlFactory().createXMLStreamReader(in);
        StringBuilder current = null;
        int phonetic = 0;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String n = x.getLocalName();
                if ("si".equals(n)) {
                    current = new StringBuilder();
                } else if ("rPh".equals(n)) {
                    phonetic++;
                } else if ("t".equals(n) && phonetic == 0 && current != null) {
                    current.append(x.getElementText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String n = x.getLocalName();
                if ("si".equals(n) && current != null) {
                    out.add(unescape(current.toString()));
                    current = null;
                } else if ("rPh".equals(n)) {
                    phonetic--;
                }
            }
        }
        x.close();
    }

    /**
     * Decodes OOXML's escapes for characters XML cannot hold ({@code _x0001_} is U+0001; {@code _x005F_}
     * escapes the underscore itself), so a control character is seen as one, not read as literal text.
     */
    static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 7 <= s.length() && s.startsWith("_x", i) && s.charAt(i + 6) == '_' && isHex(s, i + 2, i + 6)) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                b.append(s.charAt(i++));
            }
        }
        return b.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        pkg.revert(); // opened read-only: never write anything back
    }
}
