package org.carereturns.validation;

/**
 * A validation rule as the Rules sheet lists it: its ID, severity, the extract and column it
 * checks, and what it requires, in words a performance officer understands.
 */
public record Rule(String id, Severity severity, String extract, String column, String description) {

    public static Rule error(String id, String extract, String column, String description) {
        return new Rule(id, Severity.ERROR, extract, column, description);
    }

    public static Rule warning(String id, String extract, String column, String description) {
        return new Rule(id, Severity.WARNING, extract, column, description);
    }
}
