package org.carereturns.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options year-end, validate and nightly share. */
final class RunOptions {

    @Option(names = "--input", paramLabel = "DIR", description = "folder of extracts (default: input/<period>)")
    String input;

    @Option(names = "--output", paramLabel = "DIR", description = "results go to DIR/<period>/ (default: output)")
    String output;

    @Option(names = "--previous-input", paramLabel = "DIR", description = {"last year's extracts, for the SSDA903 "
            + "rules that compare years, such as 348 (default: the folder of the previous period beside --input)"})
    String previousInput;

    @Option(names = "--allow-partial", description = {"go on past an unreadable or damaged file, reporting it, "
            + "instead of refusing the run"})
    boolean allowPartial;

    @Option(names = "--mapping", paramLabel = "FILE", description = {"header and value aliases (default: "
            + "jobs/mapping.yml in the current folder, else beside the program; or CARE_RETURNS_MAPPING)"})
    String mapping;

    // picocli wraps at '.' and ':', so a path or URL starts a line of its own
    @Option(names = "--council", paramLabel = "FILE", description = {"the council's name, code and expected returns",
        "  (default: jobs/council.yml, found likewise; or CARE_RETURNS_COUNCIL)"})
    String council;

    @Option(names = "--comparators", paramLabel = "FILE", description = {"published figures to compare with "
            + "(default: jobs/comparators.csv, found likewise; or CARE_RETURNS_COMPARATORS)"})
    String comparators;

    @Option(names = "--returns", paramLabel = "LIST", description = {"write only these returns, comma-separated "
            + "(${sys:care-returns.returns}); exit 6 if one of them cannot be produced"})
    String returns;

    @Mixin
    RepositoryOptions repository;

    @Option(names = "--help", usageHelp = true, description = "this text")
    boolean help;
}
