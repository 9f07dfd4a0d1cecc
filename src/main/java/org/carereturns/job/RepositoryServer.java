package org.carereturns.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded job repository as a server for other processes. The first care-returns process to open
 * the H2 file beside the outputs serves it (H2's AUTO_SERVER) to any other that opens it meanwhile: a
 * run for another period into the same output folder, or {@code runs}. Closing it would pull it from
 * under them, so a run that finishes first waits, before it closes the repository, until the others
 * have let it go. Its own outputs are published by then; only its exit waits.
 */
final class RepositoryServer {

    /** How long a run waits for the others once it was itself asked to stop (SIGTERM). */
    static final long WAIT_WHEN_STOPPING_MS = 10_000;
    /** How long it waits at most otherwise: a county's year-end takes minutes, not hours. */
    static final long WAIT_AT_MOST_MS = 6 * 3600_000L;

    private RepositoryServer() {
    }

    static void waitForOtherProcesses(ConfigurableApplicationContext spring, RunLauncher.Repository repository,
                                      Path output, PrintStream err) {
        if (!repository.url().startsWith("jdbc:h2:") || !repository.url().contains("AUTO_SERVER=TRUE")) {
            return;
        }
        DataSource data;
        try {
            data = spring.getBean(DataSource.class);
        } catch (RuntimeException e) {
            return;
        }
        long started = System.currentTimeMillis();
        boolean said = false;
        while (true) {
            int others = otherProcesses(data);
            long waited = System.currentTimeMillis() - started;
            if (others == 0 || waited > (StopSignal.received() ? WAIT_WHEN_STOPPING_MS : WAIT_AT_MOST_MS)) {
                return;
            }
            if (!said) {
                err.println("care-returns: note: another care-returns process (a run for another period, or runs) is"
                        + " using the job repository in " + output.toAbsolutePath().normalize().resolve(".jobrepo")
                        + " through this one; waiting for it to finish before closing the repository");
                said = true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Sessions that came through this process's server, from other processes: H2 names their server. A
     * process that reaches the repository through another's server has such sessions itself, and serves
     * no one: it has nothing to wait for.
     */
    private static int otherProcesses(DataSource data) {
        try (Connection c = data.getConnection()) {
            try (ResultSet own = c.createStatement().executeQuery(
                    "SELECT SERVER FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()")) {
                if (own.next() && own.getString(1) != null) {
                    return 0;
                }
            }
            try (ResultSet r = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS NOT NULL")) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (Exception e) {
            return 0; // the repository is gone already: there is nothing left to wait for
        }
    }
}
