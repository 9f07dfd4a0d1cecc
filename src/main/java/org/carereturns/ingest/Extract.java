package org.carereturns.ingest;

import java.util.List;

/** The six extracts a council drops into the input folder (extracts.md, "Files"). */
public enum Extract {
    CONTACTS("contacts", "contacts*"),
    SERVICES("services", "services*"),
    REVIEWS("reviews", "reviews*"),
    SAFEGUARDING("safeguarding", "safeguarding*"),
    CARE_LEAVERS("care leavers", "care-leavers*", "oc3*"),
    POPULATION("population", "population*");

    private final String label;
    private final List<String> defaultPatterns;

    Extract(String label, String... stems) {
        this.label = label;
        this.defaultPatterns = java.util.Arrays.stream(stems)
                .flatMap(stem -> java.util.stream.Stream.of(stem + ".xlsx", stem + ".csv"))
                .toList();
    }

    /** The name used in reports, e.g. "care leavers". */
    public String label() {
        return label;
    }

    /** The key used in the mapping file and in file names, e.g. "care-leavers". */
    public String key() {
        return label.replace(' ', '-');
    }

    public List<String> defaultPatterns() {
        return defaultPatterns;
    }

    public static Extract fromKey(String key) {
        for (Extract e : values()) {
            if (e.key().equalsIgnoreCase(key) || e.name().equalsIgnoreCase(key) || e.label.equalsIgnoreCase(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown extract '" + key + "'");
    }
}
