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

import com.fasterxml.jackson.annotation.JsonFormat;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Records;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows one read step checked, kept in the staging folder for the steps after it, in the order
 * read: {@code <extract>.rows.jsonl} holds each row's account (where it came from, its IDs, the
 * rules it broke), {@code <extract>.records.jsonl} its typed record (null when rejected), line for
 * line. It is the seam between reading and computing: the read step appends each chunk and records
 * both files' lengths in its ExecutionContext when the chunk commits, so a restarted step cuts them
 * back to those lengths and reads on; the later steps stream them from the start, so memory does
 * not grow with the rows a return only counts. The rules across rows and the accounting read only
 * the rows; the returns read both. Jackson writes each row as a JSON array (its fields in declared
 * order): readable by anyone auditing a run, not tied to the classes of the version that wrote it
 * as Java serialisation is, and read back faster and smaller than JSON objects
 * (bench/store-benchmark.sh).
 */
public final class ExtractStore {

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    private interface AsArray {
    }

    private static final JsonMapper MAPPER = mapper();

    /** Every record of ours as an array. */
    private static JsonMapper mapper() {
        JsonMapper.Builder builder = JsonMapper.builder().addMixIn(StoredRow.class, AsArray.class)
                .addMixIn(StoredRow.StoredFinding.class, AsArray.class).addMixIn(Records.Person.class, AsArray.class)
                .addMixIn(Across.class, AsArray.class).addModule(SharedValues.module());
        for (Extract e : Extract.values()) {
            builder.addMixIn(e.recordType(), AsArray.class);
        }
        return builder.build();
    }

    private final Path rows;
    private final Path records;
    private final Path acrossRows;
    private final Class<?> recordType;

    public ExtractStore(Path folder, Extract extract) {
        this.rows = folder.resolve(extract.key() + ".rows.jsonl");
        this.records = folder.resolve(extract.key() + ".records.jsonl");
        this.acrossRows = folder.resolve(extract.key() + ".across-rows.jsonl");
        this.recordType = extract.recordType();
    }

    public Path file() {
        return rows;
    }

    /** The lengths of the two files, as a read step records them with each chunk. */
    public record Length(long rows, long records) {
    }

    /** Opens the store for the read step: cut back to what its last committed chunk recorded. */
    public Appender append(Length committed) throws IOException {
        Files.createDirectories(rows.getParent());
        cut(rows, committed.rows());
        cut(records, committed.records());
        return new Appender(committed);
    }

    private static void cut(Path file, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(Math.min(length, f.length()));
        }
    }

    /** What each row of a store is handed to. */
    @FunctionalInterface
    public interface Visitor {
        void row(StoredRow row) throws IOException;
    }

    /** What each row and its record (null when it was rejected) are handed to. */
    @FunctionalInterface
    public interface RecordVisitor {
        void row(StoredRow row, Object record) throws IOException;
    }

    /** Every row kept, in the order read, without the records; nothing when the extract was not read. */
    public void forEach(Visitor visitor) throws IOException {
        if (!Files.exists(rows)) {
            return;
        }
        try (Lines<StoredRow> in = new Lines<>(rows, StoredRow.class)) {
            for (StoredRow row = in.next(); row != null; row = in.next()) {
                visitor.row(row);
            }
        }
    }

    /** Every row kept with its record, in the order read. */
    public void forEachWithRecords(RecordVisitor visitor) throws IOException {
        if (!Files.exists(rows)) {
            return;
        }
        try (Lines<StoredRow> in = new Lines<>(rows, StoredRow.class);
             Lines<Object> kept = new Lines<>(records, recordType)) {
            for (StoredRow row = in.next(); row != null; row = in.next()) {
                visitor.row(row, kept.next());
            }
        }
    }

    /** One value a line, read back in order. */
    private static final class Lines<T> implements AutoCloseable {
        private final InputStream in;
        private final JsonParser parser;
        private final ObjectReader reader;

        Lines(Path file, Class<? extends T> type) throws IOException {
            this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            this.parser = MAPPER.createParser(in);
            this.reader = MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }

        /** The next value; null at the end (and for a line that holds null). */
        T next() {
            return parser.nextToken() == null ? null : reader.readValue(parser);
        }

        @Override
        public void close() throws IOException {
            parser.close();
            in.close();
        }
    }

    /**
     * The findings of the rules checked across rows (duplicate IDs, SVC-13), by the row's position in
     * the store; written whole when that phase completes, so a restart finds it complete or not at all.
     */
    public void writeAcrossRows(Map<Integer, List<StoredRow.StoredFinding>> findings) throws IOException {
        Files.createDirectories(acrossRows.getParent());
        Path part = acrossRows.resolveSibling(acrossRows.getFileName() + ".part");
        ObjectWriter writer = MAPPER.writerFor(Across.class);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part))) {
            for (var e : new TreeMap<>(findings).entrySet()) {
                out.write(writer.writeValueAsBytes(new Across(e.getKey(), e.getValue())));
                out.write('\n');
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
        try (Lines<Across> in = new Lines<>(acrossRows, Across.class)) {
            for (Across a = in.next(); a != null; a = in.next()) {
                out.put(a.position(), a.findings());
            }
        }
        return out;
    }

    /** One row's findings from the rules checked across rows. */
    record Across(int position, List<StoredRow.StoredFinding> findings) {
    }

    /** Appends rows, one line each to both files; {@link #length()} is what the step records. */
    public final class Appender implements AutoCloseable {

        private final Counting rowsOut;
        private final Counting recordsOut;
        private final ObjectWriter rowWriter = MAPPER.writerFor(StoredRow.class);
        private final ObjectWriter recordWriter = MAPPER.writerFor(recordType);

        private Appender(Length start) throws IOException {
            this.rowsOut = new Counting(Files.newOutputStream(rows, StandardOpenOption.APPEND), start.rows());
            this.recordsOut = new Counting(Files.newOutputStream(records, StandardOpenOption.APPEND), start.records());
        }

        public void add(StoredRow row, Object record) throws IOException {
            rowsOut.write(rowWriter.writeValueAsBytes(row));
            rowsOut.write('\n');
            recordsOut.write(record == null ? NULL : recordWriter.writeValueAsBytes(record));
            recordsOut.write('\n');
        }

        /** The bytes written so far to each file, flushed. */
        public Length length() throws IOException {
            rowsOut.flush();
            recordsOut.flush();
            return new Length(rowsOut.count, recordsOut.count);
        }

        @Override
        public void close() throws IOException {
            rowsOut.close();
            recordsOut.close();
        }
    }

    private static final byte[] NULL = "null".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out, long start) {
            super(new BufferedOutputStream(out, 1 << 16));
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
