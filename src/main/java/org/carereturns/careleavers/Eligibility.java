package org.carereturns.careleavers;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carereturns.Period;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Records.CareLeaver;
import org.carereturns.ingest.Records.ChildHeader;
import org.carereturns.ingest.Records.Episode;
import org.carereturns.returns.Reasons;
import org.carereturns.returns.StatutoryReturn;
import org.carereturns.returns.Table;
import org.carereturns.validation.CareHistory;
import org.carereturns.validation.Ssda903Rules;

/**
 * Who was due a care-leaver return, from the whole SSDA903 (header, episodes, OC3): the Cohort
 * table, which accounts for every OC3 row and counts the young people due a return who have none
 * (CL-01), and one Eligibility line per young person with the facts that decided them. Header and
 * episode rows are used when they decided someone's eligibility.
 */
final class Eligibility {

    static final String OC3_ROWS = "OC3 rows";
    static final String ALL_BLANK = "Excluded: all three blank";
    static final String AGED_22_TO_25 = "Excluded: aged 22 to 25";
    static final String DIED_OR_HOME = "Excluded: died or returned home";
    static final String REJECTED = "Rejected";
    static final String IN_COHORT = "In the cohort";
    static final String MISSING = "Care leavers without an OC3 row";
    static final String NOT_DECIDABLE = "Not decidable: episode history too short";
    static final List<String> COHORT_ROWS = List.of(OC3_ROWS, ALL_BLANK, AGED_22_TO_25, DIED_OR_HOME, REJECTED,
            IN_COHORT, MISSING, NOT_DECIDABLE);

    /** One young person on the Eligibility sheet. */
    record Line(String childId, Integer ageInYear, Long daysSince14, Long daysAfter16, Boolean lookedAfterOnBirthday,
                String latestReasonCeased, boolean inCohort, String decidedBy) {
    }

    private final Table cohort = new Table("CareLeavers", "Cohort", COHORT_ROWS, List.of("Value"));
    private final List<Line> lines = new ArrayList<>();
    private final Reasons headerUnused = new Reasons();
    private final Reasons episodesUnused = new Reasons();

    Table cohort() {
        return cohort;
    }

    List<Line> lines() {
        return lines;
    }

    String exclusion(Extract extract, int position) {
        return extract == Extract.HEADER_903 ? headerUnused.get(position) : episodesUnused.get(position);
    }

    static Eligibility of(StatutoryReturn.Inputs in) throws IOException {
        Eligibility e = new Eligibility();
        e.compute(in, in.period());
        return e;
    }

    private void compute(StatutoryReturn.Inputs in, Period period) throws IOException {
        Map<String, LocalDate> dob = new HashMap<>();
        List<String> headerChildren = new ArrayList<>();
        in.rows(Extract.HEADER_903, ChildHeader.class, (h, source) -> {
            headerChildren.add(h.childId());
            dob.putIfAbsent(h.childId(), h.dateOfBirth());
        });
        CareHistory history = new CareHistory(period);
        List<String> episodeChildren = new ArrayList<>();
        in.rows(Extract.EPISODES, Episode.class, (episode, source) -> {
            episodeChildren.add(episode.childId());
            history.add(episode);
        });
        Set<String> decided = new HashSet<>();
        Set<String> allBlank = new HashSet<>();
        Set<String> notDecidable = new HashSet<>();
        Set<String> lined = new HashSet<>();
        long[] n = new long[COHORT_ROWS.size()];
        in.everyRow(Extract.CARE_LEAVERS, CareLeaver.class, (c, source, rules, exclusion, inScope) -> {
            n[0]++;
            String child = source.recordId();
            int row = c == null ? 4 : exclusion == null ? 5 : exclusion.endsWith("all blank") ? 1
                    : exclusion.startsWith("aged 22") ? 2 : 3;
            n[row]++;
            // one line per young person, from the row that was kept: a repeated row (INT34) comes later
            if (child == null || !lined.add(child)) {
                return;
            }
            CareHistory.Facts f = dob.containsKey(child) ? history.facts(child, dob.get(child)) : null;
            if (row == 1) {
                allBlank.add(child); // no rule was applied, nothing was decided: the facts are shown as they stand
                lines.add(line(child, f, false, ALL_BLANK, false));
                return;
            }
            decided.add(child);
            if (f != null && !f.decidable()) {
                notDecidable.add(child);
            }
            String by = row == 5 ? "in the cohort" : row == 4 ? String.join(", ", rules) : exclusion;
            lines.add(line(child, f, row == 5, by, true));
        });
        in.everyRow(Extract.HEADER_903, ChildHeader.class, (h, source, rules, exclusion, inScope) -> {
            if (h == null || !rules.contains(Ssda903Rules.CL01.id())) {
                return;
            }
            n[6]++;
            decided.add(h.childId());
            lines.add(line(h.childId(), history.facts(h.childId(), h.dateOfBirth()), false, Ssda903Rules.CL01.id()
                    + ": due a return, no OC3 row", true));
        });
        // young people of care-leaver age with no OC3 row whom the history could not decide either way
        dob.forEach((child, born) -> {
            int age = period.ageInYear(born);
            if (!decided.contains(child) && age >= 17 && age <= 21 && !history.facts(child, born).decidable()) {
                notDecidable.add(child);
            }
        });
        n[7] = notDecidable.size();
        for (int i = 0; i < n.length; i++) {
            cohort.set(COHORT_ROWS.get(i), "Value", n[i]);
        }
        for (String child : headerChildren) {
            headerUnused.add(decided.contains(child) ? null : allBlank.contains(child) ? "header row of a young "
                    + "person whose OC3 row has all three items blank: no eligibility rule applies"
                    : "header row of a child not in OC3 or due one");
        }
        for (String child : episodeChildren) {
            episodesUnused.add(decided.contains(child) ? null : allBlank.contains(child) ? "episode of a young "
                    + "person whose OC3 row has all three items blank: no eligibility rule applies"
                    : "episode of a child not in OC3 or due one");
        }
    }

    /** {@code ruled}: the eligibility rules were applied, so a history too short to decide them is said. */
    private static Line line(String child, CareHistory.Facts f, boolean inCohort, String decidedBy, boolean ruled) {
        if (f == null) {
            return new Line(child, null, null, null, null, null, inCohort, decidedBy);
        }
        return new Line(child, f.ageInYear(), f.daysSince14(), f.daysAfter16(), f.lookedAfterOnBirthday(),
                f.latestReasonCeased(), inCohort, decidedBy + (f.decidable() || !ruled ? ""
                : " (history too short to decide eligibility)"));
    }
}
