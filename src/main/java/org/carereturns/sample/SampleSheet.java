package org.carereturns.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes one generated extract as .xlsx or .csv, keeping count of physical rows so the ground truth
 * can name them. Workbooks are streamed (StreamedXlsx): the same seed gives the same bytes.
 */
final class SampleSheet implements Closeable {

    /** A spreadsheet error value such as #N/A, as a case system's formula export might leave. */
    record ErrorValue(String code) {
    }

    private final boolean csv;
    private final List<String> headers;
    private StreamedXlsx workbook;
    private BufferedWriter out;
    private int row;

    SampleSheet(Path file, String sheetName, List<String> titleLines, List<String> headers, boolean bom,
                List<String> notesSheet) throws IOException {
        this.headers = headers;
        this.csv = file.getFileName().toString().endsWith(".csv");
        if (csv) {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            if (bom) {
                out.write('\uFEFF');
            }
        } else {
            workbook = new StreamedXlsx(file, sheetName, notesSheet);
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
        workbook.write(values);
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
        workbook.close();
    }
}
