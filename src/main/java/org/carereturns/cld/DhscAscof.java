package org.carereturns.cld;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carereturns.Period;
import org.carereturns.ascof.AscofResult.Evidence;
import org.carereturns.codes.CldCodes;
import org.carereturns.ingest.Records.PopulationRow;
import org.carereturns.returns.Table;

import static org.carereturns.codes.CldCodes.*;

/**
 * ASCOF 2A, 2B, 2C, 2E and 3D by DHSC's 2024-25 method (cld-background §3.1–§3.5), from the joined
 * events and the person details. Each denominator line is kept as evidence; every event a measure
 * looked at is marked used.
 */
final class DhscAscof {

    static final String WA = "18-64";
    static final String OLD = "65+";
    static final String TOTAL = "Total";
    static final List<String> BANDS = List.of(WA, OLD, TOTAL);
    static final List<String> COLUMNS = List.of("Numerator", "Denominator", "Outcome");

    /** 2A's denominator: the sequels DHSC counts (§3.1); the numerator leaves out the first five. */
    static final List<String> LONG_TERM_SEQUELS = List.of(LTS_COMMUNITY, LTS_NURSING, LTS_RESIDENTIAL, LTS_PRISON,
            ST_RES_OR_NURSING);
    static final Set<String> NO_FURTHER_REQUEST = Set.of(ST_LOW_LEVEL, ST_OTHER, O_SIGNPOSTING, O_ENDED_PLANNED, O_MOVED,
            O_OTHER, O_NO_SERVICES, O_ENDED_OTHER, O_REFERRAL_LA);
    private final Period period;
    private final Map<String, List<Event>> byPerson = new LinkedHashMap<>();
    private final PersonDetails people;
    private final List<PopulationRow> population;
    private final BitSet used;
    private final List<Table> tables = new ArrayList<>();
    private final Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final List<StMaxSequel.Cluster> clusters2a = new ArrayList<>();

    DhscAscof(Period period, List<Event> events, PersonDetails people, List<PopulationRow> population, BitSet used) {
        this.period = period;
        this.people = people;
        this.population = population;
        this.used = used;
        for (Event e : events) {
            if (e.start() != null && !e.endOrOpen().isBefore(e.start())) {
                byPerson.computeIfAbsent(e.person(), k -> new ArrayList<>()).add(e);
            }
        }
        byPerson.values().forEach(l -> l.sort(Comparator.comparing(Event::start).thenComparing(Event::endOrOpen)
                .thenComparingInt(e -> hierarchy(e.row().outcome())).thenComparing(Event::position, Comparator.reverseOrder())));
    }

    DhscAscof calculate(boolean hasCarers) {
        m2a();
        admissions();
        m2e(false);
        m2e(true);
        m3dClients();
        if (hasCarers) {
            m3dCarers();
        } else {
            notes.put("3D1 Carers", "the CLD files hold no unpaid carers' events");
        }
        notes.put("2D", "needs hospital episodes (SUS) linked by NHS number, which a council does not hold");
        return this;
    }

    private PersonDetails.Person person(String key) {
        return people.of(key);
    }

    private static String band(Integer age) {
        return age == null ? null : age >= 65 ? OLD : age >= 18 ? WA : "Under 18";
    }

    private Table table(String name, List<String> groups, Map<String, long[]> counts, boolean perPopulation) {
        Table t = new Table("CLD", name, groups, COLUMNS);
        for (String g : groups) {
            long[] c = counts.getOrDefault(g, new long[2]);
            t.set(g, "Numerator", c[0]);
            t.set(g, "Denominator", c[1]);
            if (perPopulation) {
                t.setDecimal(g, "Outcome", c[1] == 0 ? null : BigDecimal.valueOf(c[0]).multiply(BigDecimal.valueOf(100_000))
                        .divide(BigDecimal.valueOf(c[1]), 1, RoundingMode.HALF_UP));
            } else {
                t.setPercent(g, "Outcome", c[0], c[1]);
            }
        }
        tables.add(t);
        return t;
    }

    private static void count(Map<String, long[]> counts, String band, boolean numerator) {
        for (String g : band == null ? List.of(TOTAL) : List.of(band, TOTAL)) {
            long[] c = counts.computeIfAbsent(g, k -> new long[2]);
            c[1]++;
            if (numerator) {
                c[0]++;
            }
        }
    }

    /** Why a person's cluster or support was not counted, by LA Person ID and measure: for the reconciliation. */
    private final Map<String, Map<String, String>> whyNot = new HashMap<>();

    private void whyNot(String measure, StMaxSequel.Cluster c, String why) {
        whyNot(measure, laId(c.rows()), why);
    }

    private void whyNot(String measure, String laId, String why) {
        if (laId != null) {
            whyNot.computeIfAbsent(measure, k -> new HashMap<>()).merge(laId, why, (a, b) -> a + "; " + b);
        }
    }

    /** Why the CLD method did not count the person in the measure, or null when it did or never saw them. */
    String whyNot(String measure, String laId) {
        return whyNot.getOrDefault(measure, Map.of()).get(laId);
    }

    private static String laId(List<Event> rows) {
        return rows.stream().map(e -> e.row().laPersonId()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private void use(Event e) {
        used.set(e.position());
    }

    // --- 2A ---------------------------------------------------------------------------------------

    private void m2a() {
        Map<String, long[]> counts = new HashMap<>();
        List<Evidence> lines = new ArrayList<>();
        for (var entry : byPerson.entrySet()) {
            List<Event> events = entry.getValue().stream().filter(Event::serviceUser).toList();
            for (StMaxSequel.Cluster c : StMaxSequel.clusters(entry.getKey(), events)) {
                if (c.end().isBefore(period.start()) || c.end().isAfter(period.end())) {
                    whyNot("2A", c, "the ST-Max cluster " + c.start() + " to " + (c.end().equals(Event.OPEN) ? "open"
                            : c.end()) + " does not end in the year");
                    continue;
                }
                PersonDetails.Person p = person(c.person());
                Integer age = p.ageOn(c.end());
                if (age != null && age < 18 || p.dateOfDeath() != null && p.dateOfDeath().isBefore(c.start())) {
                    whyNot("2A", c, "aged under 18 at the cluster's end, or died before it began");
                    continue;
                }
                Event lts = events.stream().filter(e -> e.longTerm() && e.start().isBefore(c.start())
                        && ChronoUnit.DAYS.between(e.endOrOpen(), c.start()) < 91).findFirst().orElse(null);
                if (lts != null) {
                    use(lts); // it decided that the cluster is not counted
                    whyNot("2A", c, "not a new client: " + lts.describe() + " ended less than 91 days before "
                            + c.start());
                    continue;
                }
                StMaxSequel.Cluster decided = StMaxSequel.sequel(c, events, p);
                c.rows().forEach(this::use);
                if (decided.decidedBy() != null) {
                    use(decided.decidedBy());
                }
                clusters2a.add(decided);
                boolean inDenominator = NO_FURTHER_REQUEST.contains(decided.sequel())
                        || LONG_TERM_SEQUELS.contains(decided.sequel());
                if (!inDenominator) {
                    whyNot("2A", c, "its sequel, " + decided.sequel() + " (step " + decided.step()
                            + "), is outside DHSC's 2A denominator");
                    continue;
                }
                boolean numerator = NO_FURTHER_REQUEST.contains(decided.sequel());
                count(counts, band(age), numerator);
                lines.add(new Evidence(c.person() + " " + c.start() + " to " + c.end(), laId(c.rows()),
                        band(age) == null ? "Unknown age" : band(age), numerator, decided.sequel() + " (" + decided.step() + ")"));
            }
        }
        table("2A", BANDS, counts, false);
        evidence.put("2A", lines);
    }

    List<StMaxSequel.Cluster> clusters2a() {
        return clusters2a;
    }

    // --- 2B / 2C ----------------------------------------------------------------------------------

    /** A row DHSC's 2B/2C builds from: a long-term residential or nursing service (component naming one, not short term). */
    private boolean careHome(Event e) {
        String component = e.row().component();
        return e.serviceUser() && (e.isService(LTS_RESIDENTIAL) || e.isService(LTS_NURSING)) && component != null
                && (component.contains("esidential") || component.contains("ursing")) && !component.contains("hort");
    }

    private void admissions() {
        Map<String, String> bandOf = new LinkedHashMap<>();
        Map<String, String> laIdOf = new HashMap<>();
        List<Evidence> lines = new ArrayList<>();
        for (var entry : byPerson.entrySet()) {
            PersonDetails.Person p = person(entry.getKey());
            if (p.dateOfBirth() == null || !p.aliveOn(period.start())) {
                continue;
            }
            List<Event> build = entry.getValue().stream().filter(this::careHome).toList();
            for (Event a : build) {
                if (!period.contains(a.start()) || O_SELF_FUNDED.equals(a.row().outcome())) {
                    continue;
                }
                Event earlier = build.stream().filter(b -> b.start().isBefore(a.start())
                        && ChronoUnit.DAYS.between(b.endOrOpen(), a.start()) < 365).findFirst().orElse(null);
                if (earlier != null) {
                    use(earlier); // it decided that this admission is not new
                    continue;
                }
                String band = band(p.ageOn(a.start()));
                if (band == null || band.equals("Under 18")) {
                    continue;
                }
                use(a);
                laIdOf.putIfAbsent(p.key(), laId(List.of(a)));
                String was = bandOf.get(p.key());
                if (was == null || band.compareTo(was) < 0) {
                    bandOf.put(p.key(), band); // MIN of the band strings: "18-64" before "65+"
                }
            }
        }
        Map<String, long[]> counts = new HashMap<>();
        bandOf.forEach((person, band) -> {
            counts.computeIfAbsent(band, k -> new long[2])[0]++;
            lines.add(new Evidence(person, laIdOf.get(person), band, true, "a new admission in the year"));
        });
        counts.computeIfAbsent(WA, k -> new long[2])[1] = populationAged(18, 64);
        counts.computeIfAbsent(OLD, k -> new long[2])[1] = populationAged(65, 200);
        table("2B", List.of(WA), counts, true);
        table("2C", List.of(OLD), counts, true);
        evidence.put("2B and 2C", lines);
        if (population == null) {
            notes.put("2B", "no population extract: the rates per 100,000 need the ONS mid-year estimates");
        }
    }

    private long populationAged(int from, int to) {
        if (population == null) {
            return 0;
        }
        return population.stream().filter(r -> r.age() >= from && r.age() <= to).mapToLong(PopulationRow::count)
                .sum();
    }

    // --- 2E ---------------------------------------------------------------------------------------

    private void m2e(boolean learningDisability) {
        Map<String, long[]> counts = new HashMap<>();
        List<Evidence> lines = new ArrayList<>();
        for (var entry : byPerson.entrySet()) {
            List<Event> lts = entry.getValue().stream().filter(e -> e.serviceUser() && e.longTerm()
                    && e.overlaps(period.start(), period.end())).toList();
            if (lts.isEmpty()) {
                continue;
            }
            PersonDetails.Person p = person(entry.getKey());
            String measure = learningDisability ? "2E Learning Disability" : "2E";
            if (!p.aliveOn(period.start()) || learningDisability && !PSR_LD.equals(p.psr())) {
                whyNot(measure, laId(lts), !p.aliveOn(period.start()) ? "died before the year began"
                        : "primary support reason is " + p.psr() + " by DHSC's person details");
                continue;
            }
            LocalDate latestEnd = lts.stream().map(Event::endOrOpen).max(Comparator.naturalOrder()).orElseThrow();
            String band = band(p.ageOn(latestEnd.isAfter(period.end()) ? period.end() : latestEnd));
            if (band == null || band.equals("Under 18") || learningDisability && !band.equals(WA)) {
                whyNot(measure, laId(lts), band == null ? "age unknown" : "aged " + band
                        + " at the end of their latest long-term support");
                continue;
            }
            lts.forEach(this::use);
            boolean settled = CldCodes.settled(p.accommodation());
            count(counts, band, settled);
            lines.add(new Evidence(p.key(), laId(lts), band, settled, p.accommodation()
                    + (p.accommodationInferred() ? " (inferred from services)" : "")));
        }
        table(learningDisability ? "2E Learning Disability" : "2E", learningDisability ? List.of(WA) : BANDS, counts, false);
        evidence.put(learningDisability ? "2E Learning Disability" : "2E", lines);
    }

    // --- 3D ---------------------------------------------------------------------------------------

    private void m3dClients() {
        Map<String, long[]> sds = new HashMap<>();
        Map<String, long[]> dps = new HashMap<>();
        List<Evidence> lines = new ArrayList<>();
        for (var entry : byPerson.entrySet()) {
            List<Event> lts = entry.getValue().stream().filter(e -> e.serviceUser() && e.longTerm()
                    && !e.start().isAfter(period.end()) && !e.endOrOpen().isBefore(period.end())).toList();
            PersonDetails.Person p = person(entry.getKey());
            if (lts.isEmpty() || !p.aliveOn(period.end())) {
                continue;
            }
            int rank = lts.stream().mapToInt(NhsSalt::rank).min().orElseThrow();
            lts.forEach(this::use);
            if (rank < 3 || rank > 6) {
                continue;
            }
            String band = band(p.ageOn(period.end()));
            band = band == null || band.equals("Under 18") ? null : band;
            count(sds, band, rank <= 4);
            count(dps, band, rank == 3);
            lines.add(new Evidence(p.key(), laId(lts), band == null ? "Unknown age" : band, rank <= 4,
                    List.of("Direct payment", "CASSR managed personal budget", "CASSR commissioned support",
                            "delivery mechanism unknown").get(rank - 3)));
        }
        table("3D1", BANDS, sds, false);
        table("3D2", BANDS, dps, false);
        evidence.put("3D", lines);
    }

    private void m3dCarers() {
        Map<String, long[]> sds = new HashMap<>();
        Map<String, long[]> dps = new HashMap<>();
        List<Evidence> lines = new ArrayList<>();
        for (var entry : byPerson.entrySet()) {
            PersonDetails.Person p = person(entry.getKey());
            if (!p.aliveOn(period.start())) {
                continue;
            }
            int best = 99;
            List<Event> counted = new ArrayList<>();
            for (Event e : entry.getValue()) {
                if (!e.carer() || !e.overlaps(period.start(), period.end())) {
                    continue;
                }
                int category = carerCategory(e);
                if (category < 99) {
                    use(e);
                    counted.add(e);
                    best = Math.min(best, category);
                }
            }
            if (best > 3) {
                continue;
            }
            String band = band(p.ageOn(period.end()));
            band = band == null || band.equals("Under 18") ? null : band;
            count(sds, band, best <= 2);
            count(dps, band, best == 1);
            lines.add(new Evidence(p.key(), laId(counted), band == null ? "Unknown age" : band, best <= 2,
                    List.of("Direct payment", "CASSR managed personal budget", "CASSR commissioned support").get(best - 1)));
        }
        table("3D1 Carers", BANDS, sds, false);
        table("3D2 Carers", BANDS, dps, false);
        evidence.put("3D Carers", lines);
    }

    /** DHSC's carer category (§3.5), 99 when the row is not in the carers' cohort. */
    static int carerCategory(Event e) {
        String type = e.row().serviceType();
        String outcome = e.row().outcome();
        if (e.is(SERVICE) && CARER_DIRECT.equals(type)) {
            String component = e.row().component();
            if (component == null) {
                return 99; // DHSC's NOT LIKE on a null component is unknown: the row gets no category
            }
            String dm = e.row().delivery();
            return DP.equals(dm) || C_DP.equals(component) ? 1 : MANAGED_PB.equals(dm) ? 2 : COMMISSIONED.equals(dm) ? 3 : 4;
        }
        if (e.is(SERVICE) && CARER_INVOLVING.equals(type)) {
            return 6;
        }
        if (type == null && (e.is(REQUEST) || e.is(ASSESSMENT) || e.is(REVIEW))) {
            if (O_SIGNPOSTING.equals(outcome)) {
                return 5;
            }
            return e.is(REQUEST) ? 99 : 6;
        }
        return 99;
    }

    List<Table> tables() {
        return tables;
    }

    Map<String, List<Evidence>> evidence() {
        return evidence;
    }

    Map<String, String> notes() {
        return notes;
    }
}
