package org.carereturns.ingest;

/** A file that cannot be read as an extract: the message says which file and why, in plain words. */
public class InputRefusedException extends Exception {

    private final String file;

    public InputRefusedException(String file, String reason) {
        super(Names.printable(file) + ": " + reason);
        this.file = Names.printable(file);
    }

    public String file() {
        return file;
    }

    public String reason() {
        return getMessage().substring(file.length() + 2);
    }
}
