package org.carereturns.job;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.RandomAccessFile;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of each committed chunk of a read step, kept beside the staging folder so that a run
 * killed mid-way can be resumed from its last committed chunk: the step's ExecutionContext records
 * the journal's length after each chunk, and a restart truncates to it and replays what it holds.
 */
final class Journal {

    /** One checked row, as much of it as the run's state needs. */
    record Entry(int fileIndex, int row, String recordId, String personId, Serializable record, List<String> rules,
                 boolean warning, boolean rejected, String exclusion) implements Serializable {
    }

    private final Path file;

    Journal(Path file) {
        this.file = file;
    }

    synchronized void append(List<Entry> chunk) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(chunk));
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(f.length());
            f.writeInt(bytes.size());
            f.write(bytes.toByteArray());
        }
    }

    long length() throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    /** Drops whatever was written after the last committed chunk. */
    void truncate(long length) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(Math.min(length, f.length()));
        }
    }

    /** The committed entries, in order. */
    @SuppressWarnings("unchecked")
    List<Entry> read(long upTo) throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            long read = 0;
            while (read < upTo) {
                int size;
                try {
                    size = in.readInt();
                } catch (EOFException e) {
                    break;
                }
                byte[] blob = in.readNBytes(size);
                read += 4 + size;
                try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(blob))) {
                    out.addAll((List<Entry>) objects.readObject());
                } catch (ClassNotFoundException e) {
                    throw new IOException("the journal holds an unknown record", e);
                }
            }
        }
        return out;
    }
}
