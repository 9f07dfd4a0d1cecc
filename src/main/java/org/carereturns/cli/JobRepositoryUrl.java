package org.carereturns.cli;

import java.nio.file.Path;

/**
 * Where the job repository is: --db-url, else CARE_RETURNS_DB_URL, else an H2 file beside the outputs.
 * The H2 file is opened in mixed mode (AUTO_SERVER) so a second process on this machine can reach it
 * to find, and name, a run in progress; NETWORK_TIMEOUT bounds how long that second process waits
 * on one that does not answer (stopped with Ctrl-Z, say) instead of hanging.
 */
final class JobRepositoryUrl {

    private JobRepositoryUrl() {
    }

    static String of(Arguments a, Path output) {
        return a.get("--db-url", System.getenv().getOrDefault("CARE_RETURNS_DB_URL", "jdbc:h2:file:"
                + output.toAbsolutePath().resolve(".jobrepo").resolve("care-returns") + ";AUTO_SERVER=TRUE;NETWORK_TIMEOUT=15000"));
    }

    /** The repository the run uses: --db-url and its credentials, else the variables, else the H2 file. */
    static org.carereturns.job.RunLauncher.Repository repository(Arguments a, Path output) {
        String url = of(a, output);
        return new org.carereturns.job.RunLauncher.Repository(url,
                a.get("--db-user", System.getenv().getOrDefault("CARE_RETURNS_DB_USER", url.startsWith("jdbc:h2:") ? "sa" : "")),
                a.get("--db-password", System.getenv().getOrDefault("CARE_RETURNS_DB_PASSWORD", "")));
    }
}
