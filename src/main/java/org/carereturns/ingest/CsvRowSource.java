package org.carereturns.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams an RFC 4180 CSV file (UTF-8, with or without a byte-order mark). Row numbers are record
 * numbers with the first record = 1, so a quoted field spanning lines does not shift them.
 */
final class CsvRowSource implements RowSource {

    /** Decoded text, read through a buffer of this class's own: a synchronised read per character is slow. */
    private final java.io.Reader reader;
    private final char[] buffer = new char[1 << 16];
    private int at;
    private int end;
    private final long size;
    private long consumed;
    private int record;
    private long line = 1;
    private final String expectedSha256;
    private final java.security.MessageDigest digest;

    CsvRowSource(Path file) throws IOException {
        this(file, null);
    }

    /**
     * With {@code expectedSha256}, the bytes are hashed as they are read and, at the end, must be the
     * file the pre-flight checked: an export replacing the file mid-run is caught, not recorded wrongly.
     */
    CsvRowSource(Path file, String expectedSha256) throws IOException {
        this.size = Files.size(file);
        this.expectedSha256 = expectedSha256;
        try {
            this.digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        InputStream counting = new FilterInputStream(new java.security.DigestInputStream(Files.newInputStream(file),
                digest)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    consumed += n;
                }
                return n;
            }
        };
        this.reader = new InputStreamReader(counting, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        if (peek() == '\uFEFF') {
            at++;
        }
    }

    /** The next character, or -1 at the end. */
    private int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            at++;
        }
        return c;
    }

    /** The next character without taking it, or -1 at the end. */
    private int peek() throws IOException {
        if (at == end) {
            int n = reader.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return -1;
            }
            at = 0;
            end = n;
        }
        return buffer[at];
    }

    /** An empty field: a CLD file's rows are mostly empty fields, and a cell is a value that can be shared. */
    private static final Cell EMPTY = Cell.text("");

    private static Cell cell(StringBuilder field) {
        return field.length() == 0 ? EMPTY : Cell.text(field.toString());
    }

    /** A quoted field running past this many line breaks has lost its closing quote. */
    static final int MAX_LINES_IN_FIELD = 50;
    /**
     * Nor a field longer than this (30 times Excel's limit for one cell): past it the file is not an
     * extract, and reading on would only fill memory.
     */
    static final int MAX_FIELD_CHARS = 1_000_000;

    /**
     * One record. A quote opens a quoted field only at the start of a field (RFC 4180); elsewhere, as
     * in {@code Client said 5'10" tall}, it is an ordinary character. A quoted field that never closes,
     * or runs on past a sane length, is reported with the record and line where it opened, rather than
     * silently swallowing the rows after it.
     */
    @Override
    public SheetRow next() throws IOException {
        List<Cell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atFieldStart = true;
        boolean any = false;
        long openedOnLine = 0;
        int linesInField = 0;
        int c;
        while ((c = read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        at++;
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                        if (++linesInField > MAX_LINES_IN_FIELD) {
                            throw unclosed(openedOnLine, "runs on over " + MAX_LINES_IN_FIELD + " lines");
                        }
                    }
                    if (field.length() >= MAX_FIELD_CHARS) {
                        throw unclosed(openedOnLine, "runs on past " + MAX_FIELD_CHARS + " characters");
                    }
                    field.append((char) c);
                }
                continue;
            }
            if (c == '"' && atFieldStart) {
                quoted = true;
                openedOnLine = line;
                linesInField = 0;
                atFieldStart = false;
            } else if (c == ',') {
                cells.add(cell(field));
                field.setLength(0);
                atFieldStart = true;
            } else if (c == '\r') {
                if (peek() == '\n') {
                    at++;
                }
                line++;
                break;
            } else if (c == '\n') {
                line++;
                break;
            } else {
                if (field.length() >= MAX_FIELD_CHARS) {
                    throw new DamagedInputException("", "", record + 1, "a field runs past " + MAX_FIELD_CHARS
                            + " characters without a comma or line break; this is not an extract", null);
                }
                field.append((char) c);
                atFieldStart = false;
            }
        }
        if (quoted) {
            throw unclosed(openedOnLine, "is never closed: the file ends inside it");
        }
        if (!any) {
            checkHash();
            return null;
        }
        cells.add(cell(field));
        return new SheetRow(++record, cells.toArray(new Cell[0]));
    }

    private void checkHash() throws DamagedInputException {
        if (expectedSha256 == null || expectedSha256.isEmpty()) {
            return;
        }
        String read = java.util.HexFormat.of().formatHex(digest.digest());
        if (!read.equals(expectedSha256)) {
            throw new DamagedInputException("", "", record, ExtractReader.changed(expectedSha256, read), null);
        }
    }

    private DamagedInputException unclosed(long openedOnLine, String what) {
        return new DamagedInputException("", "", record + 1, "a quoted field opened on line " + openedOnLine
                + " " + what + "; a closing quote mark is missing, or a stray one opens the field", null);
    }

    @Override
    public double progress() {
        return size > 0 ? Math.min(1.0, (double) consumed / size) : -1;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
