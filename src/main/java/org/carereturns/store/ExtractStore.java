package org.carereturns.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carereturns.ingest.Extract;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows one read step checked, kept in the staging folder for the steps after it: one JSON line a
 * row, in the order read, written by Jackson. It is the seam between reading and computing: the read
 * step appends each chunk and records the store's length in its ExecutionContext when the chunk
 * commits, so a restarted step cuts the store back to that length and reads on; the compute and
 * accounting steps stream it from the start, so memory does not grow with the rows a return only
 * counts. JSON lines rather than Java serialisation: readable by anyone auditing a run, and not
 * tied to the classes of the version that wrote it.
 */
public final class ExtractStore {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Path file;
    private final Path acrossRows;
    private final JavaType type;

    public ExtractStore(Path folder, Extract extract) {
        this.file = folder.resolve(extract.key() + ".jsonl");
        this.acrossRows = folder.resolve(extract.key() + ".across-rows.jsonl");
        this.type = MAPPER.getTypeFactory().constructParametricType(StoredRow.class, extract.recordType());
    }

    public Path file() {
        return file;
    }

    /** Opens the store for the read step: cut back to what its last committed chunk recorded (0: empty). */
    public Appender append(long committed) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(Math.min(committed, f.length()));
        }
        return new Appender(Files.newOutputStream(file, StandardOpenOption.APPEND), committed);
    }

    /** What each row of a store is handed to. */
    @FunctionalInterface
    public interface Visitor {
        void row(StoredRow<?> row) throws IOException;
    }

    /** Every row kept, in the order read; nothing when the extract was not read. */
    public void forEach(Visitor visitor) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        ObjectReader reader = MAPPER.readerFor(type);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             MappingIterator<StoredRow<?>> rows = reader.readValues(in)) {
            while (rows.hasNextValue()) {
                visitor.row(rows.nextValue());
            }
        }
    }

    /**
     * The findings of the rules checked across rows (duplicate IDs, SVC-13), by the row's position in
     * the store; written whole when that phase completes, so a restart finds it complete or not at all.
     */
    public void writeAcrossRows(Map<Integer, List<StoredRow.StoredFinding>> findings) throws IOException {
        Files.createDirectories(acrossRows.getParent());
        Path part = acrossRows.resolveSibling(acrossRows.getFileName() + ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part));
             SequenceWriter lines = MAPPER.writerFor(Across.class).withRootValueSeparator("\n").writeValues(out)) {
            for (var e : new TreeMap<>(findings).entrySet()) {
                lines.write(new Across(e.getKey(), e.getValue()));
            }
        }
        Files.move(part, acrossRows, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The findings {@link #writeAcrossRows} wrote, by position; empty when there are none. */
    public Map<Integer, List<StoredRow.StoredFinding>> acrossRows() throws IOException {
        Map<Integer, List<StoredRow.StoredFinding>> out = new TreeMap<>();
        if (!Files.exists(acrossRows)) {
            return out;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(acrossRows));
             MappingIterator<Across> rows = MAPPER.readerFor(Across.class).readValues(in)) {
            while (rows.hasNextValue()) {
                Across a = rows.nextValue();
                out.put(a.position(), a.findings());
            }
        }
        return out;
    }

    /** One row's findings from the rules checked across rows. */
    record Across(int position, List<StoredRow.StoredFinding> findings) {
    }

    /** Appends rows, one line each; {@link #length()} is what the step records when its chunk commits. */
    public final class Appender implements AutoCloseable {

        private final Counting out;
        private final ObjectWriter writer = MAPPER.writerFor(type);

        private Appender(OutputStream file, long start) {
            this.out = new Counting(new BufferedOutputStream(file, 1 << 16), start);
        }

        public void add(StoredRow<?> row) throws IOException {
            out.write(writer.writeValueAsBytes(row));
            out.write('\n');
        }

        /** The bytes written so far, flushed to the file. */
        public long length() throws IOException {
            out.flush();
            return out.count;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out, long start) {
            super(out);
            this.count = start;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
