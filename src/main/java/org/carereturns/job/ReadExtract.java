package org.carereturns.job;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.ExtractReader;
import org.carereturns.ingest.RawRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The reader of one extract's step: its files from the pre-flight's plan. It saves its place (file,
 * row, and each file's blank rows and rows below the header) with every committed chunk, so a
 * restarted step reads on from there, and the accounting step finds the counts when it checks them.
 */
class ReadExtract implements ItemStreamReader<RawRecord> {

    private final Extract extract;
    private final RunInputs inputs;
    private ExtractReader delegate;

    ReadExtract(Extract extract, RunInputs inputs) {
        this.extract = extract;
        this.inputs = inputs;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        delegate = new ExtractReader(inputs.plan().files(extract), inputs.progress());
        delegate.open(context);
    }

    @Override
    public RawRecord read() throws Exception {
        return delegate.read();
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        if (delegate != null) {
            delegate.update(context);
        }
    }

    @Override
    public void close() throws ItemStreamException {
        if (delegate != null) {
            delegate.close();
        }
    }
}
