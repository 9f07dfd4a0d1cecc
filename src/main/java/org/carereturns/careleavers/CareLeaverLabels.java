package org.carereturns.careleavers;

import java.util.Map;

/**
 * What the DfE's SSDA903 codes on the care-leaver tables mean, so that a reader of CareLeavers.xlsx
 * need not look up REFU, F4 or K1 (DfE SSDA903 guide; statutory-background.md §8).
 */
final class CareLeaverLabels {

    private static final Map<String, String> IN_TOUCH = Map.of(
            "YES", "In touch",
            "NO", "Not in touch",
            "REFU", "Young person refuses contact",
            "NREQ", "Young person no longer requires services",
            "Total", "All care leavers in the cohort");

    private static final Map<String, String> ACTIVITY = Map.ofEntries(
            Map.entry("F1", "Full time in higher education"),
            Map.entry("P1", "Part time in higher education"),
            Map.entry("F2", "Full time in education other than higher"),
            Map.entry("P2", "Part time in education other than higher"),
            Map.entry("F4", "Full time in an apprenticeship"),
            Map.entry("P4", "Part time in an apprenticeship"),
            Map.entry("F5", "Full time in training or employment (not an apprenticeship)"),
            Map.entry("P5", "Part time in training or employment (not an apprenticeship)"),
            Map.entry("G4", "Not in education, employment or training: illness or disability"),
            Map.entry("G5", "Not in education, employment or training: other"),
            Map.entry("G6", "Not in education, employment or training: pregnancy or parenting"),
            Map.entry("0", "No information"),
            Map.entry("EET", "In education, employment or training (F1 to P5)"),
            Map.entry("NEET", "Not in education, employment or training (G4 to G6)"),
            Map.entry("Total", "All care leavers in the cohort"));

    private static final Map<String, String> ACCOMMODATION = Map.ofEntries(
            Map.entry("B", "With parents or relatives"),
            Map.entry("C", "Community home or other residential care"),
            Map.entry("D", "Semi-independent, transitional or self-contained accommodation"),
            Map.entry("E", "Supported lodgings"),
            Map.entry("G", "Gone abroad"),
            Map.entry("H", "Deported"),
            Map.entry("K", "Ordinary lodgings, without formal support"),
            Map.entry("R", "Residence not known"),
            Map.entry("S", "No fixed abode or homeless"),
            Map.entry("T", "Foyer or similar supported accommodation"),
            Map.entry("U", "Independent living"),
            Map.entry("V", "Emergency accommodation"),
            Map.entry("W", "Bed and breakfast"),
            Map.entry("X", "In custody"),
            Map.entry("Y", "Other accommodation"),
            Map.entry("Z", "With former foster carers"),
            Map.entry("0", "No information"),
            Map.entry("Suitable", "Accommodation coded suitable (second character 1)"),
            Map.entry("Unsuitable", "Accommodation coded unsuitable (second character 2)"),
            Map.entry("No information", "Accommodation not known (0)"),
            Map.entry("Total", "All care leavers in the cohort"));

    private static final Map<String, String> INDICATORS = Map.of(
            "In touch (%)", "In touch, of the cohort",
            "In education, employment or training (%)", "EET, of the cohort",
            "In higher education (%)", "F1 or P1, of the cohort",
            "In suitable accommodation (%)", "Suitable, of the cohort");

    private CareLeaverLabels() {
    }

    private static final Map<String, String> COHORT = Map.of(
            Eligibility.OC3_ROWS, "Every row of the OC3 extract",
            Eligibility.ALL_BLANK, "In Touch, Activity and Accommodation all blank: no information was due",
            Eligibility.AGED_22_TO_25, "Aged 22 to 25 in the year: outside the indicators",
            Eligibility.DIED_OR_HOME, "In Touch DIED or RHOM",
            Eligibility.REJECTED, "Rejected by a rule (Rejected.xlsx says which), DfE eligibility rules among them",
            Eligibility.IN_COHORT, "The care leavers the other tables count",
            Eligibility.MISSING, "Relevant or former relevant children aged 17 to 21 in the year, not looked after on "
                    + "that birthday, with no OC3 row (CL-01)",
            Eligibility.NOT_DECIDABLE, "Young people whose episodes do not reach back to their 14th birthday, so "
                    + "rules 1001 and 1002 could not be decided for them");

    /** The meaning of a row of a care-leaver table, or "" when it needs none. */
    static String meaning(String table, String row) {
        Map<String, String> labels = switch (table) {
            case "In touch" -> IN_TOUCH;
            case "Activity" -> ACTIVITY;
            case "Accommodation" -> ACCOMMODATION;
            case "Indicators" -> INDICATORS;
            case "Cohort" -> COHORT;
            default -> Map.of();
        };
        return labels.getOrDefault(row, "");
    }
}
