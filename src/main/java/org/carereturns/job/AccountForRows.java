package org.carereturns.job;

import org.carereturns.ingest.Records;
import org.carereturns.salt.ReviewEntry;
import org.carereturns.salt.Source;
import org.carereturns.validation.Checked;
import org.carereturns.validation.Finding;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Accounts for every checked row: its findings go to rejected.csv, the row is tallied for its
 * file, and a used row is handed to the returns that need it.
 */
class AccountForRows implements ItemWriter<Checked<?>> {

    private final CurrentRun run;

    AccountForRows(CurrentRun run) {
        this.run = run;
    }

    @Override
    public void write(Chunk<? extends Checked<?>> chunk) throws Exception {
        RunContext ctx = run.get();
        ctx.heartbeat();
        for (Checked<?> row : chunk) {
            ctx.rejected().write(row);
            for (Finding f : row.findings()) {
                ctx.countFinding(f.rule().id());
            }
            ctx.ledger().account(row);
            if (!row.rejected() && !row.excluded()) {
                collect(ctx, row);
            }
        }
    }

    private static void collect(RunContext ctx, Checked<?> row) {
        Source source = new Source(row.raw().file(), row.raw().row(), row.recordId(), row.personId());
        switch (row.raw().extract()) {
            case SERVICES -> ctx.services().add((Records.Service) row.record(), source);
            case CONTACTS -> ctx.contacts().add((Records.Contact) row.record());
            case REVIEWS -> ctx.reviews().add(new ReviewEntry((Records.Review) row.record(), source));
            case SAFEGUARDING -> ctx.concerns().add(new org.carereturns.sac.ConcernEntry((Records.Concern) row.record(),
                    source));
            case CARE_LEAVERS -> ctx.careLeavers().add((Records.CareLeaver) row.record());
            case POPULATION -> ctx.population().add(new RunContext.PopulationEntry((Records.PopulationRow) row.record(),
                    source));
            default -> {
            }
        }
    }
}
