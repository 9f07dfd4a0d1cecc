package org.carereturns.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.carereturns.ingest.Extract;

import static org.carereturns.ingest.Schema.*;

/**
 * The rest of the SSDA903 for the care leavers: the header (one row per child) and every episode of
 * care the case system holds. Each young person in OC3 has the history of a relevant child who left
 * care before the birthday in the year, except a few whose history breaks one of the DfE's
 * eligibility rules (seeded, in the ground truth on their OC3 row). Beside them: children looked
 * after now (short breaks, adoptions, transfers, returns home), young people still in care on
 * their 17th or 18th birthday, and a few care leavers due a return who have no OC3 row (CL-01).
 */
final class LookedAfterSample extends SampleExtract {

    private static final List<String> LEFT_CARE = List.of("E13", "E17", "E8", "E41", "E45", "E47", "E5");

    private final Random r;
    private final List<Map<String, Object>> header = new ArrayList<>();
    private final List<Map<String, Object>> episodes = new ArrayList<>();

    LookedAfterSample(SampleExtract shared, Random r) {
        super(shared);
        this.r = r;
    }

    /**
     * Gives each OC3 young person a header row and a history; a few OC3 rows are marked to break an
     * eligibility rule through their history, and protected from any other defect.
     */
    void careLeavers(List<Map<String, Object>> oc3) {
        int year = o.period().startYear();
        for (Map<String, Object> row : oc3) {
            String child = (String) row.get(CHILD_ID);
            LocalDate dob = (LocalDate) row.get(DOB);
            int age = o.period().ageInYear(dob);
            header(child, dob, (String) row.get(GENDER), true);
            boolean given = !"".equals(row.get(IN_TOUCH));
            String breaks = given && age <= 21 && r.nextDouble() < 0.06
                    ? pick(age <= 18 ? List.of("1001", "1001", "1000", "1011", "1007", "1002")
                    : List.of("1001", "1001", "1000", "1011", "1002")) : null;
            if (breaks == null) {
                relevantHistory(child, dob, age, true);
                continue;
            }
            row.put(PROTECTED, true);
            row.put(EXPECTED, new String[] {IN_TOUCH, breaks, switch (breaks) {
                case "1000" -> "an episode ceased with E2 (died in care)";
                case "1001" -> "not a relevant child: short breaks only since the 14th birthday";
                case "1002" -> "no episode of care at all";
                case "1007" -> "looked after on the birthday in " + year;
                default -> "care transferred to another authority (E3)";
            }, "error"});
            switch (breaks) {
                case "1001" -> shortBreaks(child, dob.plusYears(14).plusDays(30), dob.plusYears(16).plusDays(100),
                        true);
                case "1002" -> { } // no episode at all
                case "1007" -> {
                    LocalDate birthday = dob.plusYears(age);
                    episode(child, dob.plusYears(14).plusDays(r.nextInt(300)), "C2", birthday.plusDays(5
                            + r.nextInt(20)), "E8", true);
                }
                default -> {
                    LocalDate start = dob.plusYears(14).plusDays(r.nextInt(200));
                    episode(child, start, "C2", dob.plusYears(16).plusDays(100 + r.nextInt(200)),
                            "1000".equals(breaks) ? "E2" : "E3", true);
                }
            }
        }
    }

    /** Children looked after in the year who are not care leavers, and young people due a return or still in care. */
    void others() {
        for (int i = 0; i < count(420, 20); i++) {
            LocalDate dob = council.dayIn(o.period().start().minusYears(16), o.period().end().minusYears(1));
            String child = "LA" + (500_000 + i * 3);
            header(child, dob, pick(List.of("1", "2")), false);
            LocalDate start = council.dayIn(dob.plusDays(10), o.period().end().minusDays(30));
            double u = r.nextDouble();
            if (u < 0.15) {
                shortBreaks(child, start, o.period().end(), false);
            } else if (u < 0.25 && start.isBefore(o.period().start())) {
                episode(child, start, "E1", council.dayIn(o.period().start(), o.period().end()),
                        pick(List.of("E11", "E12")), false);
            } else if (u < 0.30) {
                LocalDate moved = start.plusDays(20 + r.nextInt(200));
                episode(child, start, "C2", moved, "X1", false);
                episode(child, moved, "C2", null, null, false);
            } else if (u < 0.40 && start.isBefore(o.period().end().minusDays(60))) {
                episode(child, start, "C1", start.plusDays(14 + r.nextInt(40)), pick(List.of("E13", "E3", "E41")),
                        false);
            } else {
                episode(child, start, pick(List.of("C2", "C2", "C1", "V2", "J2")), null, null, false);
            }
        }
        for (int i = 0; i < count(30, 3); i++) { // still looked after on their 17th or 18th birthday
            int age = 17 + r.nextInt(2);
            LocalDate dob = council.dayIn(o.period().start().minusYears(age), o.period().end().minusYears(age));
            String child = "LB" + (600_000 + i * 3);
            header(child, dob, pick(List.of("1", "2")), true);
            episode(child, dob.plusYears(13).plusDays(r.nextInt(300)), "C2", null, null, true);
        }
        for (int i = 0; i < count(12, 2); i++) { // due a return this year, with none in OC3
            int age = 17 + r.nextInt(5);
            LocalDate dob = council.dayIn(o.period().start().minusYears(age), o.period().end().minusYears(age));
            String child = "LC" + (700_000 + i * 3);
            Map<String, Object> row = header(child, dob, pick(List.of("1", "2")), true);
            row.put(EXPECTED, new String[] {CHILD_ID, "CL-01", "a care leaver due a return with no OC3 row",
                    "warning"});
            relevantHistory(child, dob, age, true);
        }
    }

    /** A relevant child's care: entered at 12 to 15, perhaps a placement move, left care before the birthday in the year. */
    private void relevantHistory(String child, LocalDate dob, int age, boolean kept) {
        LocalDate start = dob.plusYears(12 + r.nextInt(4)).plusDays(r.nextInt(300));
        LocalDate left = age <= 18 ? dob.plusYears(16).plusDays(200 + r.nextInt(160))
                : dob.plusYears(18).minusDays(r.nextInt(60));
        if (r.nextDouble() < 0.3) {
            LocalDate moved = start.plusDays((long) ((left.toEpochDay() - start.toEpochDay()) * (0.3 + 0.4
                    * r.nextDouble())));
            episode(child, start, "C2", moved, "X1", kept);
            start = moved;
        }
        episode(child, start, r.nextDouble() < 0.8 ? "C2" : "V2", left, pick(LEFT_CARE), kept);
    }

    /** Short breaks (V3): a weekend a month from {@code from} to {@code to}. */
    private void shortBreaks(String child, LocalDate from, LocalDate to, boolean kept) {
        for (LocalDate d = from; d.isBefore(to.minusDays(3)); d = d.plusDays(30 + r.nextInt(20))) {
            episode(child, d, r.nextDouble() < 0.8 ? "V3" : "V4", d.plusDays(2), "E13", kept);
        }
    }

    private Map<String, Object> header(String child, LocalDate dob, String sex, boolean kept) {
        Map<String, Object> row = new SampleRow();
        row.put(CHILD_ID, child);
        row.put(GENDER, sex);
        row.put(DOB, dob);
        row.put(ETHNICITY, pick(List.of("WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "BAFR", "AOTH", "NOBT")));
        row.put(UPN, "");
        if (kept) {
            row.put(PROTECTED, true);
        }
        header.add(row);
        return row;
    }

    private void episode(String child, LocalDate start, String legalStatus, LocalDate end, String reason,
                         boolean kept) {
        Map<String, Object> row = new SampleRow();
        row.put(CHILD_ID, child);
        row.put(DECOM, start);
        row.put(RNE, "S");
        row.put(LEGAL_STATUS, legalStatus);
        row.put(CIN, pick(List.of("N1", "N1", "N2", "N4", "N5", "N8")));
        row.put(PLACE, pick(List.of("U1", "U4", "U6", "K2", "R1", "Z1")));
        row.put(DEC, end);
        row.put(REC, reason == null ? "" : reason);
        if (kept) {
            row.put(PROTECTED, true);
        }
        episodes.add(row);
    }

    private String pick(List<String> options) {
        return options.get(r.nextInt(options.size()));
    }

    /** Writes the header and the episodes, those of them the options ask for. */
    void write(Path dir) throws IOException {
        if (o.extracts().contains(Extract.HEADER_903)) {
            writeHeader(dir);
        }
        if (o.extracts().contains(Extract.EPISODES)) {
            writeEpisodes(dir);
        }
    }

    private void writeHeader(Path dir) throws IOException {
        writer(Extract.HEADER_903, "ssda903-header.xlsx", "Header",
                List.of(CHILD_ID, GENDER, DOB, ETHNICITY, UPN), r)
                .headers(Map.of(CHILD_ID, "CHILD", GENDER, "SEX", DOB, "DOB", ETHNICITY, "ETHNIC", UPN, "UPN"))
                .noCopiedIds()
                .write(dir, header, List.of(row -> set(row, GENDER, "3", "101", "SEX not 1 or 2")));
    }

    private void writeEpisodes(Path dir) throws IOException {
        episodes.sort((a, b) -> {
            int c = ((String) a.get(CHILD_ID)).compareTo((String) b.get(CHILD_ID));
            return c != 0 ? c : ((LocalDate) a.get(DECOM)).compareTo((LocalDate) b.get(DECOM));
        });
        writer(Extract.EPISODES, "ssda903-episodes.csv", "", List.of(CHILD_ID, DECOM, RNE, LEGAL_STATUS, CIN, PLACE,
                DEC, REC), r)
                .headers(Map.of(CHILD_ID, "CHILD", DECOM, "DECOM", RNE, "RNE", LEGAL_STATUS, "LS", CIN, "CIN",
                        PLACE, "PLACE", DEC, "DEC", REC, "REC"))
                .write(dir, episodes, List.of(
                        row -> set(row, LEGAL_STATUS, "Z9", "144", "legal status not a code"),
                        row -> !"".equals(row.get(REC)) ? set(row, REC, "E99", "149", "reason ceased not a code") : null,
                        row -> set(row, DECOM, "31/02/" + o.period().startYear(), "141", "impossible DECOM"),
                        row -> row.get(DEC) != null ? set(row, REC, "", "148", "ceased without a reason") : null,
                        row -> row.get(DEC) instanceof LocalDate d && row.get(DECOM) instanceof LocalDate s
                                && d.isAfter(s.plusDays(3)) ? set(row, DEC, s.minusDays(2), "EPI-03",
                                "ceased before it commenced") : null,
                        row -> set(row, CIN, "N9", "145", "category of need not a code"),
                        row -> set(row, CHILD_ID, "ZZ" + row.get(CHILD_ID), "INT06", "a child not in the header")));
    }
}
