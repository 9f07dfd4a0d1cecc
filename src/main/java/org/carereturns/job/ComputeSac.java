package org.carereturns.job;

import org.carereturns.ingest.Extract;
import org.carereturns.sac.SacCalculator;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Computes the Safeguarding Adults Collection; the rate per 100,000 adults needs the population. */
class ComputeSac implements Tasklet {

    private final CurrentRun run;

    ComputeSac(CurrentRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext ctx = run.get();
        if (!ctx.plan().has(Extract.SAFEGUARDING)) {
            return RepeatStatus.FINISHED;
        }
        Long adults = ctx.plan().has(Extract.POPULATION) ? org.carereturns.ingest.Records.PopulationRow.aged(
                ctx.population().stream().map(RunContext.PopulationEntry::row).toList(), 18, Integer.MAX_VALUE) : null;
        SacCalculator calculator = new SacCalculator(ctx.request().period(), ctx.concerns(), adults);
        ctx.sac(calculator, calculator.calculate());
        return RepeatStatus.FINISHED;
    }
}
