package org.carereturns.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.audit.FileTally;
import org.carereturns.audit.NightlyTrend;
import org.carereturns.audit.RejectedWorkbook;
import org.carereturns.audit.RunAudit;
import org.carereturns.validation.RuleCatalog;
import org.carereturns.workbook.TitleBlock;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Proves every file balances, and writes Rejected.xlsx from it; a nightly run
 * also writes new-rejects.csv and dq-trend.csv, and adds the Data quality sheet.
 */
class WriteAuditTrail implements Tasklet {

    private final RunInputs inputs;
    private final RunAudit audit;

    WriteAuditTrail(RunInputs inputs, RunAudit audit) {
        this.inputs = inputs;
        this.audit = audit;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunRequest request = inputs.request();
        audit.ledger().assertEveryFileRead();
        Path csv = audit.staging().resolve("rejected.csv");
        List<NightlyTrend.Night> trend = null;
        if (request.nightly()) {
            var tonight = request.period().end();
            Path nightly = request.target().getParent();
            Path previous = NightlyTrend.previousFolder(nightly, tonight);
            NightlyTrend.writeNewRejects(csv, previous == null ? null : previous.resolve("rejected.csv"),
                    audit.staging().resolve("new-rejects.csv"));
            trend = new ArrayList<>(NightlyTrend.previousNights(nightly, tonight));
            trend.addAll(tonight(request, audit, csv));
            NightlyTrend.writeTrend(audit.staging().resolve("dq-trend.csv"), trend);
        }
        RejectedWorkbook.write(csv, audit.staging().resolve("Rejected.xlsx"), audit.ledger().tallies(),
                RuleCatalog.all(), audit.perRule(), trend, new TitleBlock(inputs.council().label(), "Rejected rows",
                        request.period().toString(), request.period().asOf()));
        return RepeatStatus.FINISHED;
    }

    private static List<NightlyTrend.Night> tonight(RunRequest request, RunAudit audit, Path csv) throws java.io.IOException {
        Map<String, long[]> perExtract = new LinkedHashMap<>();
        for (FileTally t : audit.ledger().tallies()) {
            long[] n = perExtract.computeIfAbsent(t.file().extract().label(), k -> new long[2]);
            n[0] += t.rowsRead();
            n[1] += t.rejectedRows();
        }
        var rules = NightlyTrend.rulesFrom(csv);
        List<NightlyTrend.Night> out = new ArrayList<>();
        perExtract.forEach((extract, n) -> out.add(new NightlyTrend.Night(request.period().end(), extract, n[0],
                n[1], rules.getOrDefault(extract, Map.of()))));
        return out;
    }
}
