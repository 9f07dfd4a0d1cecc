package org.carereturns.cli;

import java.nio.file.Path;

/**
 * Where the job repository is: --db-url, else CARE_RETURNS_DB_URL, else an H2 file beside the outputs.
 * The H2 file is opened in mixed mode (AUTO_SERVER) so a second process on this machine can reach it
 * to find, and name, a run in progress.
 */
final class JobRepositoryUrl {

    private JobRepositoryUrl() {
    }

    static String of(Arguments a, Path output) {
        return a.get("--db-url", System.getenv().getOrDefault("CARE_RETURNS_DB_URL", "jdbc:h2:file:"
                + output.toAbsolutePath().resolve(".jobrepo").resolve("care-returns") + ";AUTO_SERVER=TRUE"));
    }
}
