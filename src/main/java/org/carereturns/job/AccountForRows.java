package org.carereturns.job;

import org.carereturns.validation.Checked;
import org.carereturns.validation.Finding;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Accounts for every checked row: its findings go to rejected.csv, and the row is tallied for its file. */
class AccountForRows implements ItemWriter<Checked<?>> {

    private final CurrentRun run;

    AccountForRows(CurrentRun run) {
        this.run = run;
    }

    @Override
    public void write(Chunk<? extends Checked<?>> chunk) throws Exception {
        RunContext ctx = run.get();
        for (Checked<?> row : chunk) {
            ctx.rejected().write(row);
            for (Finding f : row.findings()) {
                ctx.countFinding(f.rule().id());
            }
            ctx.ledger().account(row);
        }
    }
}
