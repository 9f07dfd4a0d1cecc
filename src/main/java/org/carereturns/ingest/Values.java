package org.carereturns.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns cells into text, dates and whole numbers, the way extracts.md says to read them. */
public final class Values {

    private Values() {
    }

    private static final LocalDate EXCEL_1900_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_1904_EPOCH = LocalDate.of(1904, 1, 1);
    private static final double MAX_SERIAL = 2958465;

    /** Trimmed, with runs of white space collapsed; null when blank. */
    public static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String raw = cell.kind() == Cell.Kind.NUMBER ? numberAsText(cell.number()) : cell.text();
        String cleaned = collapse(raw);
        return cleaned.isEmpty() ? null : cleaned;
    }

    public static String collapse(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A number as Excel shows it in a General cell: 12345, never 12345.0 or 1.2345E4. */
    public static String numberAsText(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** The outcome of reading a date: a date, blank, or invalid (with the text that was there). */
    public record DateValue(LocalDate date, boolean blank, String raw) {
        public boolean invalid() {
            return date == null && !blank;
        }
    }

    public static DateValue date(Cell cell, boolean date1904) {
        if (cell == null || cell.isBlank()) {
            return new DateValue(null, true, "");
        }
        return switch (cell.kind()) {
            case NUMBER -> new DateValue(fromSerial(cell.number(), date1904), false, cell.display());
            case TEXT -> new DateValue(parseDate(cell.text(), date1904), false, cell.text().trim());
            default -> new DateValue(null, false, cell.display());
        };
    }

    /** An Excel serial number, 1..2958465; the fraction (time of day) is ignored. */
    public static LocalDate fromSerial(double serial, boolean date1904) {
        if (serial < 1 || serial > MAX_SERIAL || Double.isNaN(serial)) {
            return null;
        }
        long days = (long) Math.floor(serial);
        if (date1904) {
            return EXCEL_1904_EPOCH.plusDays(days);
        }
        if (days == 60) {
            return null; // 29 February 1900 exists only in Excel
        }
        return days < 60 ? EXCEL_1900_EPOCH.plusDays(days + 1) : EXCEL_1900_EPOCH.plusDays(days);
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern NAMED = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\\.?,? (\\d{4})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");
    private static final Pattern TIME_PART = Pattern.compile("(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?: ?[AaPp][Mm])?Z?)$");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    /**
     * Text dates: yyyy-MM-dd, dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy, d MMM yyyy, d MMMM yyyy,
     * UK day-first, with any time part ignored; or an Excel serial number written as text.
     * Two-digit years do not match, and a US month-first date fails as an impossible month.
     */
    public static LocalDate parseDate(String text, boolean date1904) {
        String s = collapse(text);
        Matcher time = TIME_PART.matcher(s);
        if (time.find() && time.start() > 0) {
            s = s.substring(0, time.start()).trim();
        }
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = DAY_FIRST.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(1)));
            }
            m = NAMED.matcher(s.replace('-', ' '));
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                return month == null ? null
                        : LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            }
            if (SERIAL.matcher(s).matches()) {
                return fromSerial(Double.parseDouble(s), date1904);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** A whole number from a number cell or text such as "1,234"; null when not a whole number. */
    public static Long wholeNumber(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.kind() == Cell.Kind.NUMBER) {
            return cell.number() == Math.rint(cell.number()) ? (long) cell.number() : null;
        }
        if (cell.kind() != Cell.Kind.TEXT) {
            return null;
        }
        String s = cell.text().trim().replace(",", "");
        try {
            BigDecimal d = new BigDecimal(s);
            return d.stripTrailingZeros().scale() <= 0 ? d.longValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
