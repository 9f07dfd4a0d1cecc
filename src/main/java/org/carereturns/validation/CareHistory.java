package org.carereturns.validation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carereturns.Period;
import org.carereturns.ingest.Records.Episode;

/**
 * Each child's episodes of care, and what the DfE's care-leaver rules decide from them: whether the
 * child is a relevant or former relevant child (rule 1001: 91 days looked after since the 14th
 * birthday, some of it after the 16th, short breaks V3 and V4 not counted, not adopted), looked
 * after on the birthday in the year, and how the latest episode ended. Used by the checks
 * ({@link Ssda903Rules}) and by the care-leaver return's Cohort table and Eligibility sheet, so the
 * two cannot disagree.
 */
public final class CareHistory {

    static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");
    static final Set<String> ADOPTED = Set.of("E11", "E12");
    static final String DIED = "E2";
    static final String TRANSFERRED = "E3";
    public static final int RELEVANT_DAYS = 91;

    private final Period period;
    private final Map<String, List<Episode>> byChild = new HashMap<>();
    private LocalDate earliest;

    public CareHistory(Period period) {
        this.period = period;
    }

    /** A valid episode (not rejected by any rule). */
    public void add(Episode e) {
        byChild.computeIfAbsent(e.childId(), k -> new ArrayList<>()).add(e);
        if (earliest == null || e.commenced().isBefore(earliest)) {
            earliest = e.commenced();
        }
    }

    /** The earliest Date Episode Commenced in the extract: how far back its history reaches. */
    public LocalDate reachesBackTo() {
        return earliest;
    }

    /** What the rules decide for one child, with the facts a performance officer checks. */
    public record Facts(String childId, LocalDate dateOfBirth, int ageInYear, LocalDate birthday, int episodes,
                        long daysSince14, long daysAfter16, boolean lookedAfterOnBirthday,
                        boolean ceasedOnOrAfterBirthday, String latestReasonCeased, boolean diedInCare,
                        boolean decidable) {

        /** Rule 1001's relevant or former relevant child (decided only when {@link #decidable}). */
        public boolean relevant() {
            return isRelevant(daysSince14, daysAfter16, latestReasonCeased);
        }

        public boolean adopted() {
            return isAdopted(latestReasonCeased);
        }

        public boolean transferred() {
            return TRANSFERRED.equals(latestReasonCeased);
        }

        /** Aged 17 or 18 in the year: the ages rules 1007 and 1016 are about. */
        public boolean seventeenOrEighteen() {
            return ageInYear == 17 || ageInYear == 18;
        }
    }

    /**
     * The facts for a child born on {@code dob}. Days are counted as the DfE counts them: from the
     * later of the episode's start and the 14th (16th) birthday to the day it ceased, an open episode
     * to the end of the year. A child is not decidable when the extract does not reach back to the
     * 14th birthday and the episodes it holds do not already make them a relevant child: earlier care
     * may be missing from it.
     */
    public Facts facts(String childId, LocalDate dob) {
        List<Episode> episodes = new ArrayList<>(byChild.getOrDefault(childId, List.of()));
        episodes.sort(Comparator.comparing(Episode::commenced));
        LocalDate end = period.start().plusYears(1).minusDays(1);
        LocalDate at14 = dob.plusYears(14);
        LocalDate at16 = dob.plusYears(16);
        int age = period.ageInYear(dob);
        LocalDate birthday = dob.plusYears(age);
        long since14 = 0;
        long after16 = 0;
        boolean onBirthday = false;
        boolean ceasedAfter = false;
        boolean died = false;
        for (Episode e : episodes) {
            LocalDate ceased = e.ceased() == null || e.ceased().isAfter(end) ? end : e.ceased();
            if (!org.carereturns.codes.Codes.isOneOf(e.legalStatus(), SHORT_BREAKS)) {
                since14 += days(max(e.commenced(), at14), ceased);
                after16 += days(max(e.commenced(), at16), ceased);
            }
            onBirthday |= e.lookedAfterOn(birthday);
            ceasedAfter |= e.ceased() != null && !e.ceased().isBefore(birthday);
            died |= DIED.equals(e.reasonCeased());
        }
        String latest = episodes.isEmpty() ? null : episodes.get(episodes.size() - 1).reasonCeased();
        boolean reachesBack = earliest != null && !earliest.isAfter(at14);
        return new Facts(childId, dob, age, birthday, episodes.size(), since14, after16, onBirthday, ceasedAfter,
                latest, died, reachesBack || isRelevant(since14, after16, latest) || isAdopted(latest));
    }

    private static boolean isRelevant(long since14, long after16, String latestReasonCeased) {
        return since14 >= RELEVANT_DAYS && after16 >= 1 && !isAdopted(latestReasonCeased);
    }

    private static boolean isAdopted(String latestReasonCeased) {
        return latestReasonCeased != null && ADOPTED.contains(latestReasonCeased);
    }

    private static long days(LocalDate from, LocalDate to) {
        return Math.max(0, ChronoUnit.DAYS.between(from, to));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
