package org.carereturns.cli;

/** The exit codes a scheduler can act on. */
public final class ExitCode {
    public static final int DONE = 0;
    public static final int USAGE = 2;
    public static final int INPUT_REFUSED = 3;
    public static final int JOB_FAILED = 4;
    public static final int ALREADY_RUNNING = 5;
    /** Done but incomplete: a return the council expects could not be produced; the rest is published. */
    public static final int INCOMPLETE = 6;

    private ExitCode() {
    }
}
