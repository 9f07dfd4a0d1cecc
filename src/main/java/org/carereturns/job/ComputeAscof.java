package org.carereturns.job;

import org.carereturns.ascof.AscofCalculator;
import org.carereturns.ingest.Extract;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Computes the ASCOF measures from the SALT cohorts, the services and (for 2B and 2C) the population. */
class ComputeAscof implements Tasklet {

    private final CurrentRun run;

    ComputeAscof(CurrentRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext ctx = run.get();
        if (ctx.saltCalculator() == null) {
            return RepeatStatus.FINISHED; // no services extract: ASCOF is skipped, with that reason
        }
        var population = ctx.plan().has(Extract.POPULATION)
                ? ctx.population().stream().map(RunContext.PopulationEntry::row).toList() : null;
        ctx.ascof(new AscofCalculator(ctx.request().period(), ctx.saltCalculator().cohorts(), ctx.services(),
                population).calculate());
        return RepeatStatus.FINISHED;
    }
}
