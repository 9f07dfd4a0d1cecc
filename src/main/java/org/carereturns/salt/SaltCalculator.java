package org.carereturns.salt;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.carereturns.Period;
import org.carereturns.codes.Codes;
import org.carereturns.codes.StMaxOutcomes;
import org.carereturns.ingest.Records.Review;
import org.carereturns.ingest.Records.Service;
import org.carereturns.returns.Table;
import org.carereturns.validation.ServiceRules;

/**
 * The SALT tables of returns.md from the run's services, contacts and reviews, and the reason each
 * valid service and review row that no table used is excluded.
 */
public final class SaltCalculator {

    public static final String TOTAL = "Total";
    static final List<String> BANDS = List.of(AgeBand.WORKING_AGE, AgeBand.OLDER, TOTAL);
    static final List<String> REVIEW_REASONS = Codes.reviewReasons().labels();
    static final String TOTAL_REVIEWS = "Total reviews";
    static final String TOTAL_CLIENTS = "Total clients in table";
    static final String MOVE_NURSING = "Move to Nursing Care (from community)";
    static final String MOVE_RESIDENTIAL = "Move to Residential Care (from community)";
    static final List<String> LTS002B_COLUMNS = List.of("Unplanned 18-64", "Unplanned 65+", "Planned 18-64",
            "Planned 65+", TOTAL);

    /** One person's place in an LTS001 table. */
    public record Placement(String band, String psr, String column) {
    }

    /** A new client's ST-Max episode counted in STS002a. */
    public record NewClientEpisode(ServiceIndex.Entry entry, String band, String column) {
    }

    /** The SALT cohorts other returns reuse (ASCOF): computed once, here. */
    public record Cohorts(Map<String, Placement> lts001a, Map<String, List<ServiceIndex.Entry>> lts001aRows,
                          Map<String, Placement> lts001b, Map<String, List<ServiceIndex.Entry>> lts001bRows,
                          List<NewClientEpisode> sts002a) {
    }

    private final Period period;
    private final ServiceIndex services;
    private final ContactTally contacts;
    private final List<ReviewEntry> reviews;
    private final Map<String, Placement> lts001a = new TreeMap<>();
    private final Map<String, Placement> lts001b = new TreeMap<>();
    private final Map<String, Placement> lts001c = new TreeMap<>();
    private final Set<ReviewEntry> reviewsUsed = new HashSet<>();
    private final Map<String, List<ServiceIndex.Entry>> lts001aRows = new TreeMap<>();
    private final Map<String, List<ServiceIndex.Entry>> lts001bRows = new TreeMap<>();
    private final List<NewClientEpisode> sts002aEpisodes = new ArrayList<>();

    public Cohorts cohorts() {
        return new Cohorts(lts001a, lts001aRows, lts001b, lts001bRows, sts002aEpisodes);
    }

    public SaltCalculator(Period period, ServiceIndex services, ContactTally contacts, List<ReviewEntry> reviews) {
        this.period = period;
        this.services = services;
        this.contacts = contacts;
        this.reviews = reviews;
    }

    public SaltResult calculate() {
        List<Table> tables = new ArrayList<>(contacts.sts001());
        tables.addAll(sts002());
        buildCohorts();
        tables.addAll(lts001("LTS001a", lts001a));
        tables.addAll(lts001("LTS001b", lts001b));
        tables.addAll(lts001("LTS001c", lts001c));
        tables.addAll(lts002a());
        tables.add(lts002b());
        Table kpis = kpis();
        SaltResult partial = new SaltResult(tables, kpis, List.of(), contacts.byMonth(), reviewsByMonth());
        return new SaltResult(tables, kpis, SaltChecks.run(partial, lts001a, lts001b, services), contacts.byMonth(),
                reviewsByMonth());
    }

    // --- STS002a / STS002b ----------------------------------------------------------------------

    private List<Table> sts002() {
        Table a = new Table("SALT", "STS002a Table 1", BANDS, Table.labels(StMaxOutcomes.STS002A_COLUMNS, TOTAL));
        Table b = new Table("SALT", "STS002b Table 1", BANDS, Table.labels(StMaxOutcomes.STS002B_COLUMNS, TOTAL));
        for (ServiceIndex.Entry e : services.entries()) {
            Service s = e.service();
            if (!ServiceRules.countsInSts002(s, period) || s.stMaxOutcome() == null) {
                continue;
            }
            String band = AgeBand.of(s.person().ageOn(s.end()));
            if (band == null) {
                continue;
            }
            List<ServiceIndex.Entry> active = services.activeOn(s.person().id(), s.start());
            if (active.isEmpty()) {
                a.increment(band, StMaxOutcomes.forNewClient(s.stMaxOutcome()));
                sts002aEpisodes.add(new NewClientEpisode(e, band, StMaxOutcomes.forNewClient(s.stMaxOutcome())));
            } else {
                b.increment(band, StMaxOutcomes.forExistingClient(s.stMaxOutcome()));
                services.markUsed(active);
            }
            services.markUsed(e);
        }
        return List.of(a.withTotals(TOTAL, TOTAL), b.withTotals(TOTAL, TOTAL));
    }

    // --- LTS001a / b / c ------------------------------------------------------------------------

    private void buildCohorts() {
        LocalDate start = period.start();
        LocalDate end = period.end();
        for (String person : new java.util.TreeSet<>(services.ltsPeople())) {
            List<ServiceIndex.Entry> inYear = services.overlapping(person, start, end);
            if (inYear.isEmpty() || !services.aliveOn(person, start)) {
                continue;
            }
            LocalDate ageDate = end;
            LocalDate dod = services.dateOfDeath(person);
            if (dod != null && dod.isBefore(ageDate)) {
                ageDate = dod;
            }
            LocalDate lastEnd = inYear.stream().anyMatch(e -> e.end() == null) ? null
                    : inYear.stream().map(ServiceIndex.Entry::end).max(LocalDate::compareTo).orElseThrow();
            if (lastEnd != null && lastEnd.isBefore(ageDate)) {
                ageDate = lastEnd;
            }
            LocalDate dob = services.dateOfBirth(person);
            Placement a = place(dob, ageDate, inYear);
            if (a == null) {
                continue;
            }
            lts001a.put(person, a);
            lts001aRows.put(person, inYear);
            services.markUsed(inYear);
            List<ServiceIndex.Entry> atEnd = services.activeOn(person, end);
            if (atEnd.isEmpty() || !services.aliveOn(person, end)) {
                continue;
            }
            Placement b = place(dob, end, atEnd);
            if (b == null) {
                continue;
            }
            lts001b.put(person, b);
            lts001bRows.put(person, atEnd);
            List<ServiceIndex.Entry> chain = new ArrayList<>();
            if (services.continuous(person, start.minusDays(1), end, chain)) {
                lts001c.put(person, b);
                services.markUsed(chain);
            }
        }
    }

    private static Placement place(LocalDate dob, LocalDate ageDate, List<ServiceIndex.Entry> rows) {
        String band = AgeBand.of(java.time.Period.between(dob, ageDate).getYears());
        if (band == null) {
            return null;
        }
        String column = ServiceIndex.column(rows);
        String psr = ServiceIndex.psr(rows, column);
        return psr == null ? null : new Placement(band, psr, column);
    }

    private static List<Table> lts001(String measure, Map<String, Placement> cohort) {
        List<String> rows = Table.labels(Codes.PSR_LTS_ROWS, TOTAL);
        List<String> cols = Table.labels(Setting.COLUMNS, TOTAL);
        Table a = new Table("SALT", measure + " Table 1a", rows, cols);
        Table b = new Table("SALT", measure + " Table 1b", rows, cols);
        for (Placement p : cohort.values()) {
            (AgeBand.WORKING_AGE.equals(p.band()) ? a : b).increment(p.psr(), p.column());
        }
        return List.of(a.withTotals(TOTAL, TOTAL), b.withTotals(TOTAL, TOTAL));
    }

    // --- LTS002a / LTS002b ----------------------------------------------------------------------

    private List<Table> lts002a() {
        List<String> rows = Table.labels(Codes.REVIEW_SEQUELS, TOTAL_REVIEWS, TOTAL_CLIENTS);
        List<String> cols = Table.labels(REVIEW_REASONS, TOTAL);
        Map<String, Table> tables = new java.util.LinkedHashMap<>();
        for (String name : List.of("1a", "1b", "2a", "2b", "3")) {
            tables.put(name, new Table("SALT", "LTS002a Table " + name, rows, cols));
        }
        Map<String, Map<String, Set<String>>> clients = new HashMap<>();
        Table planned = new Table("SALT", "LTS002a Table 4", List.of(MOVE_NURSING, MOVE_RESIDENTIAL, TOTAL), BANDS);
        for (ReviewEntry r : reviewsInPeriod()) {
            Review review = r.review();
            String person = review.person().id();
            List<ServiceIndex.Entry> active = services.activeOn(person, review.reviewDate());
            if (!lts001a.containsKey(person) || active.isEmpty()) {
                continue;
            }
            String column = ServiceIndex.column(active);
            String band = AgeBand.of(review.person().ageOn(review.reviewDate()));
            if (band == null) {
                continue;
            }
            if ("Unplanned".equals(review.type())) {
                String table = Setting.isPrison(column) ? "3"
                        : (Setting.isCareHome(column) ? "2" : "1") + (AgeBand.WORKING_AGE.equals(band) ? "a" : "b");
                tables.get(table).increment(review.outcome(), review.reason());
                clients.computeIfAbsent(table, k -> new HashMap<>())
                        .computeIfAbsent(review.reason(), k -> new LinkedHashSet<>()).add(person);
                clients.get(table).computeIfAbsent(TOTAL, k -> new LinkedHashSet<>()).add(person);
                reviewsUsed.add(r);
                services.markUsed(active);
            } else if (Setting.isCommunity(column) && (review.outcome().equals(Codes.REVIEW_SEQUELS.get(0))
                    || review.outcome().equals(Codes.REVIEW_SEQUELS.get(1)))) {
                planned.increment(review.outcome().equals(Codes.REVIEW_SEQUELS.get(0)) ? MOVE_NURSING : MOVE_RESIDENTIAL,
                        band);
                reviewsUsed.add(r);
                services.markUsed(active);
            }
        }
        List<Table> out = new ArrayList<>();
        for (var entry : tables.entrySet()) {
            out.add(finishReviewTable(entry.getValue(), clients.getOrDefault(entry.getKey(), Map.of())));
        }
        out.add(planned.withTotals(TOTAL, TOTAL));
        return out;
    }

    private Table lts002b() {
        Table t = new Table("SALT", "LTS002b Table 1", Table.labels(Codes.REVIEW_SEQUELS, TOTAL_REVIEWS, TOTAL_CLIENTS),
                LTS002B_COLUMNS);
        Map<String, Set<String>> clients = new HashMap<>();
        for (ReviewEntry r : reviewsInPeriod()) {
            Review review = r.review();
            String person = review.person().id();
            Placement p = lts001c.get(person);
            if (p == null) {
                continue;
            }
            String band = AgeBand.of(review.person().ageOn(review.reviewDate()));
            if (band == null) {
                continue;
            }
            String column = review.type() + " " + band;
            t.increment(review.outcome(), column);
            clients.computeIfAbsent(column, k -> new LinkedHashSet<>()).add(person);
            clients.computeIfAbsent(TOTAL, k -> new LinkedHashSet<>()).add(person);
            reviewsUsed.add(r);
        }
        return finishReviewTable(t, clients);
    }

    /** Totals of a review table: the Total column sums the columns; the two total rows close it. */
    private static Table finishReviewTable(Table t, Map<String, Set<String>> clients) {
        for (String sequel : Codes.REVIEW_SEQUELS) {
            long sum = 0;
            for (String c : t.columns()) {
                if (!c.equals(TOTAL)) {
                    sum += t.count(sequel, c);
                }
            }
            t.set(sequel, TOTAL, sum);
        }
        for (String c : t.columns()) {
            t.setSum(TOTAL_REVIEWS, c, Codes.REVIEW_SEQUELS);
            t.set(TOTAL_CLIENTS, c, clients.getOrDefault(c, Set.of()).size());
        }
        return t;
    }

    private List<ReviewEntry> reviewsInPeriod() {
        return reviews.stream().filter(r -> period.contains(r.review().reviewDate())).toList();
    }

    private Map<YearMonth, Long> reviewsByMonth() {
        Map<YearMonth, Long> out = new TreeMap<>();
        for (YearMonth m = YearMonth.from(period.start()); !m.isAfter(YearMonth.from(period.end())); m = m.plusMonths(1)) {
            out.put(m, 0L);
        }
        for (ReviewEntry r : reviewsInPeriod()) {
            out.merge(YearMonth.from(r.review().reviewDate()), 1L, Long::sum);
        }
        return out;
    }

    // --- Local KPIs -----------------------------------------------------------------------------

    static final String KPI_RECEIVED = "Contacts received";
    static final String KPI_WITH_OUTCOME = "Contacts with an outcome";
    static final String KPI_OPEN = "Contacts open at period end";
    static final String KPI_MEDIAN = "Median days from contact to outcome";
    static final String KPI_REVIEWED = "Long-term clients reviewed in year (%)";
    static final String KPI_OVERDUE = "Long-term clients with an overdue review (%)";

    private Table kpis() {
        Table t = new Table("KPI", "Local KPIs", List.of(KPI_RECEIVED, KPI_WITH_OUTCOME, KPI_OPEN, KPI_MEDIAN,
                KPI_REVIEWED, KPI_OVERDUE), List.of("Numerator", "Denominator", "Value"));
        for (String plain : List.of(KPI_RECEIVED, KPI_WITH_OUTCOME, KPI_OPEN, KPI_MEDIAN)) {
            t.setEmpty(plain, "Numerator");
            t.setEmpty(plain, "Denominator");
        }
        t.set(KPI_RECEIVED, "Value", contacts.received());
        t.set(KPI_WITH_OUTCOME, "Value", contacts.withOutcome());
        t.set(KPI_OPEN, "Value", contacts.openAtEnd());
        t.setDays(KPI_MEDIAN, "Value", contacts.medianDays());

        Set<String> reviewedInYear = new HashSet<>();
        Map<String, ReviewEntry> latest = new HashMap<>();
        for (ReviewEntry r : reviews) {
            Review review = r.review();
            String person = review.person().id();
            if (review.reviewDate().isAfter(period.end())
                    || services.activeOn(person, review.reviewDate()).isEmpty()) {
                continue;
            }
            if (period.contains(review.reviewDate()) && lts001c.containsKey(person)) {
                reviewedInYear.add(person);
                reviewsUsed.add(r);
            }
            if (lts001b.containsKey(person)) {
                latest.merge(person, r, (x, y) -> y.review().reviewDate().isAfter(x.review().reviewDate())
                        || y.review().reviewDate().equals(x.review().reviewDate())
                        && y.review().id().compareTo(x.review().id()) > 0 ? y : x);
            }
        }
        t.set(KPI_REVIEWED, "Numerator", reviewedInYear.size());
        t.set(KPI_REVIEWED, "Denominator", lts001c.size());
        t.setPercent(KPI_REVIEWED, "Value", reviewedInYear.size(), lts001c.size());

        LocalDate overdueBefore = period.end().minusDays(365);
        long overdue = 0;
        for (String person : lts001b.keySet()) {
            ReviewEntry last = latest.get(person);
            if (last != null) {
                reviewsUsed.add(last);
                if (last.review().reviewDate().isBefore(overdueBefore)) {
                    overdue++;
                }
            } else if (lts001c.containsKey(person)) {
                overdue++;
            }
        }
        t.set(KPI_OVERDUE, "Numerator", overdue);
        t.set(KPI_OVERDUE, "Denominator", lts001b.size());
        t.setPercent(KPI_OVERDUE, "Value", overdue, lts001b.size());
        return t;
    }

    // --- what was not used, and why ---------------------------------------------------------------

    /** Why a valid review counted in no table or KPI, or null when it was used. */
    public String exclusion(ReviewEntry r) {
        if (reviewsUsed.contains(r)) {
            return null;
        }
        Review review = r.review();
        if (review.reviewDate().isAfter(period.end())) {
            return "Review Date after the period";
        }
        if (services.activeOn(review.person().id(), review.reviewDate()).isEmpty()) {
            return "no long-term support on the Review Date";
        }
        if (review.reviewDate().isBefore(period.start())) {
            return "before the period and not the person's latest review";
        }
        return "planned review of a person not in LTS001c, with no move to a care home";
    }

    /** Why a valid service row decided no figure, or null when it did. */
    public String exclusion(ServiceIndex.Entry e) {
        if (services.isUsed(e)) {
            return null;
        }
        Service s = e.service();
        if (s.start().isAfter(period.end())) {
            return "starts after the period";
        }
        if (s.end() != null && s.end().isBefore(period.start())) {
            return "ended before the period";
        }
        if (Codes.ST_MAX.equals(s.serviceType())) {
            return s.end() == null || s.end().isAfter(period.end()) ? "ST-Max not ended in the period"
                    : "ST-Max of someone under 18 at its end";
        }
        if (!Codes.isOneOf(s.serviceType(), Codes.LONG_TERM)) {
            return s.serviceType() + ": used by no table or measure";
        }
        if (!Codes.SERVICE_USER.equals(s.clientType())) {
            return "long-term support recorded for a carer";
        }
        String person = s.person().id();
        if (!services.aliveOn(person, period.start())) {
            return "the person died before the period";
        }
        boolean placeable = services.lts(person).stream()
                .anyMatch(x -> Codes.isOneOf(x.service().person().psr(), Codes.PSR_LTS_ROWS));
        return placeable ? "under 18 at the table's reference date"
                : "no Primary Support Reason among the 11 SALT rows (Unknown or Support to Carer)";
    }
}
