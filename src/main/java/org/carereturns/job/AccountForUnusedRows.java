package org.carereturns.job;

import org.carereturns.salt.ReviewEntry;
import org.carereturns.salt.SaltCalculator;
import org.carereturns.salt.ServiceIndex;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Once every return is computed: each valid service, review and population row that decided no
 * figure is counted as excluded, with the reason, so every file still balances.
 */
class AccountForUnusedRows implements Tasklet {

    private final CurrentRun run;

    AccountForUnusedRows(CurrentRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext ctx = run.get();
        SaltCalculator calculator = ctx.saltCalculator();
        ServiceIndex services = ctx.services();
        if (calculator != null) {
            for (ServiceIndex.Entry e : services.entries()) {
                String reason = services.isRejected(e) ? null : calculator.exclusion(e);
                exclude(ctx, e.source(), reason);
            }
        }
        for (ReviewEntry r : ctx.reviews()) {
            exclude(ctx, r.source(), ctx.salt() == null ? "SALT not produced: " + ctx.saltSkipped()
                    : calculator.exclusion(r));
        }
        if (ctx.sacCalculator() != null) {
            for (var c : ctx.concerns()) {
                exclude(ctx, c.source(), ctx.sacCalculator().exclusion(c));
            }
        }
        for (RunContext.PopulationEntry p : ctx.population()) {
            String reason = ctx.ascof() == null && ctx.sac() == null
                    ? "no measure uses the population: neither ASCOF nor SAC is produced"
                    : p.row().age() < 18 ? "aged under 18: used by no measure" : null;
            exclude(ctx, p.source(), reason);
        }
        return RepeatStatus.FINISHED;
    }

    private static void exclude(RunContext ctx, org.carereturns.ingest.Source source, String reason) {
        if (reason != null) {
            ctx.ledger().tally(source.file()).reclassifyUsedAsExcluded(reason);
        }
    }
}
