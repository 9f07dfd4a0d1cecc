package org.carereturns.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one generated extract as .xlsx or .csv, keeping count of physical rows so the ground truth
 * can name them. Workbooks are re-packed with fixed timestamps: the same seed gives the same bytes.
 */
final class SampleSheet implements Closeable {

    /** A spreadsheet error value such as #N/A, as a case system's formula export might leave. */
    record ErrorValue(String code) {
    }

    private static final long FIXED_TIME = 1_735_689_600_000L; // 2025-01-01T00:00:00Z

    private final Path file;
    private final boolean csv;
    private final List<String> headers;
    private Workbook wb;
    private Sheet sheet;
    private CellStyle dateStyle;
    private BufferedWriter out;
    private int row;

    SampleSheet(Path file, String sheetName, List<String> titleLines, List<String> headers, boolean streaming,
                boolean bom, List<String> notesSheet) throws IOException {
        this.file = file;
        this.headers = headers;
        this.csv = file.getFileName().toString().endsWith(".csv");
        if (csv) {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            if (bom) {
                out.write('\uFEFF');
            }
        } else {
            wb = streaming ? new SXSSFWorkbook(200) : new XSSFWorkbook();
            if (!notesSheet.isEmpty()) {
                // a sheet of notes before the data, as some case systems export: it has no header row
                Sheet notes = wb.createSheet("Notes");
                for (int i = 0; i < notesSheet.size(); i++) {
                    notes.createRow(i).createCell(0).setCellValue(notesSheet.get(i));
                }
            }
            sheet = wb.createSheet(sheetName);
            dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        }
        for (String title : titleLines) {
            write(title.isEmpty() ? List.of() : List.of(title));
        }
        write(List.copyOf(headers));
    }

    /** Writes a row and returns its physical row number (Excel's, or the CSV record number). */
    int write(List<?> values) throws IOException {
        row++;
        if (csv) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(csvField(values.get(i)));
            }
            out.write(b.toString());
            out.write("\r\n");
            return row;
        }
        Row r = sheet.createRow(row - 1);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            var cell = r.createCell(i);
            if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof ErrorValue e) {
                cell.setCellErrorValue(FormulaError.forString(e.code()).getCode());
            } else {
                cell.setCellValue(v.toString());
            }
        }
        return row;
    }

    int blank() throws IOException {
        return write(java.util.Collections.nCopies(headers.size(), ""));
    }

    private static String csvField(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof LocalDate d ? d.toString()
                : v instanceof ErrorValue e ? e.code()
                : v instanceof Double dbl && dbl == Math.rint(dbl) ? Long.toString(dbl.longValue())
                : v.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public void close() throws IOException {
        if (csv) {
            out.close();
            return;
        }
        Path raw = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(raw)) {
            XSSFWorkbook x = wb instanceof SXSSFWorkbook s ? s.getXSSFWorkbook() : (XSSFWorkbook) wb;
            x.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(FIXED_TIME)));
            wb.write(o);
        } finally {
            wb.close();
        }
        repack(raw, file);
        Files.delete(raw);
    }

    /** Copies a zip with every entry's time fixed, so the bytes depend only on the content. */
    static void repack(Path from, Path to) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile());
             ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(FIXED_TIME);
                zout.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    copyEntry(data, zout);
                }
                zout.closeEntry();
            }
        }
    }

    private static void copyEntry(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
        }
    }
}
