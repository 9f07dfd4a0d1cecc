package org.carereturns.ingest;

/**
 * One cell as the file holds it: a number (dates are numbers in Excel), text, a boolean, or an
 * error such as #N/A. For a formula the cached value is what arrives here.
 */
public record Cell(Kind kind, String text, double number) {

    public enum Kind { TEXT, NUMBER, BOOLEAN, ERROR }

    public static Cell text(String text) {
        return new Cell(Kind.TEXT, text, 0);
    }

    public static Cell number(double value, String raw) {
        return new Cell(Kind.NUMBER, raw, value);
    }

    public static Cell error(String code) {
        return new Cell(Kind.ERROR, code, 0);
    }

    /**
     * A formula saved without its value (extracts.md: formula cells use their cached value, and this one
     * has none). It is an error cell, so every column check refuses it, naming the formula.
     */
    public static Cell unsavedFormula(String formula) {
        return new Cell(Kind.ERROR, "=" + formula, 0);
    }

    /** True for a formula saved without its value; other error cells hold codes such as #N/A. */
    public boolean isUnsavedFormula() {
        return kind == Kind.ERROR && text.startsWith("=");
    }

    public static Cell bool(boolean value) {
        return new Cell(Kind.BOOLEAN, value ? "TRUE" : "FALSE", 0);
    }

    public boolean isBlank() {
        return kind == Kind.TEXT && text.isBlank();
    }

    /** The value as an auditor would see it in the cell, for messages and the rejected-row report. */
    public String display() {
        if (kind == Kind.NUMBER) {
            return Values.numberAsText(number);
        }
        return text;
    }
}
