package org.carereturns.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.carereturns.Period;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Records.CareLeaver;
import org.carereturns.ingest.Records.ChildHeader;
import org.carereturns.ingest.Records.Episode;

import static org.carereturns.ingest.Schema.*;

/**
 * The rules of the whole SSDA903 return, checked once the header, the episodes and OC3 are read:
 * overlapping episodes, the DfE's internal checks between the tables, the DfE rules that decide
 * whether a young person should have care-leaver information at all (errors: the OC3 row is
 * rejected), and this project's CL-01, a young person due a return who has none (a warning on the
 * header row). DfE rules keep their numbers and wording. Rows come in reading order, as positions in
 * their extract; a null record is a row already rejected.
 */
public final class Ssda903Rules {

    static final RuleSet RULES = new RuleSet("episodes");
    private static final String OC3 = "care leavers";
    public static final Rule OVERLAP = RULES.error("EPI-01", "episodes", DECOM,
            "Episodes of one child must not overlap: an episode that starts before the child's previous episode "
                    + "ceased is rejected.");
    public static final Rule INT06 = RULES.error("INT06", OC3 + ", episodes", CHILD_ID,
            "Internal Check: Child in OC3 or Episodes does not exist in Header.");
    public static final Rule INT15 = RULES.error("INT15", OC3, DOB,
            "Internal Check: DOB in OC3 is different to DOB in Header.");
    public static final Rule R1000 = RULES.error("1000", OC3, IN_TOUCH,
            "This child is recorded as having died in care and therefore should not have the care leaver "
                    + "information completed.");
    public static final Rule R1001 = RULES.error("1001", OC3, IN_TOUCH,
            "The episodes recorded for this young person suggest they are not a relevant or a former relevant child "
                    + "and therefore should not have care leaver information completed.");
    public static final Rule R1002 = RULES.error("1002", OC3, IN_TOUCH,
            "This child has no previous episodes of care, therefore should not have care leaver information recorded.");
    public static final Rule R1007 = RULES.error("1007", OC3, IN_TOUCH,
            "Care leaver information is not required for 17- or 18-year olds who are still looked after on their "
                    + "17th or 18th birthday.");
    public static final Rule R1011 = RULES.error("1011", OC3, IN_TOUCH,
            "This child is recorded as having his/her care transferred to another local authority for the final "
                    + "episode and therefore should not have the care leaver information completed.");
    public static final Rule R1016 = RULES.error("1016", OC3, IN_TOUCH,
            "Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after "
                    + "their birthday.");
    public static final Rule R348 = RULES.error("348", OC3, IN_TOUCH,
            "Care leaver has previously been reported as having died. (From 2025-26.)");
    public static final Rule CL01 = RULES.warning("CL-01", "903 header", CHILD_ID,
            "Information is due for this young person and is missing: a relevant or former relevant child whose "
                    + "17th to 21st birthday falls in the year, not looked after on it, with no OC3 row.");

    /** Rule 348 is the DfE's from the 2025-26 collection. */
    static final int R348_FROM = 2025;

    private final Period period;
    private final Set<String> diedLastYear;
    private final Map<String, Integer> headerPosition = new LinkedHashMap<>();
    private final Map<String, LocalDate> dateOfBirth = new HashMap<>();
    /** A record with its row's position in its extract. */
    private record At<T>(int position, T record) {
    }

    private final List<At<Episode>> episodes = new ArrayList<>();
    private final List<At<CareLeaver>> careLeavers = new ArrayList<>();
    private final Set<String> inOc3 = new HashSet<>();
    private final Map<Extract, Map<Integer, List<Finding>>> findings = new EnumMap<>(Extract.class);
    private boolean headerRead;
    private boolean episodesRead;

    /** {@code diedLastYear}: the children last year's OC3 recorded as DIED (empty when it was not read). */
    public Ssda903Rules(Period period, Set<String> diedLastYear) {
        this.period = period;
        this.diedLastYear = diedLastYear;
    }

    public static List<Rule> rules() {
        return RULES.all();
    }

    public void header(int position, ChildHeader record) {
        headerRead = true;
        if (record != null && !headerPosition.containsKey(record.childId())) {
            headerPosition.put(record.childId(), position);
            dateOfBirth.put(record.childId(), record.dateOfBirth());
        }
    }

    public void episode(int position, Episode record) {
        episodesRead = true;
        if (record != null) {
            episodes.add(new At<>(position, record));
        }
    }

    /** An OC3 row: {@code childId} even when the row was rejected, since any row counts as the child's return. */
    public void careLeaver(int position, String childId, CareLeaver record) {
        if (childId != null) {
            inOc3.add(childId);
        }
        if (record != null) {
            careLeavers.add(new At<>(position, record));
        }
    }

    /** Whether the checks that need the header and the episodes could be made. */
    public boolean eligibilityChecked() {
        return headerRead && episodesRead;
    }

    /** Every finding, by extract and position, once every row is in. */
    public Map<Extract, Map<Integer, List<Finding>>> check() {
        CareHistory history = episodes();
        for (At<CareLeaver> c : careLeavers) {
            careLeaver(c.position(), c.record(), history);
        }
        if (eligibilityChecked()) {
            dueAndMissing(history);
        }
        return findings;
    }

    /** EPI-01 and INT06 on episodes; what is left is the children's history. */
    private CareHistory episodes() {
        CareHistory history = new CareHistory(period);
        Map<String, List<At<Episode>>> byChild = new TreeMap<>();
        for (At<Episode> at : episodes) {
            Episode e = at.record();
            if (headerRead && !headerPosition.containsKey(e.childId())) {
                add(Extract.EPISODES, at.position(), new Finding(INT06, CHILD_ID, e.childId(),
                        "Internal Check: Child in Episodes does not exist in Header. (Child ID '" + e.childId() + "')"));
                continue;
            }
            byChild.computeIfAbsent(e.childId(), k -> new ArrayList<>()).add(at);
        }
        for (List<At<Episode>> list : byChild.values()) {
            list.sort(Comparator.comparing((At<Episode> at) -> at.record().commenced()).thenComparing(At::position));
            Episode previous = null;
            for (At<Episode> at : list) {
                Episode e = at.record();
                if (previous != null && (previous.ceased() == null || e.commenced().isBefore(previous.ceased()))) {
                    add(Extract.EPISODES, at.position(), new Finding(OVERLAP, DECOM, e.commenced().toString(),
                            "This episode of Child ID '" + e.childId() + "' starts on " + e.commenced()
                                    + ", before the episode that started on " + previous.commenced() + " ceased ("
                                    + (previous.ceased() == null ? "it is still open" : "on " + previous.ceased())
                                    + "); the earlier episode is kept and this one is rejected."));
                    continue;
                }
                history.add(e);
                previous = e;
            }
        }
        return history;
    }

    /**
     * The DfE gives its rules no precedence, so every rule that holds is reported: a child missing from
     * the header (INT06) or with another date of birth there (INT15) is still checked against the rules
     * that hold without it. Only a row with a code is checked for eligibility; an all-blank row asks
     * nothing of anyone (returns.md).
     */
    private void careLeaver(int position, CareLeaver c, CareHistory history) {
        LocalDate headerDob = dateOfBirth.get(c.childId());
        if (headerRead && headerDob == null) {
            add(Extract.CARE_LEAVERS, position, new Finding(INT06, CHILD_ID, c.childId(),
                    "Internal Check: Child in OC3 does not exist in Header. (Child ID '" + c.childId() + "')"));
        } else if (headerRead && !headerDob.equals(c.dateOfBirth())) {
            add(Extract.CARE_LEAVERS, position, new Finding(INT15, DOB, c.dateOfBirth().toString(),
                    INT15.description() + " (OC3 " + c.dateOfBirth() + ", Header " + headerDob + ")"));
        }
        boolean given = c.inTouch() != null || c.activity() != null || c.accommodation() != null;
        if (!given) {
            return;
        }
        if (period.startYear() >= R348_FROM && diedLastYear.contains(c.childId()) && !"DIED".equals(c.inTouch())) {
            add(Extract.CARE_LEAVERS, position, new Finding(R348, IN_TOUCH, String.valueOf(c.inTouch()),
                    R348.description() + " (last year's OC3: In Touch DIED; this year's: " + c.inTouch() + ")"));
        }
        if (!eligibilityChecked()) {
            return;
        }
        // the header's date of birth where it has one (the episodes are the header's child's); OC3's otherwise
        CareHistory.Facts f = history.facts(c.childId(), headerDob != null ? headerDob : c.dateOfBirth());
        if (f.diedInCare()) {
            eligibility(position, R1000, f, "an episode ceased with E2");
        }
        if (f.episodes() == 0 && f.decidable()) {
            eligibility(position, R1002, f, "no episode of care in the episodes extract, which reaches back to "
                    + history.reachesBackTo());
        }
        if (f.decidable() && !f.relevant()) {
            eligibility(position, R1001, f, f.adopted() ? "the latest episode ceased with " + f.latestReasonCeased()
                    + " (adopted)" : f.daysSince14() + " days looked after since the 14th birthday, "
                    + f.daysAfter16() + " after the 16th, not counting short breaks (V3, V4)");
        }
        if (f.seventeenOrEighteen() && f.lookedAfterOnBirthday()) {
            eligibility(position, R1007, f, "looked after on the " + ordinal(f.ageInYear()) + " birthday, "
                    + f.birthday());
        }
        if (f.transferred()) {
            eligibility(position, R1011, f, "the latest episode ceased with E3");
        }
        if (f.seventeenOrEighteen() && f.ceasedOnOrAfterBirthday()) {
            eligibility(position, R1016, f, "an episode ceased on or after the " + ordinal(f.ageInYear())
                    + " birthday, " + f.birthday());
        }
    }

    private void eligibility(int position, Rule rule, CareHistory.Facts f, String why) {
        add(Extract.CARE_LEAVERS, position, new Finding(rule, IN_TOUCH, f.childId(), rule.description()
                + " (Child ID '" + f.childId() + "': " + why + ")"));
    }

    /** CL-01: relevant children aged 17 to 21 in the year, not looked after on that birthday, with no OC3 row. */
    private void dueAndMissing(CareHistory history) {
        headerPosition.forEach((child, position) -> {
            if (inOc3.contains(child)) {
                return;
            }
            CareHistory.Facts f = history.facts(child, dateOfBirth.get(child));
            if (due(f)) {
                add(Extract.HEADER_903, position, new Finding(CL01, CHILD_ID, child, "Information is due for this "
                        + "young person and is missing: Child ID '" + child + "' is a relevant or former relevant "
                        + "child (" + f.daysSince14() + " days looked after since the 14th birthday, " + f.daysAfter16()
                        + " after the 16th), aged " + f.ageInYear() + " on " + f.birthday()
                        + ", not looked after that day, and has no OC3 row."));
            }
        });
    }

    /** Due a care-leaver return this year and found by CL-01 when OC3 has none. */
    public static boolean due(CareHistory.Facts f) {
        return f.decidable() && f.relevant() && f.ageInYear() >= 17 && f.ageInYear() <= 21
                && !f.lookedAfterOnBirthday() && !f.diedInCare() && !f.transferred();
    }

    private static String ordinal(int age) {
        return age + "th";
    }

    private void add(Extract extract, int position, Finding f) {
        findings.computeIfAbsent(extract, e -> new TreeMap<>()).computeIfAbsent(position, p -> new ArrayList<>()).add(f);
    }
}
