package org.carereturns.job;

import org.carereturns.salt.ContactTally;
import org.carereturns.salt.ServiceIndex;
import org.carereturns.salt.StMaxClientCheck;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Once every service row is in: builds each person's long-term support, then applies the rules
 * that need it (an ST-Max outcome for the wrong kind of client is rejected, naming the person's
 * long-term support on the ST-Max Start Date).
 */
class CheckServices implements Tasklet {

    private final CurrentRun run;

    CheckServices(CurrentRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext ctx = run.get();
        apply(ctx, true);
        chunkContext.getStepContext().getStepExecution().getExecutionContext()
                .putLong("rejected.length", ctx.rejected().length());
        return RepeatStatus.FINISHED;
    }

    /** The step's effect on the run; a resumed run replays it without writing the lines again. */
    static void apply(RunContext ctx, boolean writeLines) throws java.io.IOException {
        ServiceIndex services = ctx.services();
        services.seal();
        for (StMaxClientCheck.Rejection r : StMaxClientCheck.run(services, ctx.request().period())) {
            var source = r.entry().source();
            services.reject(r.entry());
            if (writeLines) {
                ctx.rejected().write(source.file(), source.row(), source.recordId(), source.personId(), r.finding());
            }
            ctx.countFinding(r.finding().rule().id());
            ctx.ledger().tally(source.file()).reclassifyUsedAsRejected();
        }
        ctx.contacts(new ContactTally(ctx.request().period(), services));
    }
}
