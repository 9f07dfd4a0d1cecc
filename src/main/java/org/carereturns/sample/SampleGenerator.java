package org.carereturns.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
public final class SampleGenerator extends SampleExtract {

    public record Options(Period period, double scale, long seed, double defectRate, Set<Extract> extracts) {
    }

    /** How many rows of each extract were written, and how many defects were seeded. */
    public record Summary(Map<String, Integer> rows, int defects) {
    }

    private int serviceSeq = 2_000_000;
    /** The council's CLD file: the events of the services, contacts and reviews written without a defect. */
    private final CldSample cld = new CldSample(this);
    /** Each new client's ST-Max (the person and its start): a request for support came first (contacts). */
    private final List<Object[]> stMaxReferrals = new ArrayList<>();
    private final Map<Episode, Map<String, Object>> episodeRows = new java.util.IdentityHashMap<>();

    public SampleGenerator(Options options) {
        super(options, new Random(options.seed()));
    }

    /**
     * Consecutive years of one council, the last {@code o.period()}: {@code years} folders under
     * {@code parent}, one per period. The long-term support of the last year is built first; each
     * earlier year has the same people and support as they stood then (a long-term client this
     * year mostly was one last year), and its own contacts, reviews, concerns and care leavers.
     */
    public static Map<String, Summary> generateYears(Options o, int years, Path parent) throws IOException {
        Map<String, Summary> out = new java.util.LinkedHashMap<>();
        SampleGenerator last = new SampleGenerator(o);
        last.council.buildLongTermSupport(last.count(3570, 40));
        for (int k = years - 1; k >= 0; k--) {
            Period p = o.period();
            for (int i = 0; i < k; i++) {
                p = p.previous();
            }
            SampleGenerator year = k == 0 ? last : new SampleGenerator(new Options(p, o.scale(), o.seed() * 1_000 + k,
                    o.defectRate(), o.extracts()));
            if (k > 0) {
                year.council.carriedFrom(last.council);
            }
            out.put(p.toString(), year.generate(parent.resolve(p.toString())));
        }
        return out;
    }

    public Summary generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (council.episodes.isEmpty()) { // a year of several is carried from the last one's (generateYears)
            council.buildLongTermSupport(count(3570, 40));
        }
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
            new SafeguardingSample(this).write(dir, new Random(o.seed() * 31 + 4));
        }
        boolean ssda903 = o.extracts().contains(Extract.HEADER_903) || o.extracts().contains(Extract.EPISODES);
        LookedAfterSample lookedAfter = ssda903 ? new LookedAfterSample(this, new Random(o.seed() * 31 + 6)) : null;
        if (o.extracts().contains(Extract.CARE_LEAVERS)) {
            new CareLeaverSample(this).write(dir, new Random(o.seed() * 31 + 5), lookedAfter);
        }
        if (lookedAfter != null) {
            lookedAfter.others();
            lookedAfter.write(dir);
        }
        if (o.extracts().contains(Extract.CLD)) {
            cld.write(dir);
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
        stMaxReferrals.clear();
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
            Map<String, Object> row = stMaxRow();
            rows.add(row);
            Map<String, Object> next = followOn(row);
            if (next != null) {
                rows.add(next);
            }
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
        ExtractWriter w = writer(Extract.SERVICES, "services.xlsx", "Services", cols, r)
                .titles("Medway Council - adult social care services extract", "Run date: "
                        + o.period().end().plusDays(3), "");
        w.write(dir, rows, serviceDefects());
        cld.services(w.clean(rows));
    }

    private Map<String, Object> serviceRow(Person p, String clientType, String type, String delivery, LocalDate start,
                                           LocalDate end) {
        Map<String, Object> row = new SampleRow();
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
            stMaxReferrals.add(new Object[] {p, start});
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

    /**
     * The service a new client's ST-Max led to, starting the day after it ended: the case system holds it
     * as a row of its own, which is how CLD tells the sequel (the ST-Max Outcome column says it in words).
     */
    private Map<String, Object> followOn(Map<String, Object> stMax) {
        Object outcome = stMax.get(ST_MAX_OUTCOME);
        String type = switch (String.valueOf(outcome)) {
            case "Ongoing Low Level Support" -> "Short Term Support: Ongoing Low Level";
            case "Short Term Support (other)" -> "Short Term Support: Other Short Term";
            case "Long Term Support: Community" -> Codes.LTS_COMMUNITY;
            case "Long Term Support: Residential Care" -> Codes.LTS_RESIDENTIAL;
            case "Long Term Support: Nursing Care" -> Codes.LTS_NURSING;
            default -> null;
        };
        if (type == null || !(stMax.get(END_DATE) instanceof LocalDate end)) {
            return null;
        }
        Map<String, Object> row = new SampleRow();
        row.putAll(stMax);
        row.put(SERVICE_ID, "S" + (++serviceSeq));
        row.put(SERVICE_TYPE, type);
        row.put(DELIVERY, Codes.LTS_COMMUNITY.equals(type) ? council.pick(Codes.DIRECT_PAYMENT, 25,
                Codes.COMMISSIONED, 75) : "");
        row.put(START_DATE, end.plusDays(1));
        row.put(END_DATE, Codes.LONG_TERM.contains(type) ? null : end.plusDays(1 + rnd.nextInt(90)));
        row.put(ST_MAX_OUTCOME, "");
        row.put(ACCOMMODATION, Codes.LTS_NURSING.equals(type) ? "Registered nursing home"
                : Codes.LTS_RESIDENTIAL.equals(type) ? "Registered care home" : "");
        row.remove(PROTECTED);
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
        Map<String, Object> row = new SampleRow();
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
            Map<String, Object> row = new SampleRow();
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
                        Codes.STS001_SEQUELS.get(0), 4, Codes.STS001_SEQUELS.get(7), 10, Codes.STS001_SEQUELS.get(8), 8,
                        Codes.STS001_SEQUELS.get(3), 6, Codes.STS001_SEQUELS.get(2), 2, Codes.STS001_SEQUELS.get(1), 1,
                        Codes.STS001_SEQUELS.get(4), 0.2, Codes.STS001_SEQUELS.get(5), 2, Codes.STS001_SEQUELS.get(6), 1,
                        Codes.STS001_SEQUELS.get(10), 1));
                row.put(OUTCOME_DATE, date.plusDays((long) Math.min(120, -Math.log(1 - rnd.nextDouble()) * 14)));
            }
            LocalDate month = date.isBefore(o.period().start()) ? o.period().start() : date;
            byMonth.computeIfAbsent(month.format(DateTimeFormatter.ofPattern("yyyy-MM")), k -> new ArrayList<>()).add(row);
        }
        // the request each new client's ST-Max followed: decided a day to five days before it began
        int k = n;
        for (Object[] referral : stMaxReferrals) {
            LocalDate start = (LocalDate) referral[1];
            LocalDate date = start.minusDays(1 + rnd.nextInt(5));
            if (!o.period().contains(date)) {
                continue;
            }
            Map<String, Object> row = new SampleRow();
            row.put(CONTACT_ID, "C" + (5_000_000 + (k++) * 3L));
            person(row, (Person) referral[0]);
            row.put(CLIENT_TYPE, "");
            row.put(CONTACT_DATE, date);
            row.put(ROUTE, council.pick("Community / Other route", 55, "Discharge from Hospital", 35,
                    "Diversion from Hospital Services", 10));
            row.put(OUTCOME, Codes.STS001_SEQUELS.get(0));
            row.put(OUTCOME_DATE, date.plusDays(rnd.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(date, start))));
            byMonth.computeIfAbsent(date.format(DateTimeFormatter.ofPattern("yyyy-MM")), x -> new ArrayList<>()).add(row);
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
            w.write(dir, month.getValue(), contactDefects());
            cld.requests(w.clean(month.getValue()));
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
        ExtractWriter w = writer(Extract.REVIEWS, "reviews.csv", "", cols, r);
        w.write(dir, rows, List.of(
                row -> set(row, REVIEW_ID, "", "REV-01", "Review ID left blank"),
                row -> set(row, REVIEW_DATE, "32/01/" + (o.period().startYear() + 1), "REV-03", "impossible Review Date"),
                row -> set(row, REVIEW_TYPE, "Annual", "REV-04", "review type not on the list"),
                row -> both(row, REVIEW_TYPE, "Unplanned", REVIEW_REASON, "", "REV-05", "Unplanned without a reason"),
                row -> set(row, REVIEW_OUTCOME, "Pending", "REV-06", "review outcome not on the list"),
                row -> set(row, NEXT_REVIEW, "next spring", "REV-07", "Next Review Due not a date")));
        cld.reviews(w.clean(rows));
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
            Map<String, Object> row = new SampleRow();
            row.put("Area Code", "E06000035");
            row.put("Area Name", "Medway");
            row.put("Year", (long) o.period().startYear());
            row.put(AGE, age == 90 ? "90+" : (Object) (long) age);
            row.put(POPULATION, (long) Math.round(base * scale));
            rows.add(row);
        }
        writer(Extract.POPULATION, "population.csv", "", List.of("Area Code", "Area Name", "Year", AGE,
                POPULATION), new Random(o.seed())).noDefects().write(dir, rows, List.of());
    }


}
