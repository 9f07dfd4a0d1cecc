package org.carereturns.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.carereturns.Period;
import org.carereturns.ingest.Extract;
import org.carereturns.sample.SampleGenerator;

/** generate-sample: synthetic extracts with seeded defects and their ground truth. */
final class GenerateSampleCommand {

    private final PrintStream out;
    private final PrintStream err;

    GenerateSampleCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        String cmd = "generate-sample";
        Arguments a = Arguments.parse(cmd, args, Set.of("--period", "--output", "--scale", "--seed", "--defect-rate",
                "--extracts"), Set.of());
        Period period;
        try {
            period = Period.parse(a.required("--period"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(cmd, e.getMessage());
        }
        Path output = Path.of(a.required("--output"));
        double scale = a.number("--scale", 1.0, 0.001, 200);
        double seed = a.number("--seed", 1, 0, 1e15);
        if (seed != Math.rint(seed)) {
            throw new UsageException(cmd, "--seed must be a whole number");
        }
        double rate = a.number("--defect-rate", 0.02, 0, 0.5);
        Set<Extract> extracts = EnumSet.allOf(Extract.class);
        if (a.has("--extracts")) {
            extracts = EnumSet.noneOf(Extract.class);
            for (String e : a.get("--extracts").split(",")) {
                try {
                    extracts.add(Extract.fromKey(e.trim()));
                } catch (IllegalArgumentException ex) {
                    throw new UsageException(cmd, "--extracts: " + ex.getMessage());
                }
            }
        }
        try {
            var summary = new SampleGenerator(new SampleGenerator.Options(period, scale, (long) seed, rate, extracts))
                    .generate(output);
            out.printf("generated %s sample in %s (scale %s, seed %d, defect rate %s)%n", period, output, scale,
                    (long) seed, rate);
            summary.rows().forEach((extract, rows) -> out.printf("  %-14s %,d rows%n", extract, rows));
            out.printf("  %,d seeded defects listed in %s%n", summary.defects(), output.resolve("ground-truth.csv"));
            return ExitCode.DONE;
        } catch (IOException e) {
            err.println("care-returns: generate-sample failed: " + e.getMessage());
            return ExitCode.JOB_FAILED;
        }
    }
}
