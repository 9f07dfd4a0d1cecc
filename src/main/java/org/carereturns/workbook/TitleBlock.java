package org.carereturns.workbook;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Whose figures a workbook holds and for when: the lines above every table and at the top of every
 * printed page, so that a screenshot, a copied table or a loose sheet of paper still says them. A
 * nightly run's figures are provisional, and every one of its tables and pages says so.
 *
 * @param council    the council's name and ONS code, e.g. "Medway Council (E06000035)"
 * @param returnName the return, e.g. "SALT", or what the workbook is, e.g. "Rejected rows"
 * @param period     e.g. "2024-25"
 * @param asOf       a nightly run's as-of date; null for the year-end
 */
public record TitleBlock(String council, String returnName, String period, LocalDate asOf) {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The title line of a table: "SALT: STS001 Table 1a". */
    public String title(String table) {
        return returnName + ": " + table;
    }

    public boolean provisional() {
        return asOf != null;
    }

    /** "Provisional: as of 31 January 2025", or null for the year-end. */
    public String provisionalNote() {
        return asOf == null ? null : "Provisional: as of " + LONG_DATE.format(asOf);
    }

    /** The period line: "Period: 2024-25 (1 April 2024 to 31 March 2025)", or to the as-of date. */
    public String periodLine() {
        if (asOf != null) {
            return provisionalNote() + ". Period: " + period + " to date (" + span() + "), not the year-end return";
        }
        return "Period: " + period + " (" + span() + ")";
    }

    /** "1 April 2024 to 31 March 2025", or to the as-of date. */
    public String span() {
        if (!period.matches("\\d{4}-\\d{2}")) {
            return period;
        }
        int start = Integer.parseInt(period.substring(0, 4));
        LocalDate end = asOf != null ? asOf : LocalDate.of(start + 1, 3, 31);
        return "1 April " + start + " to " + LONG_DATE.format(end);
    }

    /** What the right of every printed page's header says: "2024-25", or that above "Provisional: as of …". */
    public String printedPeriod() {
        return asOf == null ? period : period + "\n" + provisionalNote();
    }
}
