package org.carereturns.audit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/** run.log beside the outputs: what the run read, skipped and wrote, and how long each step took. */
public final class RunLog implements AutoCloseable {

    private final Writer out;
    private boolean closed;

    public RunLog(Path file, boolean append) throws IOException {
        this.out = append ? Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND) : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    public synchronized void line(String text) {
        if (closed) {
            return; // the log is published with the outputs; later steps have nothing left to add
        }
        try {
            out.write(OffsetDateTime.now().withNano(0) + "  " + text + "\n");
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("run.log cannot be written", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        out.close();
    }
}
