package org.carereturns.job;

import java.nio.file.Path;

/** The job repository's failures in words a performance officer can act on, never the database's own. */
final class RepositoryProblems {

    private RepositoryProblems() {
    }

    /**
     * What went wrong with the job repository, in words a performance officer can act on (never the
     * database's own jargon), or null when the failure was not the repository's.
     */
    static String problem(Throwable failure, Path output) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(' ').append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        String text = all.toString().toLowerCase(java.util.Locale.ROOT);
        Path folder = output.toAbsolutePath().normalize().resolve(".jobrepo");
        if (text.contains("corrupt") || text.contains("file is not a database") || text.contains("mvstoreexception")
                && text.contains("header")) {
            return "the job repository in " + folder + " is damaged (it holds the run history only, never a return):"
                    + " move that folder aside, or delete it, and run again";
        }
        if (text.contains("database is already closed") || text.contains("database closed")) {
            // a closed repository is not a signal: say a stop was asked for only when one was
            return StopSignal.received()
                    ? "the run was stopped before it finished (the system asked it to stop); nothing of it was"
                    + " published and the earlier outputs are as they were; the next run finds it"
                    : "the job repository in " + folder + " was closed while the run used it (the process that held"
                    + " it ended); nothing of it was published and the earlier outputs are as they were; run it again";
        }
        if (text.contains("sockettimeout") || text.contains("read timed out") || text.contains("connection is broken")
                && text.contains("h2")) {
            return "refused: the job repository in " + folder + " is held by another process that does not answer"
                    + " (it may be stopped, e.g. by Ctrl-Z); resume it with 'fg' or end it, then run again";
        }
        if (text.contains("read only") || text.contains("readonly") || text.contains("access denied")
                && text.contains("h2")) {
            return "the job repository in " + folder + " cannot be written; make that folder writable for this"
                    + " account, or name another output folder with --output";
        }
        return null;
    }
}
