package org.carereturns.job;

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
import org.carereturns.ingest.RefusedFile;
import org.springframework.batch.core.job.JobExecution;

/** What a finished run tells the operator: the summary on the terminal, and technical detail in .logs/. */
final class RunReport {

    private RunReport() {
    }

    static void summarise(PrintStream out, PrintStream err, RunContext ctx, JobExecution execution) {
        out.printf("%s %s%s: execution %d completed%n", ctx.request().command(), ctx.request().period(),
                ctx.request().period().provisional() ? " as of " + ctx.request().period().end() : "", execution.getId());
        for (FileTally t : ctx.ledger().tallies()) {
            out.printf("  %-14s %-32s read %,d  rejected %,d  excluded %,d  used %,d%n", t.file().extract().label(),
                    t.file().name(), t.rowsRead(), t.rejectedRows(), t.excludedRows(), t.usedRows());
        }
        for (RefusedFile r : ctx.plan().refused()) {
            out.printf("  %-14s %-32s SKIPPED: %s%n", r.extract().label(), r.name(), r.reason());
        }
        for (var o : ctx.ledger().outsideThePeriod()) {
            err.println("care-returns: note: " + o.describe(ctx.request().period().toString()));
        }
        for (RunContext.ReturnStatus r : ctx.returns()) {
            out.printf("  %-12s %s%n", r.name(), r.produced() ? "written" : "not produced: " + r.reason());
        }
        out.println("  outputs in " + ctx.request().target()
                + (ctx.historyUsed() == null ? "" : " (earlier outputs moved to " + ctx.historyUsed() + ")"));
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
