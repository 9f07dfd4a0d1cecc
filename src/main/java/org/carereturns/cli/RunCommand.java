package org.carereturns.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.carereturns.Period;
import org.carereturns.job.Returns;
import org.carereturns.job.RunLauncher;
import org.carereturns.job.RunRequest;

/**
 * year-end, nightly and validate on the command line: reads the options into a request and hands it
 * to the job's launcher, whose outcome is the exit code.
 */
final class RunCommand {

    private static final Set<String> VALUED = Set.of("--period", "--as-of", "--input", "--output", "--mapping",
            "--council",
            "--returns", "--db-url", "--db-user", "--db-password");
    private static final Set<String> FLAGS = Set.of("--allow-partial");

    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String command, List<String> args) throws UsageException {
        boolean nightly = "nightly".equals(command);
        Set<String> valued = new java.util.HashSet<>(VALUED);
        valued.remove(nightly ? "--period" : "--as-of");
        Arguments a = Arguments.parse(command, args, valued, FLAGS);
        Period period;
        try {
            if (nightly) {
                java.time.LocalDate asOf = a.has("--as-of") ? java.time.LocalDate.parse(a.get("--as-of"))
                        : java.time.LocalDate.now();
                period = Period.yearTo(asOf);
            } else {
                period = Period.parse(a.required("--period"));
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException(command, "--as-of must be a date written like 2025-01-31");
        } catch (IllegalArgumentException e) {
            throw new UsageException(command, e.getMessage());
        }
        Path input = Path.of(a.get("--input", "input/" + period));
        Path output = Path.of(a.get("--output", "output"));
        JobsFiles.Found mappingFile = JobsFiles.locate("mapping.yml", a.get("--mapping"), "--mapping",
                "CARE_RETURNS_MAPPING");
        JobsFiles.Found councilFile = JobsFiles.locate("council.yml", a.get("--council"), "--council",
                "CARE_RETURNS_COUNCIL");
        List<String> asked = asked(command, a.get("--returns"));
        RunRequest request = new RunRequest(command, period, input, output, a.has("--allow-partial"),
                mappingFile == null ? null : mappingFile.path());
        for (JobsFiles.Found named : java.util.Arrays.asList(mappingFile, councilFile)) {
            if (named != null && !named.how().startsWith("in ") && !named.how().startsWith("beside")
                    && !Files.isRegularFile(named.path())) {
                err.println("care-returns: refused: " + named.describe() + " does not exist");
                return ExitCode.INPUT_REFUSED;
            }
        }

        RunLauncher.Repository repository = JobRepositoryUrl.repository(a, output);
        RunLauncher.Outcome outcome = new RunLauncher(out, err, TerminalProgress.forThisProcess()).run(request,
                settings(mappingFile), settings(councilFile), asked, repository);
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
