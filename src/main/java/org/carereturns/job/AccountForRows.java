package org.carereturns.job;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Records;
import org.carereturns.salt.ReviewEntry;
import org.carereturns.ingest.Source;
import org.carereturns.validation.Checked;
import org.carereturns.validation.Finding;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Accounts for every checked row: its findings go to rejected.csv, the row is tallied for its
 * file, a used row is handed to the returns that need it, and the chunk is journalled so that a
 * run killed later can resume after it.
 */
class AccountForRows implements ItemStreamWriter<Checked<?>> {

    private final Extract extract;
    private final CurrentRun run;
    private int chunks;

    AccountForRows(Extract extract, CurrentRun run) {
        this.extract = extract;
        this.run = run;
    }

    @Override
    public void write(Chunk<? extends Checked<?>> chunk) throws Exception {
        RunContext ctx = run.get();
        ctx.heartbeat();
        List<Journal.Entry> journal = new ArrayList<>(chunk.size());
        var files = ctx.plan().files(extract);
        for (Checked<?> row : chunk) {
            ctx.rejected().write(row);
            List<String> rules = new ArrayList<>(row.findings().size());
            for (Finding f : row.findings()) {
                ctx.countFinding(f.rule().id());
                rules.add(f.rule().id());
            }
            ctx.ledger().account(row);
            if (!row.rejected() && !row.excluded()) {
                collect(ctx, row.raw().extract(), row.record(), source(row));
            }
            journal.add(new Journal.Entry(files.indexOf(row.raw().file()), row.raw().row(), row.recordId(),
                    row.personId(), (Serializable) row.record(), rules,
                    row.findings().stream().anyMatch(f -> !f.isError()), row.rejected(), row.exclusion()));
        }
        ctx.journal(extract).append(journal);
        FaultPoint.reached("chunk:" + ReturnsJobConfig.readStepName(extract) + ":" + ++chunks);
    }

    private static Source source(Checked<?> row) {
        return new Source(row.raw().file(), row.raw().row(), row.recordId(), row.personId());
    }

    /** Hands a used row to the returns that need it (also used when a resumed run replays its journal). */
    static void collect(RunContext ctx, Extract extract, Object record, Source source) {
        switch (extract) {
            case SERVICES -> ctx.services().add((Records.Service) record, source);
            case CONTACTS -> ctx.contacts().add((Records.Contact) record);
            case REVIEWS -> ctx.reviews().add(new ReviewEntry((Records.Review) record, source));
            case SAFEGUARDING -> ctx.concerns().add(new org.carereturns.sac.ConcernEntry((Records.Concern) record, source));
            case CARE_LEAVERS -> ctx.careLeavers().add((Records.CareLeaver) record);
            case POPULATION -> ctx.population().add(new RunContext.PopulationEntry((Records.PopulationRow) record, source));
        }
    }

    /** Recorded with each committed chunk: how far the journal and rejected.csv are committed. */
    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        RunContext ctx = run.get();
        try {
            context.putLong("journal.length", ctx.journal(extract).length());
            context.putLong("rejected.length", ctx.rejected().length());
        } catch (IOException e) {
            throw new ItemStreamException("the run's journal cannot be read", e);
        }
    }
}
