package org.carereturns.ingest;

import java.util.List;

/**
 * One column of an extract: its name as extracts.md writes it, the header aliases it is also
 * known by, and whether a file without it is refused.
 */
public record Column(String name, List<String> aliases, boolean requiredHeader) {

    public static Column required(String name, String... aliases) {
        return new Column(name, List.of(aliases), true);
    }

    public static Column optional(String name, String... aliases) {
        return new Column(name, List.of(aliases), false);
    }

    /** Header names match ignoring case, spaces, '_', '-', '.' and '/'. */
    public static String headerKey(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (Character.isWhitespace(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == '\u00a0') {
                continue;
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
