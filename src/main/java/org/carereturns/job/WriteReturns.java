package org.carereturns.job;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.carereturns.audit.FileTally;
import org.carereturns.audit.RunAudit;
import org.carereturns.returns.ReturnsCsv;
import org.carereturns.returns.StatutoryReturn;
import org.carereturns.returns.Table;
import org.carereturns.workbook.AboutSheet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes the workbook of each return that can be produced and was asked for, and every table's cells to returns.csv. */
class WriteReturns implements Tasklet {

    private final RunInputs inputs;
    private final RunAudit audit;
    private final RunReturns returns;

    WriteReturns(RunInputs inputs, RunAudit audit, RunReturns returns) {
        this.inputs = inputs;
        this.audit = audit;
        this.returns = returns;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        AboutSheet.Run about = about(inputs, audit, chunkContext.getStepContext().getStepExecution().getJobExecutionId());
        List<Table> tables = new ArrayList<>();
        for (StatutoryReturn r : Returns.ALL) {
            StatutoryReturn.Figures figures = returns.figures(r);
            if (figures != null && returns.notProducible(r) == null && returns.wanted(r)) {
                figures.writeWorkbook(audit.staging().resolve(r.workbook()), about, audit.perRule());
                tables.addAll(figures.tables());
                returns.produced(r);
            }
        }
        ReturnsCsv.write(audit.staging().resolve("returns.csv"), tables);
        return RepeatStatus.FINISHED;
    }

    static AboutSheet.Run about(RunInputs inputs, RunAudit audit, Long executionId) {
        List<AboutSheet.Input> files = new ArrayList<>();
        for (FileTally t : audit.ledger().tallies()) {
            files.add(new AboutSheet.Input(t.file().extract().label(), t.file().name(), t.file().sha256(),
                    t.rowsRead(), t.usedRows()));
        }
        RunRequest request = inputs.request();
        return new AboutSheet.Run(request.period().toString(), request.command(), executionId,
                audit.started().toString(), OffsetDateTime.now().withNano(0).toString(), files, inputs.council().label(),
                request.period().asOf());
    }
}
