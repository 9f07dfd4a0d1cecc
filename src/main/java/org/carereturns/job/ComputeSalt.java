package org.carereturns.job;

import org.carereturns.ingest.Extract;
import org.carereturns.salt.SaltCalculator;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Computes SALT and the Local KPIs. The long-term support cohorts need only services, so they are
 * computed whenever services are present: ASCOF reuses them even when SALT itself cannot be produced.
 */
class ComputeSalt implements Tasklet {

    private final CurrentRun run;

    ComputeSalt(CurrentRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext ctx = run.get();
        if (!ctx.plan().has(Extract.SERVICES)) {
            return RepeatStatus.FINISHED;
        }
        SaltCalculator calculator = new SaltCalculator(ctx.request().period(), ctx.services(), ctx.contacts(),
                ctx.reviews());
        var result = calculator.calculate();
        ctx.saltCalculator(calculator);
        if (ctx.saltSkipped() == null) {
            ctx.salt(result);
        }
        return RepeatStatus.FINISHED;
    }
}
