package org.carereturns.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carereturns.validation.Checked;
import org.carereturns.validation.Finding;

/**
 * rejected.csv: one line per finding, in the order the rows were read, so the same inputs give the
 * same bytes. Values that a spreadsheet would evaluate are neutralised.
 */
public final class RejectedCsv implements AutoCloseable {

    public static final String HEADER = "extract,file,sheet,row,record_id,person_id,rule,severity,column,value,message";

    private final Writer out;
    private final Path file;

    public RejectedCsv(Path file) throws IOException {
        this.file = file;
        this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        out.write(HEADER);
        out.write("\r\n");
    }

    /** Reopens the report of a run being resumed, dropping what was written after its last committed chunk. */
    private RejectedCsv(Path file, long committed) throws IOException {
        this.file = file;
        // never shorter than the header: a run that committed no chunk keeps it and nothing after it
        long header = HEADER.length() + 2;
        boolean rewriteHeader;
        try (var f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(Math.min(Math.max(committed, header), f.length()));
            rewriteHeader = f.length() < header; // killed before the header left the buffer
            if (rewriteHeader) {
                f.setLength(0);
            }
        }
        this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND), 1 << 16);
        if (rewriteHeader) {
            out.write(HEADER);
            out.write("\r\n");
        }
    }

    public static RejectedCsv resume(Path file, long committed) throws IOException {
        return new RejectedCsv(file, committed);
    }

    /** The bytes written so far (flushed), recorded with each committed chunk. */
    public long length() throws IOException {
        out.flush();
        return Files.size(file);
    }

    public void write(Checked<?> row) throws IOException {
        for (Finding f : row.findings()) {
            write(row.raw().file(), row.raw().row(), row.recordId(), row.personId(), f);
        }
    }

    /** One finding about one row, e.g. from a rule checked after the whole extract was read. */
    public void write(org.carereturns.ingest.InputFile file, int row, String recordId, String personId, Finding f)
            throws IOException {
        String[] fields = {file.extract().label(), file.name(), file.sheet(), Integer.toString(row),
                nullToEmpty(recordId), nullToEmpty(personId), f.rule().id(), f.rule().severity().label(), f.column(),
                shortened(f.value()), shortened(f.message())};
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(safe(fields[i])));
        }
        out.write("\r\n");
    }

    /** A value or message longer than this is cut in the report, saying so: the row number finds the whole. */
    static final int REPORT_LIMIT = 1_000;

    static String shortened(String text) {
        if (text == null || text.length() <= REPORT_LIMIT) {
            return text;
        }
        return text.substring(0, REPORT_LIMIT) + " … [cut short: " + text.length() + " characters in all]";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A leading =, +, -, @, tab or carriage return would start a formula: prefix an apostrophe. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    static String quote(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
