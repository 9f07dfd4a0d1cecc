package org.carereturns.ingest;

import java.util.List;

/**
 * The extracts a council drops into the input folder (extracts.md, "Files"), the SSDA903 header and
 * episodes among them (docs/extracts.md).
 */
public enum Extract {
    CONTACTS("contacts", Records.Contact.class, "contacts*"),
    SERVICES("services", Records.Service.class, "services*"),
    REVIEWS("reviews", Records.Review.class, "reviews*"),
    SAFEGUARDING("safeguarding", Records.Concern.class, "safeguarding*"),
    CARE_LEAVERS("care leavers", Records.CareLeaver.class, "care-leavers*", "oc3*"),
    POPULATION("population", Records.PopulationRow.class, "population*"),
    HEADER_903("903 header", Records.ChildHeader.class, "header*", "903-header*", "ssda903-header*"),
    EPISODES("episodes", Records.Episode.class, "episodes*", "903-episodes*", "ssda903-episodes*"),
    CLD("cld", Records.CldEvent.class, "cld*");

    private final String label;
    private final Class<?> recordType;
    private final List<String> defaultPatterns;

    Extract(String label, Class<?> recordType, String... stems) {
        this.label = label;
        this.recordType = recordType;
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

    /** The typed record a valid row of this extract becomes (ingest.Records). */
    public Class<?> recordType() {
        return recordType;
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
