package org.carereturns.job;

import org.carereturns.ingest.Names;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.carereturns.audit.FileTally;
import org.carereturns.audit.RunAudit;
import org.carereturns.ingest.RefusedFile;
import org.springframework.batch.core.job.JobExecution;

/** What a finished run tells the operator: the summary on the terminal, and technical detail in .logs/. */
final class RunReport {

    private RunReport() {
    }

    static void summarise(PrintStream out, PrintStream err, RunInputs inputs, RunAudit audit, RunReturns returns,
                          JobExecution execution) {
        RunRequest request = inputs.request();
        out.printf("%s %s%s: execution %d completed%n", request.command(), request.period(),
                request.period().provisional() ? " as of " + request.period().end() : "", execution.getId());
        for (FileTally t : audit.ledger().tallies()) {
            out.printf("  %-14s %-32s read %,d  rejected %,d  excluded %,d  used %,d%n", t.file().extract().label(),
                    t.file().name(), t.rowsRead(), t.rejectedRows(), t.excludedRows(), t.usedRows());
        }
        for (RefusedFile r : inputs.plan().refused()) {
            out.printf("  %-14s %-32s SKIPPED: %s%n", r.extract().label(), r.name(), r.reason());
        }
        for (var o : audit.ledger().outsideThePeriod()) {
            err.println("care-returns: note: " + o.describe(request.period().toString()));
        }
        for (RunReturns.Status r : returns.statuses()) {
            out.printf("  %-12s %s%n", r.name(), r.produced() ? "written" : "not produced: " + r.reason());
        }
        out.println("  outputs in " + request.target()
                + (audit.historyUsed() == null ? "" : " (earlier outputs moved to " + audit.historyUsed() + ")"));
    }

    /** run.log's opening: the request, the council, and every file read, refused, unmatched or missing. */
    static void startLog(org.carereturns.audit.RunLog log, RunInputs inputs) {
        RunRequest request = inputs.request();
        var plan = inputs.plan();
        var council = inputs.council();
        log.line(request.command() + " " + request.period() + (request.period().provisional()
                ? " as of " + request.period().end() + " (provisional)" : "") + "; input " + request.input()
                + "; output " + request.target() + "; mapping " + inputs.mapping().source());
        log.line(council.source() == null ? "no council file (jobs/council.yml): the council is 'not set' on every"
                + " sheet, and every return is expected ("
                + String.join(", ", council.returns()) + ")" : "council " + council.label() + " from "
                + council.source() + "; returns expected: " + String.join(", ", council.returns()));
        for (var f : plan.allFiles()) {
            log.line("read " + f.extract().label() + ": " + f.name() + (f.sheet().isEmpty() ? "" : ", sheet '"
                    + Names.printable(f.sheet()) + "'") + ", header on row " + f.headerRow() + ", SHA-256 " + f.sha256()
                    + (f.ignoredSheets().isEmpty() ? "" : "; other sheets ignored: "
                    + Names.printable(String.join(", ", f.ignoredSheets()))));
        }
        for (var r : plan.refused()) {
            log.line("skipped " + r.name() + " (" + r.extract().label() + "): " + r.reason());
        }
        for (String name : plan.unmatched()) {
            log.line("not read: " + name + " matches no extract's file names");
        }
        for (var e : org.carereturns.ingest.Extract.values()) {
            if (!plan.has(e)) {
                log.line("no " + e.label() + " extract: looked for " + String.join(", ", plan.lookedFor(e)));
            }
        }
    }

    /** Keeps the technical detail out of the operator's terminal but within reach of whoever supports them. */
    static Path errorLog(RunRequest request, Throwable e) {
        try {
            Path dir = request.output().resolve(".logs");
            Files.createDirectories(dir);
            Path log = dir.resolve(request.command() + "-" + request.period() + "-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT).format(LocalDateTime.now())
                    + "-error.log");
            StringWriter w = new StringWriter();
            e.printStackTrace(new PrintWriter(w));
            Files.writeString(log, w.toString());
            return log;
        } catch (IOException io) {
            return null;
        }
    }
}
