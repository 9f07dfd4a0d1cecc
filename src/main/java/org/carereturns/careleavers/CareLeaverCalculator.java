package org.carereturns.careleavers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.carereturns.Period;
import org.carereturns.codes.Codes;
import org.carereturns.ingest.Records.CareLeaver;
import org.carereturns.returns.Table;

/**
 * The care-leaver tables of returns.md (SSDA903 OC3) by age in year. The cohort is the valid rows
 * aged 17 to 21 that remain after the exclusions (all blank, aged 22 to 25, DIED, RHOM), which the
 * validation step has already counted.
 */
public final class CareLeaverCalculator {

    public static final List<String> AGES = List.of("17", "18", "19", "20", "21", "17 to 18", "19 to 21", "Total");
    static final List<String> EDUCATION = List.of("F1", "P1", "F2", "P2");
    static final Set<String> EET = Set.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5");
    static final Set<String> NEET = Set.of("G4", "G5", "G6");
    static final Set<String> HIGHER_EDUCATION = Set.of("F1", "P1");
    static final List<String> LETTERS = List.of("B", "C", "D", "E", "G", "H", "K", "R", "S", "T", "U", "V", "W", "X",
            "Y", "Z");
    static final String IN_TOUCH_PCT = "In touch (%)";
    static final String EET_PCT = "In education, employment or training (%)";
    static final String HE_PCT = "In higher education (%)";
    static final String SUITABLE_PCT = "In suitable accommodation (%)";

    private final Period period;
    private final List<CareLeaver> cohort;

    /** {@code rows}: the valid, not excluded care-leaver rows (aged 17 to 21 in the year). */
    public CareLeaverCalculator(Period period, List<CareLeaver> rows) {
        this.period = period;
        this.cohort = rows;
    }

    public List<Table> calculate() {
        List<String> inTouchRows = new ArrayList<>(List.of("YES", "NO", "REFU", "NREQ", "Total"));
        List<String> activityRows = new ArrayList<>(Codes.ACTIVITY);
        activityRows.addAll(List.of("EET", "NEET", "Total"));
        List<String> accommodationRows = new ArrayList<>(LETTERS);
        accommodationRows.addAll(List.of("0", "Suitable", "Unsuitable", "No information", "Total"));
        Table inTouch = new Table("CareLeavers", "In touch", inTouchRows, AGES);
        Table activity = new Table("CareLeavers", "Activity", activityRows, AGES);
        Table accommodation = new Table("CareLeavers", "Accommodation", accommodationRows, AGES);
        long[][] counts = new long[AGES.size()][5]; // cohort, in touch, EET, higher education, suitable
        for (CareLeaver c : cohort) {
            int age = period.ageInYear(c.dateOfBirth());
            for (String column : columns(age)) {
                int i = AGES.indexOf(column);
                inTouch.increment(c.inTouch(), column);
                inTouch.increment("Total", column);
                activity.increment(c.activity(), column);
                if (Codes.isOneOf(c.activity(), EET)) {
                    activity.increment("EET", column);
                } else if (Codes.isOneOf(c.activity(), NEET)) {
                    activity.increment("NEET", column);
                }
                activity.increment("Total", column);
                String accom = c.accommodation();
                accommodation.increment(accom.equals("0") ? "0" : accom.substring(0, 1), column);
                String suitability = accom.equals("0") ? "No information" : accom.endsWith("1") ? "Suitable" : "Unsuitable";
                accommodation.increment(suitability, column);
                accommodation.increment("Total", column);
                counts[i][0]++;
                counts[i][1] += "YES".equals(c.inTouch()) ? 1 : 0;
                counts[i][2] += Codes.isOneOf(c.activity(), EET) ? 1 : 0;
                counts[i][3] += Codes.isOneOf(c.activity(), HIGHER_EDUCATION) ? 1 : 0;
                counts[i][4] += "Suitable".equals(suitability) ? 1 : 0;
            }
        }
        Table indicators = new Table("CareLeavers", "Indicators", List.of(IN_TOUCH_PCT, EET_PCT, HE_PCT, SUITABLE_PCT),
                AGES);
        for (int i = 0; i < AGES.size(); i++) {
            String column = AGES.get(i);
            indicators.setPercent(IN_TOUCH_PCT, column, counts[i][1], counts[i][0]);
            indicators.setPercent(EET_PCT, column, counts[i][2], counts[i][0]);
            indicators.setPercent(HE_PCT, column, counts[i][3], counts[i][0]);
            indicators.setPercent(SUITABLE_PCT, column, counts[i][4], counts[i][0]);
        }
        return List.of(inTouch, activity, accommodation, indicators);
    }

    /** The columns a young person of this age in year counts in: their age, their group, and Total. */
    static List<String> columns(int age) {
        return List.of(Integer.toString(age), age <= 18 ? "17 to 18" : "19 to 21", "Total");
    }
}
