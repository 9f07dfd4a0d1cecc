package org.carereturns.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputPlan;
import org.carereturns.ingest.RefusedFile;

/** What is refused before anything is computed: an unwritable output, refused or missing extracts (exit 3). */
final class Preflight {

    private Preflight() {
    }

    /** Why the output folder cannot take a run's files (a file, read-only, not creatable), or null. */
    static String unwritable(Path output) {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return "is a file, not a folder; name a folder with --output";
        }
        try {
            Files.createDirectories(output);
            Path probe = Files.createTempFile(output, ".write-check", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            return "cannot be written (" + RunLauncher.rootMessage(e) + "); name a folder this account can write to with --output";
        }
    }

    /** Refuses the run (exit 3) when a file was refused and partial runs are not allowed, or nothing is there. */
    static RunLauncher.Outcome refuseIfNeeded(RunRequest request, InputPlan plan, PrintStream err) {
        for (RefusedFile r : plan.refused()) {
            err.println("care-returns: " + (request.allowPartial() ? "skipped " : "refused: ") + r.name() + " ("
                    + r.extract().label() + "): " + r.reason());
        }
        if (!plan.refused().isEmpty() && !request.allowPartial()) {
            err.println("care-returns: nothing was computed or written; correct the file"
                    + (plan.refused().size() > 1 ? "s" : "") + ", or run with --allow-partial to go on without "
                    + (plan.refused().size() > 1 ? "them" : "it"));
            return RunLauncher.Outcome.REFUSED;
        }
        if (plan.allFiles().isEmpty()) {
            err.println("care-returns: refused: no extract was found in " + request.input() + " (looked for "
                    + String.join(", ", Extract.CONTACTS.defaultPatterns()) + ", services*, reviews*, "
                    + "safeguarding*, care-leavers*, oc3*, population*)");
            return RunLauncher.Outcome.REFUSED;
        }
        return null;
    }

    /** Files that match no extract: named, never ignored in silence. */
    static void noteUnmatched(InputPlan plan, PrintStream err) {
        for (String name : plan.unmatched()) {
            err.println("care-returns: note: " + name + " matches no extract's file names and is not read (rename"
                    + " it, e.g. services-2024.xlsx, or add its pattern under files: in jobs/mapping.yml)");
        }
    }
}
