package org.carereturns.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.carereturns.Period;
import org.carereturns.codes.Codes;
import org.carereturns.ingest.Extract;
import org.carereturns.sample.Council.Episode;
import org.carereturns.sample.Council.Person;

import static org.carereturns.ingest.Schema.*;

/**
 * Writes realistic synthetic extracts for one council (sizes and rates from council-figures.md):
 * scale 1.0 is Medway-sized. The mess of real extracts is there on purpose (header variants, title
 * rows, mixed date forms, stray spaces, case differences, blank rows, numeric IDs, monthly files),
 * and defects are seeded at the given rate, each one listed in ground-truth.csv with its rule.
 */
public final class SampleGenerator {

    public record Options(Period period, double scale, long seed, double defectRate, Set<Extract> extracts) {
    }

    /** How many rows of each extract were written, and how many defects were seeded. */
    public record Summary(Map<String, Integer> rows, int defects) {
    }

    /** A seeded defect: changes a row so that it breaks exactly one rule; null when it does not fit the row. */
    interface Defect extends Function<Map<String, Object>, String[]> {
    }

    private final Options o;
    private final Random rnd;
    private final Council council;
    private final GroundTruth truth = new GroundTruth();
    private final Map<String, Integer> rowsWritten = new TreeMap<>();
    private int serviceSeq = 2_000_000;
    private final Map<Episode, Map<String, Object>> episodeRows = new java.util.IdentityHashMap<>();
    /** Marks a row other rows depend on: no defect is seeded into it. */
    static final String PROTECTED = "__protected";

    public SampleGenerator(Options options) {
        this.o = options;
        this.rnd = new Random(options.seed());
        this.council = new Council(rnd, options.period());
    }

    private int count(double medway, int minimum) {
        return Math.max(minimum, (int) Math.round(medway * o.scale()));
    }

    public Summary generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        council.buildLongTermSupport(count(3570, 40));
        // each extract draws from its own stream, so asking for one extract gives the same rows as in a full set
        if (o.extracts().contains(Extract.SERVICES)) {
            services(dir, new Random(o.seed() * 31 + 1));
        }
        if (o.extracts().contains(Extract.CONTACTS)) {
            contacts(dir, new Random(o.seed() * 31 + 2));
        }
        if (o.extracts().contains(Extract.REVIEWS)) {
            reviews(dir, new Random(o.seed() * 31 + 3));
        }
        if (o.extracts().contains(Extract.SAFEGUARDING)) {
            safeguarding(dir, new Random(o.seed() * 31 + 4));
        }
        if (o.extracts().contains(Extract.CARE_LEAVERS)) {
            careLeavers(dir, new Random(o.seed() * 31 + 5));
        }
        if (o.extracts().contains(Extract.POPULATION)) {
            population(dir);
        }
        truth.write(dir.resolve("ground-truth.csv"));
        return new Summary(rowsWritten, truth.defects().size());
    }

    // --- services -------------------------------------------------------------------------------

    private void services(Path dir, Random r) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        episodeRows.clear();
        for (Episode e : council.episodes) {
            Map<String, Object> row = serviceRow(e.person, Codes.SERVICE_USER, e.type, e.delivery, e.start, e.end);
            episodeRows.put(e, row);
            row.put(PSR, e.person.psr);
            row.put(DOD, e.person.dod);
            row.put(UNPAID_CARER, council.pick("Yes", 40, "No", 45, "Not known", 5, "", 10));
            row.put(ACCOMMODATION, accommodation(e));
            row.put(EMPLOYMENT, employment(e.person));
            rows.add(row);
        }
        int stMax = count(1670, 30);
        for (int i = 0; i < stMax; i++) {
            rows.add(stMaxRow());
        }
        for (int i = 0; i < count(420, 10); i++) {
            Person p = council.adult();
            LocalDate start = council.dayInPeriod();
            Map<String, Object> row = serviceRow(p, Codes.SERVICE_USER, council.pick(
                    "Short Term Support: Ongoing Low Level", 60, "Short Term Support: Other Short Term", 40), null,
                    start, council.chance(0.7) ? start.plusDays(7 + rnd.nextInt(120)) : null);
            row.put(PSR, council.chance(0.7) ? p.psr : "");
            rows.add(row);
        }
        for (int i = 0; i < count(276, 10); i++) {
            Person carer = council.person(30 + rnd.nextInt(50), "Social Support: Support to Carer");
            LocalDate start = council.dayInPeriod();
            String delivery = council.pick(Codes.DIRECT_PAYMENT, 55, Codes.MANAGED_BUDGET, 15, Codes.COMMISSIONED, 30);
            Map<String, Object> row = serviceRow(carer, council.pick("Carer", 90, "carer", 10), Codes.CARER_SUPPORT,
                    delivery, start, Codes.DIRECT_PAYMENT.equals(delivery) ? start : start.plusDays(rnd.nextInt(200)));
            row.put(PSR, council.chance(0.6) ? carer.psr : "");
            rows.add(row);
        }
        rows.sort((a, b) -> ((LocalDate) a.get(START_DATE)).compareTo((LocalDate) b.get(START_DATE)));
        List<String> cols = List.of(SERVICE_ID, PERSON_ID, NHS_NUMBER, DOB, GENDER, ETHNICITY, PSR, DOD, CLIENT_TYPE,
                SERVICE_TYPE, DELIVERY, START_DATE, END_DATE, ST_MAX_OUTCOME, UNPAID_CARER, ACCOMMODATION, EMPLOYMENT);
        writer(Extract.SERVICES, "services.xlsx", "Services", cols, r)
                .titles("Medway Council - adult social care services extract", "Run date: "
                        + o.period().end().plusDays(3), "")
                .write(dir, rows, serviceDefects(), true);
    }

    private Map<String, Object> serviceRow(Person p, String clientType, String type, String delivery, LocalDate start,
                                           LocalDate end) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(SERVICE_ID, "S" + (++serviceSeq));
        person(row, p);
        row.put(CLIENT_TYPE, Codes.SERVICE_USER.equals(clientType) && council.chance(0.7) ? "" : clientType);
        row.put(SERVICE_TYPE, type);
        row.put(DELIVERY, delivery == null ? "" : delivery);
        row.put(START_DATE, start);
        row.put(END_DATE, end);
        row.put(ST_MAX_OUTCOME, "");
        return row;
    }

    private Map<String, Object> stMaxRow() {
        boolean existing = council.chance(0.2);
        Person p;
        LocalDate start;
        Object[] active = existing ? council.activeEpisodeInPeriod() : null;
        if (active != null) {
            Episode e = (Episode) active[0];
            p = e.person;
            start = (LocalDate) active[1];
            // this ST-Max is an existing client's because of that row: a defect there would change its meaning
            episodeRows.get(e).put(PROTECTED, true);
        } else {
            existing = false;
            p = council.adult();
            start = council.chance(0.05) ? o.period().start().minusDays(1 + rnd.nextInt(30)) : council.dayInPeriod();
        }
        LocalDate end = council.chance(0.04) ? null : start.plusDays(7 + rnd.nextInt(36));
        String outcome = end == null ? "" : existing
                ? council.pick("No change in Long Term Support", 45, "Long Term Support increased", 15,
                        "Long Term Support decreased", 15, "Move to Residential Care", 5, "Move to Nursing Care", 3,
                        "Move to Community", 2, "All Long Term Support ended", 5,
                        "Early cessation: NHS funded care, end of life or deceased", 3, "Early cessation: other reason", 4,
                        "Early cessation: to long term support", 3)
                : council.pick("Ongoing Low Level Support", 25, "Short Term Support (other)", 10,
                        "Universal Services/Signposted", 15, "No identified needs", 25, "Long Term Support: Community", 15,
                        "Long Term Support: Residential Care", 5, "Long Term Support: Nursing Care", 2, "Self-funding", 2,
                        "Support declined", 2, "Early cessation: NHS funded care, end of life or deceased", 3,
                        "Early cessation: other reason", 3, "Early cessation: to long term support", 3);
        Map<String, Object> row = serviceRow(p, Codes.SERVICE_USER, Codes.ST_MAX, null, start, end);
        row.put(ST_MAX_OUTCOME, outcome);
        row.put(PSR, p.psr);
        return row;
    }

    private String accommodation(Episode e) {
        if (council.chance(0.05)) {
            return "";
        }
        if (Codes.LTS_NURSING.equals(e.type)) {
            return "Registered nursing home";
        }
        if (Codes.LTS_RESIDENTIAL.equals(e.type)) {
            return "Registered care home";
        }
        if (Codes.LTS_PRISON.equals(e.type)) {
            return "Prison / Young offenders institution / detention centre";
        }
        return council.pick("Owner occupier or shared ownership scheme", 35, "Tenant", 25, "Tenant - private landlord", 8,
                "Settled mainstream housing with family / friends", 12,
                "Supported accommodation / supported lodgings / supported group home", 6,
                "Sheltered housing / extra care housing / other sheltered housing", 6, "Shared Lives scheme", 1,
                "Staying with family / friends as a short-term guest", 1, "Other temporary accommodation", 1, "Unknown", 5);
    }

    private String employment(Person p) {
        boolean ldWorkingAge = "Learning Disability Support".equals(p.psr) && p.ageOn(o.period().end()) < 65;
        if (!ldWorkingAge) {
            return council.chance(0.3) ? "Not in Paid Employment (not actively seeking work / retired)" : "";
        }
        return council.pick("Paid: Less than 16 hours a week", 4, "Paid: 16 or more hours a week", 2,
                "Paid: Hours per week unknown", 1, "Not in Paid Employment (not actively seeking work / retired)", 58,
                "Not in Paid Employment (seeking work)", 5, "Not in Paid Employment (voluntary work only)", 4,
                "Unknown", 11, "", 15);
    }

    private Map<String, Object> reviewRow(int seq, Person p, LocalDate date, String setting, boolean planned) {
        boolean community = Codes.LTS_COMMUNITY.equals(setting);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(REVIEW_ID, "R" + (700_000 + seq));
        person(row, p);
        row.put(REVIEW_DATE, date);
        row.put(REVIEW_TYPE, planned ? "Planned" : "Unplanned");
        row.put(REVIEW_REASON, planned ? "" : council.pick("Hospital", 40, "Carer related", 15,
                "Safeguarding concern", 10, "Other reason", 30, "Provider failure", 5));
        row.put(REVIEW_OUTCOME, council.pick(Codes.REVIEW_SEQUELS.get(4), 60, Codes.REVIEW_SEQUELS.get(3), 15,
                Codes.REVIEW_SEQUELS.get(5), 8, Codes.REVIEW_SEQUELS.get(1), community ? 4 : 0,
                Codes.REVIEW_SEQUELS.get(0), community ? 2 : 0, Codes.REVIEW_SEQUELS.get(2), 3,
                Codes.REVIEW_SEQUELS.get(6), 2, Codes.REVIEW_SEQUELS.get(7), 6));
        row.put(NEXT_REVIEW, council.chance(0.85) ? date.plusDays(365) : null);
        return row;
    }

    private List<Defect> serviceDefects() {
        return List.of(
                row -> set(row, SERVICE_ID, "", "SVC-01", "Service ID left blank"),
                row -> set(row, SERVICE_TYPE, "", "SVC-03", "Service Type left blank"),
                row -> needsDelivery(row) ? set(row, DELIVERY, "", "SVC-04", "Delivery Mechanism left blank") : null,
                row -> isLts(row) ? both(row, SERVICE_TYPE, Codes.LTS_PRISON, DELIVERY, Codes.DIRECT_PAYMENT, "SVC-05",
                        "Direct Payment on a prison row") : null,
                row -> set(row, START_DATE, "30/02/" + o.period().startYear(), "SVC-06", "impossible Start Date"),
                row -> row.get(START_DATE) instanceof LocalDate s && !isStMax(row)
                        ? set(row, END_DATE, s.minusDays(5), "SVC-07", "End Date before Start Date") : null,
                row -> isStMax(row) && row.get(END_DATE) != null
                        ? set(row, ST_MAX_OUTCOME, "", "SVC-08", "ST-Max Outcome blank on an ended ST-Max") : null,
                row -> isLts(row) ? set(row, PSR, "", "SVC-09", "PSR blank on long-term support") : null,
                row -> set(row, ACCOMMODATION, "Caravan", "SVC-11", "accommodation not on the list"),
                row -> set(row, NHS_NUMBER, breakNhs(row), "PER-04", "NHS Number check digit wrong"),
                row -> set(row, PERSON_ID, "", "PER-01", "Person ID left blank"));
    }

    private static boolean isLts(Map<String, Object> row) {
        return Codes.LONG_TERM.contains(String.valueOf(row.get(SERVICE_TYPE))) && !"".equals(row.get(PSR));
    }

    private static boolean isStMax(Map<String, Object> row) {
        return Codes.ST_MAX.equals(row.get(SERVICE_TYPE));
    }

    private static boolean needsDelivery(Map<String, Object> row) {
        Object t = row.get(SERVICE_TYPE);
        return Codes.LTS_COMMUNITY.equals(t) || Codes.CARER_SUPPORT.equals(t);
    }

    // --- contacts -------------------------------------------------------------------------------

    private void contacts(Path dir, Random r) throws IOException {
        int n = count(15000, 60);
        Map<String, List<Map<String, Object>>> byMonth = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Person p;
            double u = rnd.nextDouble();
            if (u < 0.2 && !council.ltsPeople.isEmpty()) {
                p = council.ltsPeople.get(rnd.nextInt(council.ltsPeople.size()));
            } else if (u < 0.21) {
                p = council.person(17, council.psr()); // transition: a 17-year-old, out of the adults' scope
            } else {
                p = council.adult();
            }
            LocalDate date = council.chance(0.02) ? o.period().start().minusDays(1 + rnd.nextInt(28))
                    : council.dayInPeriod();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(CONTACT_ID, "C" + (5_000_000 + i * 3L + rnd.nextInt(3)));
            person(row, p);
            row.put(CLIENT_TYPE, council.chance(0.05) ? "Carer" : council.chance(0.5) ? "Service User" : "");
            row.put(CONTACT_DATE, date);
            row.put(ROUTE, council.pick("Community / Other route", 70, "Discharge from Hospital", 18,
                    "Diversion from Hospital Services", 5, "Planned Entry (Transition)", 3,
                    "Self-funder with depleted funds", 3, "Prison", 1));
            if (council.chance(0.04)) {
                row.put(OUTCOME, "");
                row.put(OUTCOME_DATE, null);
            } else {
                row.put(OUTCOME, council.pick(Codes.STS001_SEQUELS.get(9), 35, Codes.STS001_SEQUELS.get(11), 15,
                        Codes.STS001_SEQUELS.get(0), 12, Codes.STS001_SEQUELS.get(7), 10, Codes.STS001_SEQUELS.get(8), 8,
                        Codes.STS001_SEQUELS.get(3), 6, Codes.STS001_SEQUELS.get(2), 2, Codes.STS001_SEQUELS.get(1), 1,
                        Codes.STS001_SEQUELS.get(4), 0.2, Codes.STS001_SEQUELS.get(5), 2, Codes.STS001_SEQUELS.get(6), 1,
                        Codes.STS001_SEQUELS.get(10), 1));
                row.put(OUTCOME_DATE, date.plusDays((long) Math.min(120, -Math.log(1 - rnd.nextDouble()) * 14)));
            }
            LocalDate month = date.isBefore(o.period().start()) ? o.period().start() : date;
            byMonth.computeIfAbsent(month.format(DateTimeFormatter.ofPattern("yyyy-MM")), k -> new ArrayList<>()).add(row);
        }
        List<String> cols = List.of(CONTACT_ID, PERSON_ID, NHS_NUMBER, DOB, GENDER, ETHNICITY, CLIENT_TYPE,
                CONTACT_DATE, ROUTE, OUTCOME, OUTCOME_DATE);
        List<String> written = new ArrayList<>();
        for (var month : byMonth.entrySet()) {
            month.getValue().sort((a, b) -> ((LocalDate) a.get(CONTACT_DATE)).compareTo((LocalDate) b.get(CONTACT_DATE)));
            ExtractWriter w = writer(Extract.CONTACTS, "contacts-" + month.getKey() + ".xlsx", "Contacts",
                    cols, r).sharingIds(written);
            if (r.nextDouble() < 0.25) {
                w.titles("Contacts and requests for support, " + month.getKey(), "");
            }
            w.write(dir, month.getValue(), contactDefects(), month.getValue().size() > 50_000);
        }
    }

    private List<Defect> contactDefects() {
        return List.of(
                row -> set(row, CONTACT_ID, "", "CON-01", "Contact ID left blank"),
                row -> set(row, CONTACT_DATE, "31/02/" + (o.period().startYear() + 1), "CON-03", "impossible Contact Date"),
                row -> set(row, ROUTE, "Walk-in", "CON-04", "route not on the list"),
                row -> row.get(OUTCOME_DATE) != null ? set(row, OUTCOME, "Pending review", "CON-05",
                        "outcome not on the list") : null,
                row -> row.get(OUTCOME_DATE) != null ? set(row, OUTCOME_DATE, null, "CON-06",
                        "Outcome without Outcome Date") : null,
                row -> row.get(OUTCOME_DATE) != null && row.get(CONTACT_DATE) instanceof LocalDate d
                        ? set(row, OUTCOME_DATE, d.minusDays(3), "CON-07", "Outcome Date before Contact Date") : null,
                row -> set(row, PERSON_ID, "", "PER-01", "Person ID left blank"),
                row -> set(row, DOB, new SampleSheet.ErrorValue("#N/A"), "PER-02", "#N/A in Date of Birth"),
                row -> row.get(CONTACT_DATE) instanceof LocalDate d
                        ? set(row, DOB, d.plusDays(10), "PER-03", "Date of Birth after the Contact Date") : null,
                row -> set(row, NHS_NUMBER, breakNhs(row), "PER-04", "NHS Number check digit wrong"),
                row -> set(row, GENDER, "X", "PER-05", "gender not on the list"),
                row -> set(row, CLIENT_TYPE, "Relative", "PER-09", "client type not on the list"));
    }

    // --- reviews --------------------------------------------------------------------------------

    private void reviews(Path dir, Random r) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        // About 58% of people on long-term support have a review in the year (Medway 55%, England 59%),
        // some a second, unplanned one; a few reviews are recorded for people with no support that day.
        Map<Person, List<Episode>> byPerson = new java.util.LinkedHashMap<>();
        for (Episode e : council.episodes) {
            byPerson.computeIfAbsent(e.person, k -> new ArrayList<>()).add(e);
        }
        int seq = 0;
        for (var entry : byPerson.entrySet()) {
            int reviewsForPerson = council.chance(0.58) ? (council.chance(0.15) ? 2 : 1) : 0;
            for (int k = 0; k < reviewsForPerson; k++) {
                Episode e = entry.getValue().get(rnd.nextInt(entry.getValue().size()));
                LocalDate from = e.start.isAfter(o.period().start()) ? e.start : o.period().start();
                LocalDate to = e.end == null || e.end.isAfter(o.period().end()) ? o.period().end() : e.end;
                if (to.isBefore(from)) {
                    continue;
                }
                rows.add(reviewRow(++seq, e.person, council.dayIn(from, to), e.type, k == 0 && council.chance(0.8)));
            }
        }
        for (int i = 0; i < count(60, 2); i++) {
            rows.add(reviewRow(++seq, council.adult(), council.dayInPeriod(), Codes.LTS_COMMUNITY, true));
        }
        rows.sort((a, b) -> ((LocalDate) a.get(REVIEW_DATE)).compareTo((LocalDate) b.get(REVIEW_DATE)));
        List<String> cols = List.of(REVIEW_ID, PERSON_ID, DOB, GENDER, REVIEW_DATE, REVIEW_TYPE, REVIEW_REASON,
                REVIEW_OUTCOME, NEXT_REVIEW);
        writer(Extract.REVIEWS, "reviews.csv", "", cols, r).write(dir, rows, List.of(
                row -> set(row, REVIEW_ID, "", "REV-01", "Review ID left blank"),
                row -> set(row, REVIEW_DATE, "32/01/" + (o.period().startYear() + 1), "REV-03", "impossible Review Date"),
                row -> set(row, REVIEW_TYPE, "Annual", "REV-04", "review type not on the list"),
                row -> both(row, REVIEW_TYPE, "Unplanned", REVIEW_REASON, "", "REV-05", "Unplanned without a reason"),
                row -> set(row, REVIEW_OUTCOME, "Pending", "REV-06", "review outcome not on the list"),
                row -> set(row, NEXT_REVIEW, "next spring", "REV-07", "Next Review Due not a date")), false);
    }

    // --- safeguarding ---------------------------------------------------------------------------

    private void safeguarding(Path dir, Random r) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = count(3300, 60);
        List<Person> repeat = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Person p = !repeat.isEmpty() && council.chance(0.15) ? repeat.get(rnd.nextInt(repeat.size()))
                    : council.chance(0.3) && !council.ltsPeople.isEmpty()
                    ? council.ltsPeople.get(rnd.nextInt(council.ltsPeople.size())) : council.adult();
            repeat.add(p);
            LocalDate concern = council.chance(0.03) ? o.period().start().minusDays(1 + rnd.nextInt(20))
                    : council.dayInPeriod();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(CONCERN_ID, "SG" + (300_000 + i));
            person(row, p);
            row.put(PSR, council.chance(0.15) ? "" : council.chance(0.1) ? "No Support Reason" : p.psr);
            row.put(CONCERN_DATE, concern);
            for (String c : List.of(ENQUIRY_TYPE, RISK_TYPE, RISK_LOCATION, RISK_SOURCE, ACTION, RISK_RESULT, CAPACITY,
                    ADVOCATE, MSP_ASKED, MSP_ACHIEVED)) {
                row.put(c, "");
            }
            row.put(ENQUIRY_START, null);
            row.put(ENQUIRY_END, null);
            if (council.chance(0.26)) {
                boolean s42 = council.chance(0.85);
                row.put(ENQUIRY_TYPE, s42 ? council.pick("Section 42", 80, "S42", 20) : council.pick("Other", 70,
                        "Other enquiry", 30));
                LocalDate start = concern.plusDays(rnd.nextInt(15));
                row.put(ENQUIRY_START, start);
                if (council.chance(0.85)) {
                    row.put(ENQUIRY_END, start.plusDays(5 + rnd.nextInt(90)));
                    if (s42) {
                        concludedDetails(row);
                    }
                }
            }
            rows.add(row);
        }
        rows.sort((a, b) -> ((LocalDate) a.get(CONCERN_DATE)).compareTo((LocalDate) b.get(CONCERN_DATE)));
        List<String> cols = List.of(CONCERN_ID, PERSON_ID, NHS_NUMBER, DOB, GENDER, ETHNICITY, PSR, CONCERN_DATE,
                ENQUIRY_TYPE, ENQUIRY_START, ENQUIRY_END, RISK_TYPE, RISK_LOCATION, RISK_SOURCE, ACTION, RISK_RESULT,
                CAPACITY, ADVOCATE, MSP_ASKED, MSP_ACHIEVED);
        writer(Extract.SAFEGUARDING, "safeguarding.xlsx", "Concerns", cols, r)
                .notes("Safeguarding adults: concerns and enquiries", "Source: case management system export")
                .write(dir, rows, List.of(
                        row -> set(row, CONCERN_ID, "", "SG-01", "Concern ID left blank"),
                                row -> set(row, CONCERN_DATE, "2024/13/45", "SG-03", "impossible Concern Date"),
                        row -> row.get(CONCERN_DATE) instanceof LocalDate d
                                ? set(row, DOB, d.minusYears(16).minusDays(30), "SG-04", "a 16-year-old") : null,
                        row -> row.get(ENQUIRY_START) != null
                                ? set(row, ENQUIRY_TYPE, "Informal", "SG-05", "enquiry type not on the list") : null,
                        row -> row.get(ENQUIRY_START) != null && row.get(CONCERN_DATE) instanceof LocalDate d
                                ? set(row, ENQUIRY_START, d.minusDays(4), "SG-06", "enquiry before the concern") : null,
                        row -> row.get(ENQUIRY_END) != null && row.get(ENQUIRY_START) instanceof LocalDate s
                                ? set(row, ENQUIRY_END, s.minusDays(2), "SG-07", "enquiry ends before it starts") : null,
                        row -> concludedS42(row) ? set(row, RISK_TYPE, "Cyber Abuse", "SG-08", "risk type not on the list") : null,
                        row -> concludedS42(row) ? set(row, RISK_LOCATION, "", "SG-09", "location blank") : null,
                        row -> concludedS42(row) ? set(row, RISK_SOURCE, "", "SG-10", "source blank") : null,
                        row -> concludedS42(row) && !Codes.RISK_IDENTIFIED_ACTION.equals(row.get(ACTION))
                                ? set(row, ACTION, "", "SG-11", "action blank") : null,
                        row -> concludedS42(row) ? both(row, ACTION, Codes.RISK_IDENTIFIED_ACTION, RISK_RESULT, "",
                                "SG-12", "risk identified and action taken with no result") : null,
                        row -> set(row, CAPACITY, "Maybe", "SG-13", "capacity not on the list"),
                        row -> both(row, MSP_ASKED, "No", MSP_ACHIEVED, "Fully achieved", "SG-16",
                                "outcomes achieved when not asked")), false);
    }

    private static boolean concludedS42(Map<String, Object> row) {
        return row.get(ENQUIRY_END) != null && String.valueOf(row.get(ENQUIRY_TYPE)).startsWith("S");
    }

    private void concludedDetails(Map<String, Object> row) {
        String risk = council.pick("Neglect and Acts of Omission", 30, "Physical Abuse", 18, "Financial or Material Abuse", 15,
                "Psychological Abuse", 12, "Self-Neglect", 8, "Domestic Abuse", 7, "Organisational Abuse", 4,
                "Sexual Abuse", 3, "Discriminatory Abuse", 1, "Sexual Exploitation", 1, "Modern Slavery", 1);
        if (council.chance(0.2)) {
            String second = council.pick("Psychological Abuse", 50, "Financial or Material Abuse", 30, "Physical Abuse", 20);
            if (!second.equals(risk)) {
                risk = risk + "; " + second;
            }
        }
        row.put(RISK_TYPE, risk);
        row.put(RISK_LOCATION, council.pick("Own Home", 45, "Care Home - Residential", 20, "Care Home - Nursing", 10,
                "In the Community (excluding community services)", 8, "In a Community Service", 5, "Hospital - Acute", 5,
                "Hospital - Mental Health", 2, "Hospital - Community", 1, "Other", 4));
        String source = council.pick("Other - Known to Individual", 55, "Service Provider", 35,
                "Other - Unknown to Individual", 10);
        if (council.chance(0.08)) {
            source = source.equals("Service Provider") ? source + ", Other - Known to Individual"
                    : source + ", Service Provider";
        }
        row.put(RISK_SOURCE, source);
        String action = council.pick(Codes.ACTIONS.get(0), 65, Codes.ACTIONS.get(1), 5, Codes.ACTIONS.get(2), 8,
                Codes.ACTIONS.get(3), 4, Codes.ACTIONS.get(4), 5, Codes.ACTIONS.get(5), 8, Codes.ACTIONS.get(6), 5);
        row.put(ACTION, action);
        if (Codes.RISK_IDENTIFIED_ACTION.equals(action)) {
            row.put(RISK_RESULT, council.pick("Risk reduced", 60, "Risk removed", 25, "Risk remained", 15));
        }
        String capacity = council.pick("Yes", 25, "No", 50, "Don't know", 5, "", 20);
        row.put(CAPACITY, capacity);
        if ("Yes".equals(capacity)) {
            row.put(ADVOCATE, council.pick("Yes", 86, "No", 14));
        }
        String msp = council.pick(Codes.MSP_EXPRESSED, 45, Codes.MSP.get(1), 10, "No", 8, "Don't know", 2, "", 35);
        row.put(MSP_ASKED, msp);
        if (Codes.MSP_EXPRESSED.equals(msp)) {
            row.put(MSP_ACHIEVED, council.pick("Fully achieved", 65, "Partially achieved", 28, "Not achieved", 7));
        }
    }

    // --- care leavers ---------------------------------------------------------------------------

    private void careLeavers(Path dir, Random r) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = count(211, 40);
        for (int i = 0; i < n; i++) {
            int ageInYear = council.chance(0.9) ? 17 + rnd.nextInt(5) : 22 + rnd.nextInt(4);
            int birthYear = o.period().startYear() - ageInYear + (rnd.nextBoolean() ? 0 : 1);
            LocalDate dob = birthYear == o.period().startYear() - ageInYear
                    ? council.dayIn(LocalDate.of(birthYear, 4, 1), LocalDate.of(birthYear, 12, 31))
                    : council.dayIn(LocalDate.of(birthYear, 1, 1), LocalDate.of(birthYear, 3, 31));
            Map<String, Object> row = new LinkedHashMap<>();
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
        List<String> cols = List.of(CHILD_ID, DOB, GENDER, IN_TOUCH, ACTIVITY, CL_ACCOMMODATION);
        int year = o.period().startYear();
        writer(Extract.CARE_LEAVERS, "care-leavers.xlsx", "OC3", cols, r)
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
                        }),
                        false);
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

    // --- population -----------------------------------------------------------------------------

    private void population(Path dir) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        double scale = Math.max(o.scale(), 0.01);
        for (int age = 0; age <= 90; age++) {
            double base = age < 60 ? 3500 + 300 * Math.sin(age / 9.0) : 3500 * Math.exp(-(age - 60) / 14.0);
            if (age == 90) {
                base = 2100;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Area Code", "E06000035");
            row.put("Area Name", "Medway");
            row.put("Year", (long) o.period().startYear());
            row.put(AGE, age == 90 ? "90+" : (Object) (long) age);
            row.put(POPULATION, (long) Math.round(base * scale));
            rows.add(row);
        }
        writer(Extract.POPULATION, "population.csv", "", List.of("Area Code", "Area Name", "Year", AGE,
                POPULATION), new Random(o.seed())).noDefects().write(dir, rows, List.of(), false);
    }

    // --- shared pieces --------------------------------------------------------------------------

    private void person(Map<String, Object> row, Person p) {
        row.put(PERSON_ID, p.id);
        row.put(NHS_NUMBER, council.chance(0.9) ? p.nhs : "");
        row.put(DOB, p.dob);
        row.put(GENDER, p.gender);
        row.put(ETHNICITY, p.ethnicity);
    }

    static String[] set(Map<String, Object> row, String column, Object value, String rule, String what) {
        row.put(column, value);
        return new String[] {column, rule, what};
    }

    private static String[] both(Map<String, Object> row, String c1, Object v1, String c2, Object v2, String rule,
                                 String what) {
        row.put(c1, v1);
        row.put(c2, v2);
        return new String[] {c2, rule, what};
    }

    private static String breakNhs(Map<String, Object> row) {
        Object v = row.get(NHS_NUMBER);
        String nhs = v == null || v.toString().isEmpty() ? "9434765919" : v.toString();
        char last = nhs.charAt(9);
        return nhs.substring(0, 9) + (char) ('0' + (last - '0' + 1) % 10);
    }

    /** A writer for one extract file, seeding defects at the run's rate into the shared ground truth. */
    private ExtractWriter writer(Extract extract, String fileName, String sheetName, List<String> columns, Random r) {
        return new ExtractWriter(extract, fileName, sheetName, columns, r, o.defectRate(), truth, rowsWritten);
    }
}
