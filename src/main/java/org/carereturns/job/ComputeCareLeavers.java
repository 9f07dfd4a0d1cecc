package org.carereturns.job;

import org.carereturns.careleavers.CareLeaverCalculator;
import org.carereturns.ingest.Extract;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Computes the care-leaver tables (SSDA903 OC3) from the cohort the read step kept. */
class ComputeCareLeavers implements Tasklet {

    private final CurrentRun run;

    ComputeCareLeavers(CurrentRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunContext ctx = run.get();
        if (ctx.plan().has(Extract.CARE_LEAVERS)) {
            ctx.careLeaverTables(new CareLeaverCalculator(ctx.request().period(), ctx.careLeavers()).calculate());
        }
        return RepeatStatus.FINISHED;
    }
}
