package org.carereturns.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.carereturns.Period;
import org.carereturns.job.RunLauncher;
import org.carereturns.job.RunRequest;
import org.carereturns.job.Returns;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * year-end, nightly and validate on the command line: reads the options into a request and hands it
 * to the job's launcher, whose outcome is the exit code.
 */
final class RunCommand {

    private RunCommand() {
    }

    /** year-end and validate: the same options, for a financial year named with --period. */
    abstract static class ForAPeriod implements Callable<Integer> {
        @Option(names = "--period", paramLabel = "P", description = "financial year, e.g. 2024-25 (required)")
        String period;
        @Mixin
        RunOptions options;
        private final String command;
        private final PrintStream out;
        private final PrintStream err;

        ForAPeriod(String command, PrintStream out, PrintStream err) {
            this.command = command;
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() throws UsageException {
            if (period == null) {
                throw new UsageException(command, "--period is required");
            }
            try {
                return run(command, Period.parse(period), options, out, err);
            } catch (IllegalArgumentException e) {
                throw new UsageException(command, e.getMessage());
            }
        }
    }

    @Command(name = "year-end", sortOptions = false, separator = " ", optionListHeading = "%nOptions:%n",
            customSynopsis = "care-returns year-end --period P [--input DIR] [--output DIR] [--allow-partial]",
            description = {"",
                "Computes every return whose extracts are present and writes them, the rejected-row report",
                "(rejected.csv, Rejected.xlsx) and manifest.json into DIR/<period>/. The previous outputs move",
                "to DIR/<period>/history/<timestamp>/; a run that fails leaves them untouched."},
            header = "compute every return whose extracts are present, with the audit trail")
    static final class YearEnd extends ForAPeriod {
        YearEnd(PrintStream out, PrintStream err) {
            super("year-end", out, err);
        }
    }

    @Command(name = "validate", sortOptions = false, separator = " ", optionListHeading = "%nOptions:%n",
            customSynopsis = "care-returns validate --period P [--input DIR] [--output DIR] [--allow-partial]",
            description = {"",
                "Reads and checks every extract, and writes only the rejected-row report (rejected.csv,",
                "Rejected.xlsx), run.log and manifest.json into DIR/<period>/validate/ (with its own",
                "history/). It never moves or changes the year-end's files."},
            header = "check the extracts only: rejected-row report and manifest")
    static final class Validate extends ForAPeriod {
        Validate(PrintStream out, PrintStream err) {
            super("validate", out, err);
        }
    }

    @Command(name = "nightly", sortOptions = false, separator = " ", optionListHeading = "%nOptions:%n",
            customSynopsis = "care-returns nightly [--as-of DATE] [--input DIR] [--output DIR] [--allow-partial]",
            description = {"",
                "The returns for the financial year containing the as-of date (default today), provisional:",
                "the as-of date stands in for the period end in every snapshot. Writes the same files as",
                "year-end into DIR/<period>/nightly/<as-of>/, plus new-rejects.csv (rows rejected tonight that",
                "were not rejected in the previous nightly run: same file, record ID and rule) and dq-trend.csv",
                "(rows read and rejected per extract and rule over every nightly run kept), and a Data quality",
                "sheet in Rejected.xlsx."},
            header = "provisional returns for the year to date, with new rejects and the trend")
    static final class Nightly implements Callable<Integer> {
        @Option(names = "--as-of", paramLabel = "DATE", description = {"e.g. 2025-01-31 (default: today); the period "
                + "is the year containing it"})
        String asOf;
        @Mixin
        RunOptions options;
        private final PrintStream out;
        private final PrintStream err;

        Nightly(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() throws UsageException {
            Period period;
            try {
                period = Period.yearTo(asOf == null ? LocalDate.now() : LocalDate.parse(asOf));
            } catch (DateTimeParseException e) {
                throw new UsageException("nightly", "--as-of must be a date written like 2025-01-31");
            } catch (IllegalArgumentException e) {
                throw new UsageException("nightly", "--as-of: " + e.getMessage());
            }
            return run("nightly", period, options, out, err);
        }
    }

    private static int run(String command, Period period, RunOptions o, PrintStream out, PrintStream err)
            throws UsageException {
        Path input = Path.of(o.input != null ? o.input : "input/" + period);
        Path output = Path.of(o.output != null ? o.output : "output");
        JobsFiles.Found mappingFile = JobsFiles.locate("mapping.yml", o.mapping, "--mapping", "CARE_RETURNS_MAPPING");
        JobsFiles.Found councilFile = JobsFiles.locate("council.yml", o.council, "--council", "CARE_RETURNS_COUNCIL");
        JobsFiles.Found comparatorsFile = JobsFiles.locate("comparators.csv", o.comparators, "--comparators",
                "CARE_RETURNS_COMPARATORS");
        List<String> asked = asked(command, o.returns);
        Path previous = o.previousInput != null ? Path.of(o.previousInput)
                : input.toAbsolutePath().getParent() == null ? null
                : input.toAbsolutePath().getParent().resolve(period.previous().toString());
        if (o.previousInput != null && !Files.isDirectory(previous)) {
            err.println("care-returns: refused: --previous-input " + previous + " is not a folder");
            return ExitCode.INPUT_REFUSED;
        }
        RunRequest request = new RunRequest(command, period, input, output, o.allowPartial,
                mappingFile == null ? null : mappingFile.path(), previous,
                comparatorsFile == null ? null : comparatorsFile.path());
        for (JobsFiles.Found named : Arrays.asList(mappingFile, councilFile, comparatorsFile)) {
            if (named != null && !named.how().startsWith("in ") && !named.how().startsWith("beside")
                    && !Files.isRegularFile(named.path())) {
                err.println("care-returns: refused: " + named.describe() + (Files.isDirectory(named.path())
                        ? " is a folder, not a file" : " does not exist"));
                return ExitCode.INPUT_REFUSED;
            }
        }
        RunLauncher.Outcome outcome = new RunLauncher(out, err, TerminalProgress.forThisProcess()).run(request,
                settings(mappingFile), settings(councilFile), asked, o.repository.repository(output));
        return outcome.exitCode();
    }

    private static RunLauncher.Settings settings(JobsFiles.Found found) {
        return found == null ? null : new RunLauncher.Settings(found.path(), found.how());
    }

    private static List<String> asked(String command, String list) throws UsageException {
        if (list == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String raw : list.split(",")) {
            String name = Returns.names().stream().filter(n -> n.equalsIgnoreCase(raw.trim())).findFirst()
                    .orElseThrow(() -> new UsageException(command, "--returns: '" + raw.trim()
                            + "' is not a return (expected " + String.join(", ", Returns.names()) + ")"));
            names.add(name);
        }
        return names;
    }

    static String rootMessage(Throwable e) {
        return RunLauncher.rootMessage(e);
    }
}
