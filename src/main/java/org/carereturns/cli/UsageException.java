package org.carereturns.cli;

/** The command line itself is wrong: exit code 2 with a one-line message. */
public class UsageException extends Exception {
    private final String command;

    public UsageException(String command, String message) {
        super(message);
        this.command = command;
    }

    public String command() {
        return command;
    }
}
