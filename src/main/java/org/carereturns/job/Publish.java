package org.carereturns.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.carereturns.audit.Json;
import org.carereturns.audit.Manifest;
import org.carereturns.audit.RunAudit;
import org.carereturns.audit.RunLedger;
import org.carereturns.ingest.InputLocator;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes manifest.json, then moves the earlier outputs to history and the new ones into place. */
class Publish implements Tasklet {

    private final RunInputs inputs;
    private final RunAudit audit;
    private final RunReturns returns;

    Publish(RunInputs inputs, RunAudit audit, RunReturns returns) {
        this.inputs = inputs;
        this.audit = audit;
        this.returns = returns;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunRequest request = inputs.request();
        RunLedger ledger = audit.ledger();
        ledger.assertEveryFileRead();
        long read = ledger.tallies().stream().mapToLong(t -> t.rowsRead()).sum();
        long rejected = ledger.tallies().stream().mapToLong(t -> t.rejectedRows()).sum();
        for (RunReturns.Status r : returns.statuses()) {
            audit.log().line(r.produced() ? "wrote " + r.name() : "skipped " + r.name() + ": " + r.reason());
        }
        // the rows kept between the steps served the run; they are not an output, and go with staging
        List<Path> written;
        try (Stream<Path> s = Files.list(audit.staging())) {
            written = s.filter(Files::isRegularFile).sorted().toList();
        }
        audit.log().line("wrote " + String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList())
                + " and manifest.json; rows read " + read + ", rejected " + rejected);
        for (var o : ledger.outsideThePeriod()) {
            audit.log().line("note: " + o.describe(request.period().toString()));
        }
        audit.log().line("publishing to " + request.target());
        audit.log().close();
        // the summary `runs` shows, kept in the job repository with the execution
        contribution.setExitStatus(new org.springframework.batch.core.ExitStatus("COMPLETED", "read " + read
                + "; rejected " + rejected + "; output " + request.target()));
        for (Path p : written) {
            audit.outputs().put(p.getFileName().toString(), InputLocator.sha256(p));
        }
        Long execution = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        Files.writeString(audit.staging().resolve("manifest.json"), Json.write(manifest(execution)));
        int[] moved = {0};
        audit.folder().afterEachMove(() -> FaultPoint.reached("publish-move:" + ++moved[0]));
        audit.historyUsed(audit.folder().publish(LocalDateTime.now()));
        audit.published();
        return RepeatStatus.FINISHED;
    }

    private Manifest manifest(Long executionId) {
        RunRequest req = inputs.request();
        String period = req.period().toString();
        var c = inputs.council();
        return new Manifest(period, req.period().provisional() ? req.period().end().toString() : null,
                req.period().provisional() ? Boolean.TRUE : null,
                new Manifest.Council(c.name(), c.code(), c.region(), c.source(), c.returns()), req.command(),
                executionId, new Manifest.Parameters(period, req.input().toString(), req.output().toString(),
                        req.allowPartial(), inputs.mapping().source()),
                audit.started().toString(), OffsetDateTime.now().withNano(0).toString(), "COMPLETED",
                Manifest.inputs(audit.ledger()),
                inputs.plan().refused().stream().map(r -> new Manifest.Refused(r.extract().label(), r.name(),
                        r.sha256(), r.reason())).toList(),
                inputs.plan().unmatched(), Manifest.outside(audit.ledger(), period),
                audit.outputs().entrySet().stream().map(e -> new Manifest.Output(e.getKey(), e.getValue())).toList(),
                returns.statuses().stream().filter(RunReturns.Status::produced).map(RunReturns.Status::name).toList(),
                returns.statuses().stream().filter(r -> !r.produced())
                        .map(r -> new Manifest.Skipped(r.name(), r.reason())).toList(), careLeaverEligibility());
    }

    /** How the care leavers' eligibility was checked, when the care-leaver return was computed. */
    private Manifest.Eligibility careLeaverEligibility() {
        var figures = returns.figures(org.carereturns.careleavers.CareLeaverReturn.Figures.class);
        if (figures == null) {
            return null;
        }
        var cohort = figures.tables().stream().filter(t -> t.name().equals("Cohort")).findFirst();
        return new Manifest.Eligibility(figures.eligibility() != null, figures.eligibilityChecked(),
                cohort.map(t -> t.count("Care leavers without an OC3 row", "Value")).orElse(null),
                cohort.map(t -> t.count("Not decidable: episode history too short", "Value")).orElse(null));
    }
}
