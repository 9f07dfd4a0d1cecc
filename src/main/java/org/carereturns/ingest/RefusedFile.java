package org.carereturns.ingest;

/** A file that could not be used, with the reason an operator can act on. */
public record RefusedFile(Extract extract, String name, String reason, String sha256) {

    public RefusedFile {
        name = Names.printable(name);
    }
}
