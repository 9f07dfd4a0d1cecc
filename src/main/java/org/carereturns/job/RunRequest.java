package org.carereturns.job;

import java.nio.file.Path;

import org.carereturns.Period;

/**
 * What the operator asked for on the command line. {@code previousInput}: last year's extracts
 * (--previous-input, else the previous period's folder beside the input), or null; {@code comparatorsFile}:
 * jobs/comparators.csv as found, or null.
 */
public record RunRequest(String command, Period period, Path input, Path output, boolean allowPartial,
                         Path mappingFile, Path previousInput, Path comparatorsFile) {

    /** year-end and nightly write the returns; validate writes only the audit trail. */
    public boolean computesReturns() {
        return !"validate".equals(command);
    }

    public boolean nightly() {
        return "nightly".equals(command);
    }

    /**
     * output/period/; for a nightly run output/period/nightly/as-of/; for validate output/period/validate/,
     * so that checking the data again after sign-off never moves the signed-off returns.
     */
    public Path target() {
        Path folder = output.resolve(period.toString());
        if (nightly()) {
            return folder.resolve("nightly").resolve(period.end().toString());
        }
        return computesReturns() ? folder : folder.resolve("validate");
    }
}
