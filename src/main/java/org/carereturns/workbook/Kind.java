package org.carereturns.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * What a number in a workbook is, and so how it is shown: as published statistics show it. The
 * value in the cell is never rounded, only its display (returns.csv has the figures, rounded as
 * returns.md says, before they reach a workbook).
 */
public enum Kind {

    /** People, requests, rows: whole numbers with a thousands separator. */
    COUNT("#,##0", "+#,##0;-#,##0;0"),
    /** A share held as a fraction (0.389), shown to one decimal place as 38.9%. */
    PERCENT("0.0%", "+0.0\" pts\";-0.0\" pts\";0.0\" pts\""),
    /** A rate per 100,000 or a difference of rates: one decimal place. */
    RATE("#,##0.0", "+#,##0.0;-#,##0.0;0.0"),
    /** A median or a count of days: whole days. */
    DAYS("#,##0", "+#,##0;-#,##0;0"),
    /** A row number, an age, an execution: the number as it is, no separator. */
    PLAIN("0", "+0;-0;0");

    private final String format;
    private final String changeFormat;

    Kind(String format, String changeFormat) {
        this.format = format;
        this.changeFormat = changeFormat;
    }

    /** Excel's number format for a value of this kind. */
    public String format() {
        return format;
    }

    /** Excel's number format for a change in a value of this kind (a percentage's change is in points). */
    public String changeFormat() {
        return changeFormat;
    }

    /** A value to write as this kind; null stays an empty cell. */
    public Figure of(Number value) {
        return value == null ? null : new Figure(this, value, false);
    }

    /**
     * A change in a value of this kind, shown with its sign ("+4.3 pts", "-12"); a change in a
     * percentage is given in points (4.3), not as a fraction.
     */
    public Figure changeOf(Number value) {
        return value == null ? null : new Figure(this, value, true);
    }

    /** A number and what it is. */
    public record Figure(Kind kind, Number value, boolean change) {

        /** The text the cell shows, for sizing its column. */
        public String shown() {
            double v = value.doubleValue();
            String sign = change && v > 0 ? "+" : "";
            if (kind != PERCENT && kind != RATE && v == Math.rint(v) && Math.abs(v) < 1e15) {
                // the common case, a whole number (a count, a row number on Rejected rows), without a formatter
                String digits = Long.toString(Math.abs((long) v));
                StringBuilder out = new StringBuilder(sign).append(v < 0 ? "-" : "");
                for (int i = 0; i < digits.length(); i++) {
                    if (kind != PLAIN && i > 0 && (digits.length() - i) % 3 == 0) {
                        out.append(',');
                    }
                    out.append(digits.charAt(i));
                }
                return out.toString();
            }
            DecimalFormat f = new DecimalFormat(switch (kind) {
                case COUNT, DAYS -> "#,##0";
                case RATE -> "#,##0.0";
                case PERCENT -> "0.0";
                case PLAIN -> "0.##########";
            }, DecimalFormatSymbols.getInstance(Locale.UK));
            f.setRoundingMode(RoundingMode.HALF_UP);
            if (kind == PERCENT) {
                return change ? sign + f.format(v) + " pts" : f.format(BigDecimal.valueOf(v).movePointRight(2)) + "%";
            }
            return sign + f.format(v);
        }
    }
}
