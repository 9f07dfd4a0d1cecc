package org.carereturns.salt;

/** The adult returns' age bands. */
public final class AgeBand {

    public static final String WORKING_AGE = "18-64";
    public static final String OLDER = "65+";

    private AgeBand() {
    }

    /** "18-64", "65+", or null for someone under 18 (out of the adults' scope). */
    public static String of(int age) {
        return age < 18 ? null : age < 65 ? WORKING_AGE : OLDER;
    }
}
