package org.carereturns.job;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.carereturns.workbook.AboutSheet;
import org.carereturns.audit.FileTally;
import org.carereturns.returns.ReturnsCsv;
import org.carereturns.returns.Table;
import org.carereturns.salt.SaltWorkbook;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes each computed return's workbook and every table's cells to returns.csv. */
class WriteReturns implements Tasklet {

    private final CurrentRun run;

    WriteReturns(CurrentRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext ctx = run.get();
        ctx.executionId(chunkContext.getStepContext().getStepExecution().getJobExecutionId());
        List<Table> tables = new ArrayList<>();
        if (ctx.salt() != null && ctx.wanted("SALT")) {
            SaltWorkbook.write(ctx.salt(), about(ctx), ctx.staging().resolve("SALT.xlsx"));
            tables.addAll(ctx.salt().tables());
            tables.add(ctx.salt().kpis());
            ctx.produced("SALT");
        }
        if (ctx.ascof() != null && ctx.wanted("ASCOF")) {
            org.carereturns.ascof.AscofWorkbook.write(ctx.ascof(), about(ctx), ctx.staging().resolve("ASCOF.xlsx"));
            tables.addAll(ctx.ascof().tables());
            ctx.produced("ASCOF");
        }
        if (ctx.sac() != null && ctx.wanted("SAC")) {
            org.carereturns.sac.SacWorkbook.write(ctx.sac(), about(ctx), ctx.staging().resolve("SAC.xlsx"));
            tables.addAll(ctx.sac().tables());
            ctx.produced("SAC");
        }
        if (ctx.careLeaverTables() != null && ctx.wanted("CareLeavers")) {
            org.carereturns.careleavers.CareLeaverWorkbook.write(ctx.careLeaverTables(), ctx.perRule(), about(ctx),
                    ctx.staging().resolve("CareLeavers.xlsx"));
            tables.addAll(ctx.careLeaverTables());
            ctx.produced("CareLeavers");
        }
        ReturnsCsv.write(ctx.staging().resolve("returns.csv"), tables);
        return RepeatStatus.FINISHED;
    }

    static AboutSheet.Run about(RunContext ctx) {
        List<AboutSheet.Input> inputs = new ArrayList<>();
        for (FileTally t : ctx.ledger().tallies()) {
            inputs.add(new AboutSheet.Input(t.file().extract().label(), t.file().name(), t.file().sha256(),
                    t.rowsRead(), t.usedRows()));
        }
        return new AboutSheet.Run(ctx.request().period().toString(), ctx.request().command(), ctx.executionId(),
                ctx.started().toString(), OffsetDateTime.now().withNano(0).toString(), inputs, ctx.council().label());
    }
}
