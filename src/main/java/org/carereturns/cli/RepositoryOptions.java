package org.carereturns.cli;

import java.nio.file.Path;

import org.carereturns.job.RunLauncher;

import picocli.CommandLine.Option;

/**
 * Where the job repository is: --db-url, else CARE_RETURNS_DB_URL, else an H2 file beside the outputs.
 * The H2 file is opened in mixed mode (AUTO_SERVER) so a second process on this machine can reach it
 * to find, and name, a run in progress; NETWORK_TIMEOUT bounds how long that second process waits
 * on one that does not answer (stopped with Ctrl-Z, say) instead of hanging.
 */
final class RepositoryOptions {

    @Option(names = "--db-url", paramLabel = "URL", description = {"where runs are recorded (default: a database "
            + "file in DIR/.jobrepo); to share one between machines, a JDBC URL such as",
        "  jdbc:postgresql://host:5432/care_returns"})
    String url;

    @Option(names = "--db-user", paramLabel = "U", description = "user name for --db-url")
    String user;

    @Option(names = "--db-password", paramLabel = "P", description = "password for --db-url")
    String password;

    /** True when neither --db-url nor CARE_RETURNS_DB_URL names a repository: the H2 file is used. */
    boolean embedded() {
        return url == null && System.getenv("CARE_RETURNS_DB_URL") == null;
    }

    String url(Path output) {
        return url != null ? url : System.getenv().getOrDefault("CARE_RETURNS_DB_URL", "jdbc:h2:file:"
                + output.toAbsolutePath().resolve(".jobrepo").resolve("care-returns")
                // WRITE_DELAY=0: each commit is written out before it returns, so a run killed a moment after a
                // chunk committed resumes after that chunk (H2's default leaves the last half-second in memory)
                + ";AUTO_SERVER=TRUE;NETWORK_TIMEOUT=15000;WRITE_DELAY=0");
    }

    /** The repository a run uses: --db-url and its credentials, else the variables, else the H2 file. */
    RunLauncher.Repository repository(Path output) {
        String at = url(output);
        return new RunLauncher.Repository(at,
                user != null ? user : System.getenv().getOrDefault("CARE_RETURNS_DB_USER", at.startsWith("jdbc:h2:")
                        ? "sa" : ""),
                password != null ? password : System.getenv().getOrDefault("CARE_RETURNS_DB_PASSWORD", ""));
    }
}
