package org.carereturns.cli;

import java.util.Locale;

/** A number given on the command line, checked against its range with a message a person would write. */
final class Numbers {

    private Numbers() {
    }

    static double within(String command, String option, String value, double otherwise, double min, double max)
            throws UsageException {
        if (value == null) {
            return otherwise;
        }
        try {
            double d = Double.parseDouble(value);
            if (d < min || d > max || Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(command, option + " must be a number from " + plain(min) + " to " + plain(max)
                    + ", not '" + value + "'");
        }
    }

    /** 100,000, not 100000.0; 0.05 as it is. */
    private static String plain(double d) {
        return d == Math.rint(d) ? String.format(Locale.UK, "%,d", (long) d) : Double.toString(d);
    }
}
