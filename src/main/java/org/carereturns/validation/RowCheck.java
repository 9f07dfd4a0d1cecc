package org.carereturns.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carereturns.codes.CodeList;
import org.carereturns.ingest.Cell;
import org.carereturns.ingest.Column;
import org.carereturns.ingest.RawRecord;
import org.carereturns.ingest.Schema;
import org.carereturns.ingest.Values;

/**
 * The checks of one row: each helper reads one column, and when the value breaks its rule records
 * a finding whose message names the column, the value and what was expected.
 */
public final class RowCheck {

    private static final String DATE_HINT = "use a date such as 31/03/2025 or 2025-03-31 (day first; "
            + "two-digit years and month-first dates are not accepted)";

    private final RawRecord raw;
    private final List<Finding> findings = new ArrayList<>();

    public RowCheck(RawRecord raw) {
        this.raw = raw;
    }

    public RawRecord raw() {
        return raw;
    }

    public List<Finding> findings() {
        return findings;
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public Cell cell(String column) {
        Integer i = POSITIONS.get(raw.extract()).get(column);
        if (i == null) {
            throw new IllegalArgumentException(column + " is not a column of " + raw.extract().label());
        }
        return raw.cells()[i];
    }

    /** Each extract's columns by name: a row of CLD's 50 columns is looked up some 70 times. */
    private static final java.util.Map<org.carereturns.ingest.Extract, java.util.Map<String, Integer>> POSITIONS =
            positions();

    private static java.util.Map<org.carereturns.ingest.Extract, java.util.Map<String, Integer>> positions() {
        var all = new java.util.EnumMap<org.carereturns.ingest.Extract, java.util.Map<String, Integer>>(
                org.carereturns.ingest.Extract.class);
        for (org.carereturns.ingest.Extract e : org.carereturns.ingest.Extract.values()) {
            java.util.Map<String, Integer> byName = new java.util.HashMap<>();
            List<Column> cols = Schema.columns(e);
            for (int i = 0; i < cols.size(); i++) {
                byName.put(cols.get(i).name(), i);
            }
            all.put(e, byName);
        }
        return all;
    }

    /** The cell as shown in Excel, for the report ("" when empty). */
    public String shown(String column) {
        Cell c = cell(column);
        if (c != null && c.kind() == Cell.Kind.NUMBER && Schema.isDate(column)) {
            LocalDate d = Values.fromSerial(c.number(), raw.date1904());
            return d == null ? c.display() : d.toString();
        }
        return c == null ? "" : c.display();
    }

    public String text(String column) {
        Cell c = cell(column);
        return c != null && c.kind() == Cell.Kind.ERROR ? null : Values.text(c);
    }

    public boolean blank(String column) {
        return cell(column) == null;
    }

    public void fail(Rule rule, String column, String value, String message) {
        findings.add(new Finding(rule, column, value, message));
    }

    /**
     * A required identifier or text: never blank, never an error cell or a formula without a value, and
     * for an ID never a yes/no cell, a number Excel has cut short to scientific notation, or one holding
     * control characters.
     */
    public String required(String column, Rule rule) {
        Cell c = cell(column);
        if (c != null && c.kind() == Cell.Kind.ERROR) {
            fail(rule, column, c.display(), errorCell(column, c));
            return null;
        }
        String v = Values.text(c);
        if (v == null) {
            fail(rule, column, "", column + " is blank; " + lower(rule.description()));
            return null;
        }
        String unusable = column.endsWith(" ID") ? unusableId(column, c, v) : null;
        if (unusable != null) {
            fail(rule, column, v, unusable);
            return null;
        }
        return v;
    }

    /** SCIENTIFIC: how Excel shows a long number in a General cell, e.g. 1.23457E+15: the digits are gone. */
    private static final java.util.regex.Pattern SCIENTIFIC =
            java.util.regex.Pattern.compile("[0-9](\\.[0-9]+)?[eE]\\+[0-9]+");

    private static String unusableId(String column, Cell c, String v) {
        if (c.kind() == Cell.Kind.BOOLEAN) {
            return column + " holds the yes/no value " + v + ", not an identifier; format the column as Text"
                    + " in the export.";
        }
        if (SCIENTIFIC.matcher(v).matches()) {
            return column + " '" + v + "' is a long number Excel has cut short to scientific notation: its last"
                    + " digits are lost, so different people can share it. Format the column as Text in the export.";
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isISOControl(v.charAt(i))) {
                return column + " holds a control character (code " + (int) v.charAt(i) + "), which no"
                        + " identifier has; the value was damaged on its way out of the case system.";
            }
        }
        return null;
    }

    /** What an error cell holds, in words: a spreadsheet error such as #N/A, or a formula saved without a value. */
    static String errorCell(String column, Cell c) {
        if (c.isUnsavedFormula()) {
            return column + " holds the formula " + c.display() + " with no saved value (formula cells are read by"
                    + " the value Excel saved with them); open the file in Excel and save it, or export values.";
        }
        return column + " holds the spreadsheet error " + c.display() + ".";
    }

    public LocalDate requiredDate(String column, Rule rule) {
        if (blank(column)) {
            fail(rule, column, "", column + " is blank; " + lower(rule.description()));
            return null;
        }
        return optionalDate(column, rule);
    }

    /** An optional date: blank is fine, anything that is not a date breaks the rule. */
    public LocalDate optionalDate(String column, Rule rule) {
        Cell c = cell(column);
        Values.DateValue d = Values.date(c, raw.date1904());
        if (d.invalid()) {
            String shownValue = shown(column);
            String why = c.kind() == Cell.Kind.ERROR ? errorCell(column, c)
                    : column + " '" + shownValue + "' is not a valid date; " + DATE_HINT + ".";
            fail(rule, column, shownValue, why + (rule.severity() == Severity.WARNING ? " Treated as unknown." : ""));
        }
        return d.date();
    }

    public String requiredCode(String column, CodeList codes, Rule rule) {
        if (blank(column)) {
            fail(rule, column, "", column + " is blank; " + lower(rule.description()));
            return null;
        }
        return optionalCode(column, codes, rule);
    }

    /** An optional code: blank gives null; a value not on the list breaks the rule. */
    public String optionalCode(String column, CodeList codes, Rule rule) {
        Cell c = cell(column);
        if (c == null) {
            return null;
        }
        Optional<String> label = c.kind() == Cell.Kind.ERROR ? Optional.empty() : codes.match(c.display());
        if (label.isEmpty()) {
            fail(rule, column, c.display(), (c.kind() == Cell.Kind.ERROR ? errorCell(column, c)
                    : notOnList(column, c.display(), codes))
                    + (rule.severity() == Severity.WARNING ? " Treated as unknown." : ""));
            return null;
        }
        return label.get();
    }

    /** Several codes in one cell, separated by ';' or ','; each must be on the list. */
    public List<String> codes(String column, CodeList codes, Rule rule) {
        String v = text(column);
        List<String> out = new ArrayList<>();
        if (v == null) {
            if (!blank(column)) {
                fail(rule, column, shown(column), errorCell(column, cell(column)));
            }
            return out;
        }
        for (String part : v.split("[;,]")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            Optional<String> label = codes.match(p);
            if (label.isEmpty()) {
                fail(rule, column, v, notOnList(column, p, codes));
                return List.of();
            }
            if (!out.contains(label.get())) {
                out.add(label.get());
            }
        }
        return out;
    }

    /** A short list is given in full; a long one is named, with where to read it (one cell stays readable). */
    static String notOnList(String column, String value, CodeList codes) {
        List<String> labels = codes.labels();
        String joined = String.join("; ", labels);
        if (labels.size() <= 8 && joined.length() <= 160) {
            return column + " '" + value + "' is not a recognised value (expected one of: " + joined + ").";
        }
        return column + " '" + value + "' is not on the " + column + " list (" + labels.size() + " values; see "
                + column + " in docs/extracts.md for them and their accepted spellings).";
    }

    /**
     * A rule's description continuing a sentence: "… is blank; every row needs …". A description that
     * starts with a column name keeps its capitals ("Delivery Mechanism is required", "ST-Max Outcome …").
     */
    static String lower(String s) {
        if (s.isEmpty() || startsWithColumnName(s)) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean startsWithColumnName(String s) {
        for (org.carereturns.ingest.Extract e : org.carereturns.ingest.Extract.values()) {
            for (Column c : Schema.columns(e)) {
                if (s.startsWith(c.name())) {
                    return true;
                }
            }
        }
        return false;
    }
}
