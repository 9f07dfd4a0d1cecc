package org.carereturns.validation;

/** One rule broken by one row: the column, the value found, and the message for the report. */
public record Finding(Rule rule, String column, String value, String message) {

    public boolean isError() {
        return rule.severity() == Severity.ERROR;
    }
}
