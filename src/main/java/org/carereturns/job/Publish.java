package org.carereturns.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.carereturns.audit.FileTally;
import org.carereturns.audit.Json;
import org.carereturns.ingest.InputLocator;
import org.carereturns.ingest.RefusedFile;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes manifest.json, then moves the earlier outputs to history and the new ones into place. */
class Publish implements Tasklet {

    private final CurrentRun run;

    Publish(CurrentRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext ctx = run.get();
        ctx.executionId(chunkContext.getStepContext().getStepExecution().getJobExecutionId());
        ctx.ledger().assertEveryFileRead();
        long read = ctx.ledger().tallies().stream().mapToLong(t -> t.rowsRead()).sum();
        long rejected = ctx.ledger().tallies().stream().mapToLong(t -> t.rejectedRows()).sum();
        for (RunContext.ReturnStatus r : ctx.returns()) {
            ctx.log().line(r.produced() ? "wrote " + r.name() : "skipped " + r.name() + ": " + r.reason());
        }
        try (Stream<Path> s = Files.list(ctx.staging()).filter(p -> !p.getFileName().toString().equals("journal"))) {
            ctx.log().line("wrote " + String.join(", ", s.map(p -> p.getFileName().toString()).sorted().toList())
                    + " and manifest.json; rows read " + read + ", rejected " + rejected);
        }
        for (var o : ctx.ledger().outsideThePeriod()) {
            ctx.log().line("note: " + o.describe(ctx.request().period().toString()));
        }
        ctx.log().line("publishing to " + ctx.request().target());
        ctx.log().close();
        // the summary `runs` shows, kept in the job repository with the execution
        contribution.setExitStatus(new org.springframework.batch.core.ExitStatus("COMPLETED", "read " + read
                + "; rejected " + rejected + "; output " + ctx.request().target()));
        List<Path> written; // the journal served a possible restart; it is not an output, and goes with staging
        try (Stream<Path> s = Files.list(ctx.staging())) {
            written = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : written) {
            ctx.outputs().put(p.getFileName().toString(), InputLocator.sha256(p));
        }
        Files.writeString(ctx.staging().resolve("manifest.json"), Json.write(manifest(ctx)));
        int[] moved = {0};
        ctx.folder().afterEachMove(() -> FaultPoint.reached("publish-move:" + ++moved[0]));
        ctx.historyUsed(ctx.folder().publish(LocalDateTime.now()));
        return RepeatStatus.FINISHED;
    }

    static Map<String, Object> manifest(RunContext ctx) {
        RunRequest req = ctx.request();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", req.period().toString());
        if (req.period().provisional()) {
            m.put("as_of", req.period().end().toString());
            m.put("provisional", true);
        }
        Map<String, Object> council = new LinkedHashMap<>();
        council.put("name", ctx.council().name());
        council.put("code", ctx.council().code());
        council.put("region", ctx.council().region());
        council.put("source", ctx.council().source());
        council.put("returns_expected", ctx.council().returns());
        m.put("council", council);
        m.put("job", req.command());
        m.put("execution_id", ctx.executionId());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("period", req.period().toString());
        params.put("input", req.input().toString());
        params.put("output", req.output().toString());
        params.put("allow_partial", req.allowPartial());
        params.put("mapping", ctx.mapping().source());
        m.put("parameters", params);
        m.put("started", ctx.started().toString());
        m.put("ended", OffsetDateTime.now().withNano(0).toString());
        m.put("status", "COMPLETED");
        List<Object> inputs = new ArrayList<>();
        for (FileTally t : ctx.ledger().tallies()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("extract", t.file().extract().label());
            f.put("name", t.file().name());
            f.put("sheet", t.file().sheet());
            f.put("header_row", t.file().headerRow());
            f.put("sha256", t.file().sha256());
            f.put("rows_read", t.rowsRead());
            f.put("blank_rows", t.blankRows());
            f.put("rejected", t.rejectedRows());
            f.put("excluded", t.excludedRows());
            f.put("used", t.usedRows());
            f.put("rows_with_warnings", t.warnings());
            f.put("excluded_reasons", new LinkedHashMap<>(t.exclusions()));
            f.put("ignored_sheets", t.file().ignoredSheets());
            inputs.add(f);
        }
        m.put("inputs", inputs);
        List<Object> refused = new ArrayList<>();
        for (RefusedFile r : ctx.plan().refused()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("extract", r.extract().label());
            f.put("name", r.name());
            f.put("sha256", r.sha256());
            f.put("reason", r.reason());
            refused.add(f);
        }
        m.put("refused_inputs", refused);
        m.put("unmatched_files", ctx.plan().unmatched());
        List<Object> outside = new ArrayList<>();
        for (var o : ctx.ledger().outsideThePeriod()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("extract", o.extract());
            f.put("rows_read", o.rowsRead());
            f.put("outside_the_period", o.outside());
            f.put("message", o.describe(req.period().toString()));
            outside.add(f);
        }
        m.put("mostly_outside_the_period", outside);
        List<Object> outputs = new ArrayList<>();
        ctx.outputs().forEach((name, sha) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", name);
            f.put("sha256", sha);
            outputs.add(f);
        });
        m.put("outputs", outputs);
        m.put("returns_produced", ctx.returns().stream().filter(RunContext.ReturnStatus::produced)
                .map(RunContext.ReturnStatus::name).toList());
        List<Object> skipped = new ArrayList<>();
        for (RunContext.ReturnStatus r : ctx.returns()) {
            if (!r.produced()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("return", r.name());
                s.put("reason", r.reason());
                skipped.add(s);
            }
        }
        m.put("returns_skipped", skipped);
        return m;
    }
}
