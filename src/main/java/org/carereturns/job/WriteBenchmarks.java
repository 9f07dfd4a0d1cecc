package org.carereturns.job;

import java.util.List;

import org.carereturns.audit.RunAudit;
import org.carereturns.benchmarks.Benchmarks;
import org.carereturns.benchmarks.BenchmarksFiles;
import org.carereturns.returns.Table;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The returns produced, beside the earlier years' year-end returns.csv found in the output folder and
 * the published comparators: Benchmarks.xlsx, trends.csv and year-on-year.csv (benchmarks package).
 */
class WriteBenchmarks implements Tasklet {

    private final RunInputs inputs;
    private final RunAudit audit;
    private final RunReturns returns;

    WriteBenchmarks(RunInputs inputs, RunAudit audit, RunReturns returns) {
        this.inputs = inputs;
        this.audit = audit;
        this.returns = returns;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<Table> tables = returns.producedTables();
        var request = inputs.request();
        var earlier = Benchmarks.earlierYears(request.output(), request.period());
        Benchmarks b = Benchmarks.compute(request.period(), tables, earlier, inputs.comparators(),
                inputs.council().tolerances());
        audit.log().line("benchmarks: earlier years found " + (b.earlierFound().isEmpty() ? "none"
                : b.earlierFound().toString()) + "; comparators " + inputs.comparators().all().size()
                + "; year-on-year queries " + b.queries().size());
        BenchmarksFiles.write(b, inputs.comparators(),
                WriteReturns.about(inputs, audit, chunkContext.getStepContext().getStepExecution().getJobExecutionId()),
                audit.staging());
        return RepeatStatus.FINISHED;
    }
}
