package org.carereturns.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses a sheet on a second thread while the step validates what was already read: XML parsing is
 * a third of the work (stack.md's floor), and the machine has two cores. Rows keep their order; at
 * most a few thousand rows wait in the queue, so memory stays bounded; a failure while parsing is
 * rethrown to the reader.
 */
final class PrefetchingRowSource implements RowSource {

    private static final int BATCH = 512;
    private static final Object END = new Object();

    private final RowSource source;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final Thread producer;
    private volatile boolean closed;
    private List<SheetRow> batch = List.of();
    private int next;
    private boolean ended;

    PrefetchingRowSource(RowSource source, String name) {
        this.source = source;
        this.producer = new Thread(this::produce, "read " + name);
        producer.setDaemon(true);
        producer.start();
    }

    private void produce() {
        List<SheetRow> rows = new ArrayList<>(BATCH);
        try {
            SheetRow row;
            while (!closed && (row = source.next()) != null) {
                rows.add(row);
                if (rows.size() == BATCH) {
                    queue.put(rows);
                    rows = new ArrayList<>(BATCH);
                }
            }
            if (!rows.isEmpty()) {
                queue.put(rows);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            // an Error too (a hostile file can exhaust memory): the reader must hear of it, never hang. The
            // rows read before it are handed over first, so the reader knows where reading stopped.
            try {
                if (!rows.isEmpty()) {
                    queue.put(rows);
                }
                queue.put(e);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public SheetRow next() throws IOException {
        while (next >= batch.size()) {
            if (ended) {
                return null;
            }
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("reading was interrupted", e);
            }
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof IOException e) {
                throw e;
            }
            if (item instanceof RuntimeException e) {
                throw e;
            }
            if (item instanceof Error e) {
                throw e;
            }
            batch = (List<SheetRow>) item;
            next = 0;
        }
        return batch.get(next++);
    }

    @Override
    public double progress() {
        return source.progress();
    }

    @Override
    public boolean date1904() {
        return source.date1904();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        producer.interrupt();
        try {
            producer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
