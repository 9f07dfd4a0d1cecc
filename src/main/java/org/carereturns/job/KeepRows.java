package org.carereturns.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputFile;
import org.carereturns.store.ExtractStore;
import org.carereturns.store.StoredRow;
import org.carereturns.validation.Checked;
import org.carereturns.validation.Finding;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * The writer of a read step: every checked row goes to the extract's store, and the store's length
 * is saved with each committed chunk. A restarted step cuts the store back to that length, so the
 * rows of a chunk that never committed are not kept twice.
 */
class KeepRows implements ItemStreamWriter<Checked<?>> {

    static final String LENGTH = "store.length";
    static final String RECORDS_LENGTH = "store.records.length";
    static final String ROWS = "store.rows";

    private final Extract extract;
    private final List<InputFile> files;
    private final ExtractStore store;
    private final HeldLocks locks;
    private ExtractStore.Appender appender;
    private long rows;
    private int chunks;

    KeepRows(Extract extract, RunInputs inputs, Stores stores, HeldLocks locks) {
        this.extract = extract;
        this.files = inputs.plan().files(extract);
        this.store = stores.of(extract);
        this.locks = locks;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        rows = context.getLong(ROWS, 0);
        try {
            appender = store.append(new ExtractStore.Length(context.getLong(LENGTH, 0),
                    context.getLong(RECORDS_LENGTH, 0)));
        } catch (IOException e) {
            throw new ItemStreamException("the rows read cannot be kept in " + store.file(), e);
        }
    }

    @Override
    public void write(Chunk<? extends Checked<?>> chunk) throws IOException {
        locks.heartbeat();
        for (Checked<?> row : chunk) {
            appender.add(stored(row), row.record());
        }
        rows += chunk.size();
        FaultPoint.reached("chunk:" + ReturnsJobConfig.readStepName(extract) + ":" + ++chunks);
    }

    private StoredRow stored(Checked<?> row) {
        List<StoredRow.StoredFinding> findings = new ArrayList<>(row.findings().size());
        for (Finding f : row.findings()) {
            findings.add(stored(f));
        }
        return new StoredRow(files.indexOf(row.raw().file()), row.raw().row(), row.recordId(), row.personId(),
                findings.isEmpty() ? null : findings, row.exclusion(), row.rejected());
    }

    /** A finding as the store keeps it: the rule by its ID. */
    static StoredRow.StoredFinding stored(Finding f) {
        return new StoredRow.StoredFinding(f.rule().id(), f.column(), f.value(), f.message());
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        try {
            ExtractStore.Length length = appender.length();
            context.putLong(LENGTH, length.rows());
            context.putLong(RECORDS_LENGTH, length.records());
            context.putLong(ROWS, rows);
        } catch (IOException e) {
            throw new ItemStreamException("the rows read cannot be kept in " + store.file(), e);
        }
    }

    @Override
    public void close() throws ItemStreamException {
        try {
            if (appender != null) {
                appender.close();
            }
        } catch (IOException e) {
            throw new ItemStreamException("the rows read cannot be kept in " + store.file(), e);
        }
    }
}
