package org.carereturns.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes real .xlsx and .csv files for tests, row by row, as a case system's export would look. */
public final class TestFiles {

    /** An error cell such as #N/A. */
    public record Error(String code) {
    }

    /** A formula with its cached value. */
    public record Formula(String formula, Object cached) {
    }

    private TestFiles() {
    }

    public static final class Workbook {
        private final XSSFWorkbook wb = new XSSFWorkbook();
        private final CellStyle dateStyle;
        private Sheet sheet;
        private int next;

        private Workbook() {
            dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        }

        public Workbook sheet(String name) {
            sheet = wb.createSheet(name);
            next = 0;
            return this;
        }

        public Workbook hidden() {
            wb.setSheetHidden(wb.getSheetIndex(sheet), true);
            return this;
        }

        /** Marks the workbook as using the 1904 date system (Mac Excel). */
        public Workbook date1904() {
            wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            return this;
        }

        public Workbook row(Object... values) {
            Row r = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                var cell = r.createCell(i);
                if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (v instanceof Error e) {
                    cell.setCellErrorValue(FormulaError.forString(e.code()).getCode());
                } else if (v instanceof Formula f) {
                    cell.setCellFormula(f.formula());
                    if (f.cached() instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(String.valueOf(f.cached()));
                    }
                } else {
                    cell.setCellValue(v.toString());
                }
            }
            return this;
        }

        public Workbook rows(List<Object[]> rows) {
            rows.forEach(this::row);
            return this;
        }

        public Workbook skip(int rows) {
            next += rows;
            return this;
        }

        public Path save(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.close();
            return file;
        }
    }

    /** The heading row of a table written through the workbook kit (below its title block). */
    public static Row headings(Sheet sheet) {
        return sheet.getRow(org.carereturns.workbook.Sheets.HEADING_ROW);
    }

    /**
     * The rows of a table written through the workbook kit: those below its headings, up to the blank
     * line before its notes.
     */
    public static List<Row> dataRows(Sheet sheet) {
        List<Row> out = new ArrayList<>();
        for (int r = org.carereturns.workbook.Sheets.HEADING_ROW + 1; sheet.getRow(r) != null
                && sheet.getRow(r).getCell(0) != null; r++) {
            out.add(sheet.getRow(r));
        }
        return out;
    }

    /** The text beside a label on an About sheet (its items come before the table of inputs). */
    public static String about(Sheet about, String label) {
        for (Row row : about) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(label) && row.getCell(1) != null) {
                return row.getCell(1).getStringCellValue();
            }
        }
        return null;
    }

    public static Workbook workbook(String sheet) {
        return new Workbook().sheet(sheet);
    }

    /** Rewrites the XML of the first worksheet of a workbook, byte for byte otherwise. */
    public static void editSheet(Path xlsx, UnaryOperator<String> edit) throws IOException {
        editEntry(xlsx, "xl/worksheets/sheet1.xml", edit);
    }

    public static void editEntry(Path xlsx, String entry, UnaryOperator<String> edit) throws IOException {
        Path copy = xlsx.resolveSibling(xlsx.getFileName() + ".tmp");
        rewriteEntry(xlsx, copy, entry, (xml, out) -> out.write(edit.apply(xml).getBytes(StandardCharsets.UTF_8)));
        Files.move(copy, xlsx, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes the rest of a zip entry's new content, given the entry's old text. */
    public interface EntryWriter {
        void write(String old, java.io.OutputStream out) throws IOException;
    }

    /**
     * Copies a workbook to {@code to}, entry by entry, writing {@code entry} through {@code writer}: for
     * test files too large to build as one string (millions of shared strings, a cell of megabytes).
     */
    public static void rewriteEntry(Path from, Path to, String entry, EntryWriter writer) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    writer.write(new String(bytes, StandardCharsets.UTF_8), out);
                } else {
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
    }

    public static Path csv(Path file, boolean bom, List<Object[]> rows) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder b = new StringBuilder(bom ? "\uFEFF" : "");
        for (Object[] row : rows) {
            List<String> fields = new ArrayList<>();
            for (Object v : row) {
                String s = v == null ? "" : v.toString();
                fields.add(s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s);
            }
            b.append(String.join(",", fields)).append("\r\n");
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }

    public static Object[] r(Object... values) {
        return values;
    }

    public static List<Object[]> rows(Object[]... rows) {
        return new ArrayList<>(Arrays.asList(rows));
    }
}
