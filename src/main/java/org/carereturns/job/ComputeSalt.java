package org.carereturns.job;

import org.carereturns.salt.ReviewEntry;
import org.carereturns.salt.SaltCalculator;
import org.carereturns.salt.ServiceIndex;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Computes SALT and the Local KPIs, then counts every valid service and review row that decided no
 * figure as excluded, with the reason, so each file still balances.
 */
class ComputeSalt implements Tasklet {

    private final CurrentRun run;

    ComputeSalt(CurrentRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext ctx = run.get();
        ServiceIndex services = ctx.services();
        if (ctx.saltSkipped() != null) {
            String reason = "SALT not produced: " + ctx.saltSkipped();
            services.entries().stream().filter(e -> !services.isRejected(e))
                    .forEach(e -> ctx.ledger().tally(e.source().file()).reclassifyUsedAsExcluded(reason));
            ctx.reviews().forEach(r -> ctx.ledger().tally(r.source().file()).reclassifyUsedAsExcluded(reason));
            return RepeatStatus.FINISHED;
        }
        SaltCalculator calculator = new SaltCalculator(ctx.request().period(), services, ctx.contacts(), ctx.reviews());
        ctx.salt(calculator.calculate());
        for (ServiceIndex.Entry e : services.entries()) {
            String reason = services.isRejected(e) ? null : calculator.exclusion(e);
            if (reason != null) {
                ctx.ledger().tally(e.source().file()).reclassifyUsedAsExcluded(reason);
            }
        }
        for (ReviewEntry r : ctx.reviews()) {
            String reason = calculator.exclusion(r);
            if (reason != null) {
                ctx.ledger().tally(r.source().file()).reclassifyUsedAsExcluded(reason);
            }
        }
        return RepeatStatus.FINISHED;
    }
}
