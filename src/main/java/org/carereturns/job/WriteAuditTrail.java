package org.carereturns.job;

import java.nio.file.Path;

import org.carereturns.audit.RejectedWorkbook;
import org.carereturns.validation.RuleCatalog;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Closes rejected.csv, proves every file balances, and writes Rejected.xlsx from it. */
class WriteAuditTrail implements Tasklet {

    private final CurrentRun run;

    WriteAuditTrail(CurrentRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext ctx = run.get();
        ctx.rejected().close();
        ctx.ledger().assertBalanced();
        Path csv = ctx.staging().resolve("rejected.csv");
        RejectedWorkbook.write(csv, ctx.staging().resolve("Rejected.xlsx"), ctx.ledger().tallies(),
                RuleCatalog.all(), ctx.perRule());
        return RepeatStatus.FINISHED;
    }
}
