package org.carereturns.validation;

/** An error rejects the row; a warning keeps it and treats the value as unknown. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
