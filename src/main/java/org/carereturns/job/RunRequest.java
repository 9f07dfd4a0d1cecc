package org.carereturns.job;

import java.nio.file.Path;

import org.carereturns.Period;

/** What the operator asked for on the command line. */
public record RunRequest(String command, Period period, Path input, Path output, boolean allowPartial,
                         Path mappingFile) {

    /** year-end and nightly write the returns; validate writes only the audit trail. */
    public boolean computesReturns() {
        return !"validate".equals(command);
    }

    public boolean nightly() {
        return "nightly".equals(command);
    }

    /** output/period/, or for a nightly run output/period/nightly/as-of/. */
    public Path target() {
        Path folder = output.resolve(period.toString());
        return nightly() ? folder.resolve("nightly").resolve(period.end().toString()) : folder;
    }
}
