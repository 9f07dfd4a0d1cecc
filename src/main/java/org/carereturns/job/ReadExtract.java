package org.carereturns.job;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.ExtractReader;
import org.carereturns.ingest.RawRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** The reader of one extract's step: the files come from the run's pre-flight plan when the step opens. */
class ReadExtract implements ItemStreamReader<RawRecord> {

    private final Extract extract;
    private final CurrentRun run;
    private ExtractReader delegate;

    ReadExtract(Extract extract, CurrentRun run) {
        this.extract = extract;
        this.run = run;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        RunContext ctx = run.get();
        delegate = new ExtractReader(ctx.plan().files(extract), file -> ctx.ledger().tally(file).blank(),
                ctx.progress());
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
            RunContext ctx = run.get();
            var files = ctx.plan().files(extract);
            for (int i = 0; i < files.size(); i++) {
                ctx.ledger().tally(files.get(i)).rowsBelowHeader(delegate.rowsBelowHeader(i));
            }
        }
    }

    @Override
    public void close() throws ItemStreamException {
        if (delegate != null) {
            delegate.close();
        }
    }
}
