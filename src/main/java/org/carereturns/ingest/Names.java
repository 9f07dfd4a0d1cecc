package org.carereturns.ingest;

/**
 * File and sheet names as they are printed: on the terminal, in run.log, in messages and in the
 * manifest. A name is the council's (or anyone's who can write to the input folder), so a line break,
 * an ANSI escape or a right-to-left override in it could forge a log line, clear the screen or
 * disguise a name; such characters are written out visibly, as a backslash and n, or as \\u and the code.
 */
public final class Names {

    private Names() {
    }

    public static String printable(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String shown = visible(c);
            if (shown != null && b == null) {
                b = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            if (b != null) {
                b.append(shown != null ? shown : String.valueOf(c));
            }
        }
        return b == null ? name : b.toString();
    }

    /** How a character that must not act is shown, or null for one printed as itself. */
    private static String visible(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        int type = Character.getType(c);
        boolean acts = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
        return acts ? String.format("\\u%04X", (int) c) : null;
    }

    /** True when the name could not be decoded as UTF-8 (the system put U+FFFD where its bytes were). */
    public static boolean undecodable(String name) {
        return name.indexOf('\uFFFD') >= 0;
    }
}
