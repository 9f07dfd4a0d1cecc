package org.carereturns.ascof;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.carereturns.Period;
import org.carereturns.codes.Codes;
import org.carereturns.ingest.Records.PopulationRow;
import org.carereturns.ingest.Records.Service;
import org.carereturns.returns.Table;
import org.carereturns.salt.AgeBand;
import org.carereturns.salt.SaltCalculator;
import org.carereturns.salt.ServiceIndex;
import org.carereturns.salt.Setting;
import org.carereturns.codes.StMaxOutcomes;

/**
 * The ASCOF measures of returns.md from the SALT cohorts (STS002a, LTS001a, LTS001b: reused, not
 * recomputed), the services, and the population. Each denominator line is kept as evidence.
 */
public final class AscofCalculator {

    static final String N = "Numerator";
    static final String D = "Denominator";
    static final String O = "Outcome";
    static final List<String> COLUMNS = List.of(N, D, O);

    /** STS002a columns of ASCOF 2A: no further request for ongoing support. */
    static final Set<String> NO_FURTHER_REQUEST = Set.of(StMaxOutcomes.STS002A_COLUMNS.get(5),
            StMaxOutcomes.STS002A_COLUMNS.get(6), StMaxOutcomes.STS002A_COLUMNS.get(8),
            StMaxOutcomes.STS002A_COLUMNS.get(9));
    static final String LONG_TERM_ANY = StMaxOutcomes.STS002A_COLUMNS.get(3);

    private final Period period;
    private final SaltCalculator.Cohorts cohorts;
    private final ServiceIndex services;
    private final List<PopulationRow> population;
    private final List<Table> tables = new ArrayList<>();
    private final Map<String, String> notComputed = new LinkedHashMap<>();
    private final Map<String, List<AscofResult.Evidence>> evidence = new LinkedHashMap<>();

    /** {@code population} is null when there is no population extract. */
    public AscofCalculator(Period period, SaltCalculator.Cohorts cohorts, ServiceIndex services,
                           List<PopulationRow> population) {
        this.period = period;
        this.cohorts = cohorts;
        this.services = services;
        this.population = population;
    }

    public AscofResult calculate() {
        m2a();
        admissions();
        notComputed.put("2D", "needs hospital discharge data (SUS), which the extracts do not hold");
        m2e();
        m3d();
        m3dCarers();
        m1e();
        tables.sort(Comparator.comparingInt(t -> Measure.ALL_MEASURES.stream().map(Measure::code).toList()
                .indexOf(t.name())));
        return new AscofResult(tables, notComputed, evidence);
    }

    /** A measure's table: per group a numerator and a denominator, and the outcome as a percentage. */
    private Table percentTable(Measure m, Map<String, long[]> counts) {
        Table t = new Table("ASCOF", m.code(), m.groups(), COLUMNS);
        for (String g : m.groups()) {
            long[] c = counts.getOrDefault(g, new long[2]);
            t.set(g, N, c[0]);
            t.set(g, D, c[1]);
            t.setPercent(g, O, c[0], c[1]);
        }
        tables.add(t);
        return t;
    }

    private static void count(Map<String, long[]> counts, String group, boolean numerator) {
        long[] c = counts.computeIfAbsent(group, k -> new long[2]);
        c[1]++;
        if (numerator) {
            c[0]++;
        }
    }

    private static void countWithTotal(Map<String, long[]> counts, String band, boolean numerator) {
        count(counts, band, numerator);
        count(counts, Measure.TOTAL, numerator);
    }

    // --- 2A: short-term services with no further request for ongoing support ---------------------

    private void m2a() {
        Map<String, long[]> counts = new TreeMap<>();
        List<AscofResult.Evidence> lines = new ArrayList<>();
        for (SaltCalculator.NewClientEpisode e : cohorts.sts002a()) {
            boolean numerator = NO_FURTHER_REQUEST.contains(e.column());
            if (!numerator && !LONG_TERM_ANY.equals(e.column())) {
                continue; // early cessation, self-funding and support declined are in neither
            }
            countWithTotal(counts, e.band(), numerator);
            Service s = e.entry().service();
            lines.add(new AscofResult.Evidence(s.id(), s.person().id(), e.band(), numerator,
                    "ST-Max ended " + s.end() + ": " + e.column()));
        }
        percentTable(Measure.M2A, counts);
        evidence.put("2A", lines);
    }

    // --- 2B / 2C: admissions to residential and nursing care -------------------------------------

    private static boolean isCareHome(Service s) {
        return Codes.SERVICE_USER.equals(s.clientType())
                && (Codes.LTS_NURSING.equals(s.serviceType()) || Codes.LTS_RESIDENTIAL.equals(s.serviceType()));
    }

    /**
     * People with a nursing or residential row starting in the period, alive on its first day, with no
     * other such row active on the day before it starts or ended in the 365 days before; each person
     * once, at their earliest such admission, in the age band of that admission.
     */
    private void admissions() {
        Map<String, long[]> counts = new TreeMap<>();
        List<AscofResult.Evidence> lines = new ArrayList<>();
        for (String person : new java.util.TreeSet<>(services.ltsPeople())) {
            if (!services.aliveOn(person, period.start())) {
                continue;
            }
            List<ServiceIndex.Entry> careHome = services.lts(person).stream().filter(e -> isCareHome(e.service())).toList();
            for (ServiceIndex.Entry admission : careHome) {
                LocalDate start = admission.start();
                if (!period.contains(start)) {
                    continue;
                }
                List<ServiceIndex.Entry> before = careHome.stream().filter(o -> o != admission)
                        .filter(o -> o.service().activeOn(start.minusDays(1))
                                || o.end() != null && !o.end().isBefore(start.minusDays(365)) && o.end().isBefore(start))
                        .toList();
                services.markUsed(before); // they decided this was a transfer, not an admission
                if (!before.isEmpty()) {
                    continue;
                }
                int age = admission.service().person().ageOn(start);
                String band = AgeBand.of(age);
                if (band != null) {
                    count(counts, band, true);
                    services.markUsed(admission);
                    lines.add(new AscofResult.Evidence(admission.service().id(), person, band, true,
                            admission.service().serviceType() + " from " + start + ", aged " + age + " at admission"));
                }
                break; // each person once, at their earliest admission
            }
        }
        admissionTable(Measure.M2B, counts.getOrDefault(AgeBand.WORKING_AGE, new long[2])[0], 18, 64, lines);
        admissionTable(Measure.M2C, counts.getOrDefault(AgeBand.OLDER, new long[2])[0], 65, Integer.MAX_VALUE, lines);
    }

    private void admissionTable(Measure m, long admissions, int fromAge, int toAge, List<AscofResult.Evidence> all) {
        String group = m.groups().get(0);
        Table t = new Table("ASCOF", m.code(), m.groups(), COLUMNS);
        if (population == null) {
            t.setEmpty(group, N);
            t.setEmpty(group, D);
            t.setEmpty(group, O);
            notComputed.put(m.code(), "population missing: no population extract (looked for population*.xlsx, "
                    + "population*.csv)");
        } else {
            long people = PopulationRow.aged(population, fromAge, toAge);
            t.set(group, N, admissions);
            t.set(group, D, people);
            t.setDecimal(group, O, people == 0 ? null : BigDecimal.valueOf(admissions).multiply(BigDecimal.valueOf(100_000))
                    .divide(BigDecimal.valueOf(people), 1, RoundingMode.HALF_UP));
        }
        tables.add(t);
        evidence.put(m.code(), all.stream().filter(e -> e.group().equals(group)).toList());
    }

    // --- 2E: living in their home or with family ---------------------------------------------------

    private void m2e() {
        Map<String, long[]> counts = new TreeMap<>();
        List<AscofResult.Evidence> lines = new ArrayList<>();
        for (var e : cohorts.lts001a().entrySet()) {
            String person = e.getKey();
            SaltCalculator.Placement p = e.getValue();
            ServiceIndex.Entry source = latestWith(cohorts.lts001aRows().get(person), s -> s.accommodation());
            String status = source == null ? "Unknown" : source.service().accommodation();
            boolean settled = Codes.isOneOf(status, Codes.SETTLED);
            countWithTotal(counts, p.band(), settled);
            if (AgeBand.WORKING_AGE.equals(p.band()) && "Learning Disability Support".equals(p.psr())) {
                count(counts, Measure.LD, settled);
            }
            lines.add(new AscofResult.Evidence(person, person, p.band(), settled, "Accommodation Status: " + status
                    + (source == null ? " (none recorded)" : " (Service ID " + source.service().id() + ")")));
        }
        percentTable(Measure.M2E, counts);
        evidence.put("2E", lines);
    }

    /** The latest-starting row that records the value, or null. */
    private static ServiceIndex.Entry latestWith(List<ServiceIndex.Entry> rows,
                                                 java.util.function.Function<Service, String> value) {
        ServiceIndex.Entry best = null;
        for (ServiceIndex.Entry e : rows) {
            if (value.apply(e.service()) != null && (best == null || !e.start().isBefore(best.start()))) {
                best = e;
            }
        }
        return best;
    }

    // --- 3D: self-directed support and direct payments ---------------------------------------------

    private void m3d() {
        Map<String, long[]> sds = new TreeMap<>();
        Map<String, long[]> dp = new TreeMap<>();
        List<AscofResult.Evidence> sdsLines = new ArrayList<>();
        List<AscofResult.Evidence> dpLines = new ArrayList<>();
        for (var e : cohorts.lts001b().entrySet()) {
            SaltCalculator.Placement p = e.getValue();
            if (!Setting.isCommunity(p.column())) {
                continue;
            }
            boolean direct = Setting.COMMUNITY_DP.equals(p.column()) || Setting.COMMUNITY_PART_DP.equals(p.column());
            boolean selfDirected = direct || Setting.COMMUNITY_MPB.equals(p.column());
            countWithTotal(sds, p.band(), selfDirected);
            countWithTotal(dp, p.band(), direct);
            sdsLines.add(new AscofResult.Evidence(e.getKey(), e.getKey(), p.band(), selfDirected, p.column()));
            dpLines.add(new AscofResult.Evidence(e.getKey(), e.getKey(), p.band(), direct, p.column()));
        }
        percentTable(Measure.M3D1, sds);
        percentTable(Measure.M3D2, dp);
        evidence.put("3D1", sdsLines);
        evidence.put("3D2", dpLines);
    }

    /**
     * Carers (Client Type Carer) with a Carer Support: Direct to Carer row overlapping the period,
     * their delivery category over those rows as for community support; age band at the period end.
     */
    private void m3dCarers() {
        Map<String, List<ServiceIndex.Entry>> byCarer = new TreeMap<>();
        for (ServiceIndex.Entry e : services.entries()) {
            Service s = e.service();
            if (!Codes.CARER.equals(s.clientType()) || !Codes.CARER_SUPPORT.equals(s.serviceType())
                    || s.start().isAfter(period.end()) || s.end() != null && s.end().isBefore(period.start())) {
                continue;
            }
            byCarer.computeIfAbsent(s.person().id(), k -> new ArrayList<>()).add(e);
        }
        Map<String, long[]> sds = new TreeMap<>();
        Map<String, long[]> dp = new TreeMap<>();
        List<AscofResult.Evidence> sdsLines = new ArrayList<>();
        List<AscofResult.Evidence> dpLines = new ArrayList<>();
        for (var e : byCarer.entrySet()) {
            List<ServiceIndex.Entry> rows = e.getValue();
            ServiceIndex.Entry latest = rows.stream().max(Comparator.comparing(ServiceIndex.Entry::start)).orElseThrow();
            String band = AgeBand.of(latest.service().person().ageOn(period.end()));
            if (band == null) {
                continue;
            }
            boolean anyDp = rows.stream().anyMatch(r -> Codes.DIRECT_PAYMENT.equals(r.service().delivery()));
            boolean allDp = rows.stream().allMatch(r -> Codes.DIRECT_PAYMENT.equals(r.service().delivery()));
            boolean mpb = rows.stream().anyMatch(r -> Codes.MANAGED_BUDGET.equals(r.service().delivery()));
            String category = anyDp && !allDp ? "Part Direct Payment" : allDp ? "Direct Payment only"
                    : mpb ? Codes.MANAGED_BUDGET : "CASSR Commissioned Support only";
            boolean direct = anyDp;
            boolean selfDirected = anyDp || mpb;
            countWithTotal(sds, band, selfDirected);
            countWithTotal(dp, band, direct);
            services.markUsed(rows);
            sdsLines.add(new AscofResult.Evidence(e.getKey(), e.getKey(), band, selfDirected, category));
            dpLines.add(new AscofResult.Evidence(e.getKey(), e.getKey(), band, direct, category));
        }
        percentTable(Measure.M3D1C, sds);
        percentTable(Measure.M3D2C, dp);
        evidence.put("3D1 Carers", sdsLines);
        evidence.put("3D2 Carers", dpLines);
    }

    // --- 1E: adults with a learning disability in paid employment --------------------------------

    private void m1e() {
        Map<String, long[]> counts = new TreeMap<>();
        List<AscofResult.Evidence> lines = new ArrayList<>();
        for (var e : cohorts.lts001a().entrySet()) {
            SaltCalculator.Placement p = e.getValue();
            if (!AgeBand.WORKING_AGE.equals(p.band()) || !"Learning Disability Support".equals(p.psr())
                    || Setting.isPrison(p.column())) {
                continue;
            }
            ServiceIndex.Entry source = latestWith(cohorts.lts001aRows().get(e.getKey()), s -> s.employment());
            String status = source == null ? "Unknown" : source.service().employment();
            boolean paid = Codes.isOneOf(status, Codes.PAID);
            count(counts, Measure.WA, paid);
            lines.add(new AscofResult.Evidence(e.getKey(), e.getKey(), Measure.WA, paid, "Employment Status: " + status
                    + (source == null ? " (none recorded)" : " (Service ID " + source.service().id() + ")")));
        }
        percentTable(Measure.M1E, counts);
        evidence.put("1E", lines);
    }
}
