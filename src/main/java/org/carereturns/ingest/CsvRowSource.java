package org.carereturns.ingest;

import java.io.BufferedReader;
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

    private final BufferedReader reader;
    private final long size;
    private long consumed;
    private int record;

    CsvRowSource(Path file) throws IOException {
        this.size = Files.size(file);
        InputStream counting = new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    consumed += n;
                }
                return n;
            }
        };
        this.reader = new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    @Override
    public SheetRow next() throws IOException {
        List<Cell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = reader.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int d = reader.read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (d != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(Cell.text(field.toString()));
                field.setLength(0);
            } else if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
                break;
            } else if (c == '\n') {
                break;
            } else {
                field.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        cells.add(Cell.text(field.toString()));
        return new SheetRow(++record, cells.toArray(new Cell[0]));
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
