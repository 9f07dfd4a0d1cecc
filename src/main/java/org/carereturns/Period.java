package org.carereturns;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A financial year written YYYY-YY: 1 April YYYY to 31 March YYYY+1. A provisional (nightly) run
 * has an as-of date that stands in for the period end in every snapshot and window.
 */
public record Period(int startYear, LocalDate asOf) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");
    /**
     * The years a return can be for: the statutory collections began in the 1990s, and a year four
     * digits long is all a folder name, a workbook title or a date in a spreadsheet can hold.
     */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2099;

    public Period(int startYear) {
        this(startYear, null);
    }

    public static Period parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("the period must be written like 2024-25, not '" + text + "'");
        }
        int start = Integer.parseInt(m.group(1));
        if (start < FIRST_YEAR || start > LAST_YEAR) {
            throw new IllegalArgumentException("the period must be a financial year from " + new Period(FIRST_YEAR)
                    + " to " + new Period(LAST_YEAR) + ", not '" + text + "'");
        }
        if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("'" + text + "' is not a financial year: after " + start
                    + " comes " + String.format("%02d", (start + 1) % 100));
        }
        return new Period(start);
    }

    public static Period containing(LocalDate date) {
        return new Period(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /** The year to date: the financial year containing {@code date}, ending on it. */
    public static Period yearTo(LocalDate date) {
        int start = containing(date).startYear();
        if (start < FIRST_YEAR || start > LAST_YEAR) {
            throw new IllegalArgumentException("the date must fall in a financial year from " + new Period(FIRST_YEAR)
                    + " to " + new Period(LAST_YEAR) + " (" + LocalDate.of(FIRST_YEAR, 4, 1) + " to "
                    + LocalDate.of(LAST_YEAR + 1, 3, 31) + "), not " + date);
        }
        return new Period(start, date);
    }

    public boolean provisional() {
        return asOf != null;
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    /** 31 March, or the as-of date of a provisional run. */
    public LocalDate end() {
        return asOf != null ? asOf : LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate d) {
        return d != null && !d.isBefore(start()) && !d.isAfter(end());
    }

    @Override
    public String toString() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }

    /**
     * The age a person turns on their birthday within this year (SSDA903's "age in year"); a
     * 29 February birthday falls on 28 February.
     */
    /** The collection year before this one, whole (for last year's returns). */
    public Period previous() {
        return new Period(startYear - 1);
    }

    public int ageInYear(java.time.LocalDate dateOfBirth) {
        int birthdayYear = dateOfBirth.getMonthValue() >= 4 ? startYear() : startYear() + 1;
        return birthdayYear - dateOfBirth.getYear();
    }
}
