package org.carereturns.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.carereturns.codes.Codes;
import org.carereturns.ingest.Extract;
import org.carereturns.sample.Council.Person;

import static org.carereturns.ingest.Schema.*;

/** The care-leavers extract (SSDA903 OC3): young people 17 to 21, and a few older to be put out of scope. */
final class CareLeaverSample extends SampleExtract {

    CareLeaverSample(SampleExtract shared) {
        super(shared);
    }

    /** {@code lookedAfter}: given when the header or episodes are written too, to give each young person a history. */
    void write(Path dir, Random r, LookedAfterSample lookedAfter) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = count(211, 40);
        for (int i = 0; i < n; i++) {
            int ageInYear = council.chance(0.9) ? 17 + rnd.nextInt(5) : 22 + rnd.nextInt(4);
            int birthYear = o.period().startYear() - ageInYear + (rnd.nextBoolean() ? 0 : 1);
            LocalDate dob = birthYear == o.period().startYear() - ageInYear
                    ? council.dayIn(LocalDate.of(birthYear, 4, 1), LocalDate.of(birthYear, 12, 31))
                    : council.dayIn(LocalDate.of(birthYear, 1, 1), LocalDate.of(birthYear, 3, 31));
            Map<String, Object> row = new SampleRow();
            row.put(CHILD_ID, Long.toString(800_000 + i * 7L));
            row.put(DOB, dob);
            row.put(GENDER, council.pick("1", 55, "2", 45));
            String inTouch = council.pick("YES", 85, "NO", 5, "REFU", 3, "NREQ", 4, "DIED", 1, "RHOM", 2);
            row.put(IN_TOUCH, council.chance(0.1) ? inTouch.toLowerCase(Locale.ROOT) : inTouch);
            if ("DIED".equals(inTouch) || "RHOM".equals(inTouch)) {
                row.put(ACTIVITY, "0");
                row.put(CL_ACCOMMODATION, "0");
            } else if ("YES".equals(inTouch)) {
                row.put(ACTIVITY, council.pick("F1", 6, "P1", 1, "F2", 18, "P2", 3, "F4", 5, "P4", 1, "F5", 15, "P5", 6,
                        "G4", 10, "G5", 25, "G6", 10));
                String letter = council.pick("U", 35, "D", 20, "B", 12, "E", 6, "Z", ageInYear == 17 ? 0 : 6,
                        "T", ageInYear == 17 ? 0 : 3, "K", 3, "C", 4, "Y", 3, "S", 1, "X", 2, "V", 1, "W", 1, "R", 1);
                String suitability = "S".equals(letter) || "X".equals(letter) ? "2" : council.chance(0.92) ? "1" : "2";
                row.put(CL_ACCOMMODATION, letter + suitability);
            } else {
                row.put(ACTIVITY, council.chance(0.7) ? "0" : council.pick("G5", 50, "F5", 50));
                row.put(CL_ACCOMMODATION, council.chance(0.7) ? "0" : "R1");
            }
            if (ageInYear >= 22 && council.chance(0.5)) {
                row.put(IN_TOUCH, "");
                row.put(ACTIVITY, "");
                row.put(CL_ACCOMMODATION, "");
            }
            rows.add(row);
        }
        if (lookedAfter != null) {
            lookedAfter.careLeavers(rows);
        }
        List<String> cols = List.of(CHILD_ID, DOB, GENDER, IN_TOUCH, ACTIVITY, CL_ACCOMMODATION);
        int year = o.period().startYear();
        ExtractWriter writer = writer(Extract.CARE_LEAVERS, "care-leavers.xlsx", "OC3", cols, r);
        if (lookedAfter != null) {
            writer.noCopiedIds(); // a copied Child ID would leave its own young person with no OC3 row (CL-01)
        }
        writer
                .headers(Map.of(CHILD_ID, "CHILD", DOB, "DOB", GENDER, "SEX", IN_TOUCH, "IN_TOUCH", ACTIVITY, "ACTIV",
                        CL_ACCOMMODATION, "ACCOM"))
                .write(dir, rows, List.of(
                                row -> !"".equals(row.get(ACTIVITY)) ? set(row, IN_TOUCH, "MAYBE", "131", "IN_TOUCH not a code") : null,
                        row -> "YES".equalsIgnoreCase(String.valueOf(row.get(IN_TOUCH)))
                                ? set(row, ACTIVITY, "F3", "132", "ACTIV not a code") : null,
                        row -> "YES".equalsIgnoreCase(String.valueOf(row.get(IN_TOUCH)))
                                ? set(row, CL_ACCOMMODATION, "S1", "133", "S1 is not valid") : null,
                        row -> "YES".equalsIgnoreCase(String.valueOf(row.get(IN_TOUCH)))
                                ? set(row, CL_ACCOMMODATION, "", "153", "accommodation blank, others coded") : null,
                        row -> codes(row, "DIED", "F1", "0", "344", "DIED with an activity"),
                        row -> codes(row, "YES", "0", "U1", "345", "in touch with activity 0"),
                        row -> aged(row, 17, year) ? codes(row, "YES", "F2", "T1", "347", "aged 17 in a foyer") : null,
                        row -> aged(row, 17, year)
                                ? codes(row, "YES", "F2", "Z1", "3001", "aged 17 with former foster carers") : null,
                        row -> {
                            codes(row, "YES", "F2", "U1", "391", "aged 16 with codes");
                            return set(row, DOB, LocalDate.of(year - 16, 6, 1), "391", "aged 16 with codes");
                        }));
    }

    private static boolean aged(Map<String, Object> row, int age, int year) {
        return row.get(DOB) instanceof LocalDate d
                && (d.getMonthValue() >= 4 ? year : year + 1) - d.getYear() == age;
    }

    private static String[] codes(Map<String, Object> row, String inTouch, String activity, String accom, String rule,
                                  String what) {
        row.put(IN_TOUCH, inTouch);
        row.put(ACTIVITY, activity);
        row.put(CL_ACCOMMODATION, accom);
        String column = "344".equals(rule) || "345".equals(rule) ? IN_TOUCH : CL_ACCOMMODATION;
        return new String[] {column, rule, what};
    }
}
