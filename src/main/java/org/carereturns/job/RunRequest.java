package org.carereturns.job;

import java.nio.file.Path;

import org.carereturns.Period;

/** What the operator asked for on the command line. */
public record RunRequest(String command, Period period, Path input, Path output, boolean allowPartial,
                         Path mappingFile) {

    public boolean computesReturns() {
        return "year-end".equals(command);
    }

    public Path target() {
        return output.resolve(period.toString());
    }
}
