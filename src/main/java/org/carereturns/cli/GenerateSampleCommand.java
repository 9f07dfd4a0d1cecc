package org.carereturns.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.carereturns.Period;
import org.carereturns.ingest.Extract;
import org.carereturns.sample.SampleGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** generate-sample: synthetic extracts with seeded defects and their ground truth. */
@Command(name = "generate-sample", sortOptions = false, separator = " ", optionListHeading = "%nOptions:%n",
        customSynopsis = "care-returns generate-sample --period P --output DIR [--scale F] [--seed N] [--defect-rate R]"
                + " [--years N]",
        description = {"",
            "Writes realistic synthetic extracts for one council into DIR, with ground-truth.csv listing",
            "every seeded defect (file, row, column, the rule it breaks). The same seed gives the same bytes.",
            "With --years N, writes N consecutive years ending with P into DIR/<period>/, the council's",
            "people and long-term support carried from year to year."},
        header = "write realistic synthetic extracts for one council")
final class GenerateSampleCommand implements Callable<Integer> {

    @Option(names = "--period", paramLabel = "P", description = "financial year, e.g. 2024-25 (required)")
    String period;

    @Option(names = "--output", paramLabel = "DIR", description = "folder to write (required)")
    String output;

    @Option(names = "--scale", paramLabel = "F", description = "1.0 is Medway-sized (about 15,000 contacts); default 1.0")
    String scale;

    @Option(names = "--seed", paramLabel = "N", description = "default 1")
    String seed;

    @Option(names = "--defect-rate", paramLabel = "R", description = "share of rows with a seeded defect, 0 to 0.5; "
            + "default 0.02")
    String defectRate;

    @Option(names = "--extracts", paramLabel = "LIST", description = "only these extracts, comma-separated (e.g. "
            + "contacts); default all")
    String extractList;

    @Option(names = "--years", paramLabel = "N", description = "consecutive years ending with P, each in "
            + "DIR/<period>/ (1 to 10); default 1, written into DIR itself")
    String years;

    @Option(names = "--help", usageHelp = true, description = "this text")
    boolean help;

    private final PrintStream out;
    private final PrintStream err;

    GenerateSampleCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws UsageException {
        String cmd = "generate-sample";
        Period p;
        try {
            if (period == null) {
                throw new UsageException(cmd, "--period is required");
            }
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            throw new UsageException(cmd, e.getMessage());
        }
        if (output == null) {
            throw new UsageException(cmd, "--output is required");
        }
        Path folder = Path.of(output);
        double f = Numbers.within(cmd, "--scale", scale, 1.0, 0.001, 200);
        double n = Numbers.within(cmd, "--seed", seed, 1, 0, 1e15);
        if (n != Math.rint(n)) {
            throw new UsageException(cmd, "--seed must be a whole number");
        }
        double rate = Numbers.within(cmd, "--defect-rate", defectRate, 0.02, 0, 0.5);
        Set<Extract> extracts = EnumSet.allOf(Extract.class);
        if (extractList != null) {
            extracts = EnumSet.noneOf(Extract.class);
            for (String e : extractList.split(",")) {
                try {
                    extracts.add(Extract.fromKey(e.trim()));
                } catch (IllegalArgumentException ex) {
                    throw new UsageException(cmd, "--extracts: " + ex.getMessage());
                }
            }
        }
        double y = Numbers.within(cmd, "--years", years, 1, 1, 10);
        if (y != Math.rint(y)) {
            throw new UsageException(cmd, "--years must be a whole number");
        }
        try {
            var options = new SampleGenerator.Options(p, f, (long) n, rate, extracts);
            Map<String, SampleGenerator.Summary> written = y == 1
                    ? Map.of(p.toString(), new SampleGenerator(options).generate(folder))
                    : SampleGenerator.generateYears(options, (int) y, folder);
            for (var e : written.entrySet()) {
                Path into = y == 1 ? folder : folder.resolve(e.getKey());
                out.printf("generated %s sample in %s (scale %s, seed %d, defect rate %s)%n", e.getKey(), into, f,
                        (long) n, rate);
                e.getValue().rows().forEach((extract, rows) -> out.printf("  %-14s %,d rows%n", extract, rows));
                out.printf("  %,d seeded defects listed in %s%n", e.getValue().defects(),
                        into.resolve("ground-truth.csv"));
            }
            return ExitCode.DONE;
        } catch (IOException e) {
            err.println("care-returns: generate-sample failed: " + e.getMessage());
            return ExitCode.JOB_FAILED;
        }
    }
}
