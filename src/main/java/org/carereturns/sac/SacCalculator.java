package org.carereturns.sac;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carereturns.Period;
import org.carereturns.codes.Codes;
import org.carereturns.ingest.Records.Concern;
import org.carereturns.ingest.Records.Person;
import org.carereturns.returns.Table;

/**
 * The SAC tables of returns.md. SG1a-SG1d count individuals (distinct Person ID); SG1f counts rows;
 * SG2-SG4 count Section 42 enquiries concluded in the period (End Date in the period).
 */
public final class SacCalculator {

    static final String T = "Total";
    static final String CONCERNS = "Safeguarding Concerns";
    static final String S42 = "Section 42 Enquiries";
    static final String OTHER = "Other Enquiries";
    static final List<String> SG1_COLUMNS = List.of(CONCERNS, S42, OTHER);
    static final List<String> AGES = List.of("18-64", "65-74", "75-84", "85-94", "95+");
    static final List<String> GENDERS = List.of("Male", "Female", "Not Known");
    static final List<String> PSR_GROUPS = List.of("Physical Support", "Sensory Support",
            "Support with Memory and Cognition", "Learning Disability Support", "Mental Health Support", "Social Support",
            "No Support Reason", "Not Known");
    static final String CONCLUDED = "Concluded Section 42 Enquiries";
    static final String ADVOCATE = "Of which: support provided by an advocate, family or friend";
    static final List<String> CAPACITY_ROWS = List.of("Yes, they lacked capacity", "No, they did not lack capacity",
            "Don't know", "Not recorded");
    static final List<String> RESULT_ROWS = List.of("Risk Removed", "Risk Reduced", "Risk Remained");

    private final Period period;
    private final List<ConcernEntry> concerns;
    private final Long adults;
    private final Set<ConcernEntry> used = new HashSet<>();

    /** {@code adults} is the population aged 18 and over, or null without a population extract. */
    public SacCalculator(Period period, List<ConcernEntry> concerns, Long adults) {
        this.period = period;
        this.concerns = concerns;
        this.adults = adults;
    }

    private boolean concernInPeriod(Concern c) {
        return period.contains(c.concernDate());
    }

    private boolean enquiryInPeriod(Concern c, String type) {
        return type.equals(c.enquiryType()) && period.contains(c.enquiryStart());
    }

    private boolean concludedS42(Concern c) {
        return Codes.SECTION_42.equals(c.enquiryType()) && period.contains(c.enquiryEnd());
    }

    public SacResult calculate() {
        List<Table> tables = new ArrayList<>(sg1());
        List<Concern> concluded = new ArrayList<>();
        for (ConcernEntry e : concerns) {
            Concern c = e.concern();
            if (concernInPeriod(c) || enquiryInPeriod(c, Codes.SECTION_42) || enquiryInPeriod(c, Codes.OTHER_ENQUIRY)) {
                used.add(e);
            }
            if (concludedS42(c)) {
                concluded.add(c);
                used.add(e);
            }
        }
        tables.addAll(sg2(concluded));
        tables.add(sg3a(concluded));
        tables.add(sg4a(concluded));
        tables.add(derived(tables, concluded));
        return new SacResult(tables, SacChecks.run(tables, concluded.size()), recording(concluded));
    }

    /** Why a valid concern counted in no table, or null when it did. */
    public String exclusion(ConcernEntry e) {
        return used.contains(e) ? null : "concern, enquiry start and conclusion all outside the period";
    }

    // --- SG1: individuals and cases ----------------------------------------------------------------

    private List<Table> sg1() {
        Table a = new Table("SAC", "SG1a", labels(AGES), SG1_COLUMNS);
        Table b = new Table("SAC", "SG1b", labels(GENDERS), SG1_COLUMNS);
        Table c = new Table("SAC", "SG1c", labels(Codes.ethnicities().labels()), SG1_COLUMNS);
        Table d = new Table("SAC", "SG1d", labels(PSR_GROUPS), List.of(S42));
        Table f = new Table("SAC", "SG1f", List.of("Total Number of Safeguarding Concerns",
                "Total Number of Section 42 Safeguarding Enquiries", "Total Number of Other Safeguarding Enquiries"),
                List.of("Cases"));
        // each person once per column, described by their latest row in that column
        Map<String, Map<String, Concern>> latest = new HashMap<>();
        for (String column : SG1_COLUMNS) {
            latest.put(column, new java.util.TreeMap<>());
        }
        for (ConcernEntry e : concerns) {
            Concern x = e.concern();
            if (concernInPeriod(x)) {
                f.increment("Total Number of Safeguarding Concerns", "Cases");
                keepLatest(latest.get(CONCERNS), x, Concern::concernDate);
            }
            if (enquiryInPeriod(x, Codes.SECTION_42)) {
                f.increment("Total Number of Section 42 Safeguarding Enquiries", "Cases");
                keepLatest(latest.get(S42), x, Concern::enquiryStart);
            }
            if (enquiryInPeriod(x, Codes.OTHER_ENQUIRY)) {
                f.increment("Total Number of Other Safeguarding Enquiries", "Cases");
                keepLatest(latest.get(OTHER), x, Concern::enquiryStart);
            }
        }
        for (String column : SG1_COLUMNS) {
            for (Concern x : latest.get(column).values()) {
                Person p = x.person();
                a.increment(ageBand(p), column);
                b.increment(gender(p.gender()), column);
                c.increment(p.ethnicity() == null ? Codes.ETH_UNDECLARED : p.ethnicity(), column);
                if (column.equals(S42)) {
                    d.increment(psrGroup(p.psr()), S42);
                }
            }
        }
        return List.of(a.withTotals(T, null), b.withTotals(T, null), c.withTotals(T, null), d.withTotals(T, null), f);
    }

    /** Keeps each person's latest row by the given date; on the same date, the later row in the extract. */
    private static void keepLatest(Map<String, Concern> byPerson, Concern c,
                                   java.util.function.Function<Concern, LocalDate> date) {
        byPerson.merge(c.person().id(), c, (old, now) -> date.apply(now).isBefore(date.apply(old)) ? old : now);
    }

    /** Age on the last day of the period, or at death if earlier. */
    private String ageBand(Person p) {
        LocalDate at = p.dateOfDeath() != null && p.dateOfDeath().isBefore(period.end()) ? p.dateOfDeath() : period.end();
        int age = p.ageOn(at);
        return age < 65 ? "18-64" : age < 75 ? "65-74" : age < 85 ? "75-84" : age < 95 ? "85-94" : "95+";
    }

    private static String gender(String g) {
        return "Male".equals(g) || "Female".equals(g) ? g : "Not Known";
    }

    static String psrGroup(String psr) {
        if (psr == null || "Unknown".equals(psr)) {
            return "Not Known";
        }
        if (psr.startsWith("Physical Support")) {
            return "Physical Support";
        }
        if (psr.startsWith("Sensory Support")) {
            return "Sensory Support";
        }
        if (psr.startsWith("Social Support")) {
            return "Social Support";
        }
        return switch (psr) {
            case "Support with Memory & Cognition" -> "Support with Memory and Cognition";
            default -> psr; // Learning Disability Support, Mental Health Support, No Support Reason
        };
    }

    // --- SG2: concluded Section 42 enquiries: risk, location, action, result ----------------------

    private List<Table> sg2(List<Concern> concluded) {
        List<String> sources = labels(Codes.SOURCES);
        Table a = new Table("SAC", "SG2a", labels(Codes.RISK_TYPES), sources);
        Table b = new Table("SAC", "SG2b", labels(Codes.LOCATIONS), sources);
        Table c = new Table("SAC", "SG2c", labels(Codes.ACTIONS), List.of(CONCLUDED));
        Table e = new Table("SAC", "SG2e", labels(RESULT_ROWS), List.of(CONCLUDED));
        for (Concern x : concluded) {
            for (String source : x.sources()) {
                for (String risk : x.riskTypes()) {
                    a.increment(risk, source);
                }
                b.increment(x.location(), source);
            }
            c.increment(x.action(), CONCLUDED);
            if (Codes.RISK_IDENTIFIED_ACTION.equals(x.action())) {
                e.increment(RESULT_ROWS.get(List.of("Risk removed", "Risk reduced", "Risk remained")
                        .indexOf(x.riskResult())), CONCLUDED);
            }
        }
        return List.of(a.withTotals(T, T), b.withTotals(T, T), c.withTotals(T, null), e.withTotals(T, null));
    }

    private Table sg3a(List<Concern> concluded) {
        List<String> rows = labels(CAPACITY_ROWS);
        rows.add(ADVOCATE);
        Table t = new Table("SAC", "SG3a", rows, List.of(CONCLUDED));
        for (Concern x : concluded) {
            String lacked = x.lackedCapacity();
            String row = lacked == null ? "Not recorded" : switch (lacked) {
                case "Yes" -> CAPACITY_ROWS.get(0);
                case "No" -> CAPACITY_ROWS.get(1);
                default -> "Don't know";
            };
            t.increment(row, CONCLUDED);
            if ("Yes".equals(lacked) && "Yes".equals(x.advocate())) {
                t.increment(ADVOCATE, CONCLUDED);
            }
        }
        t.setSum(T, CONCLUDED, CAPACITY_ROWS); // the advocate row is "of which", outside the total
        return t;
    }

    private Table sg4a(List<Concern> concluded) {
        List<String> rows = labels(Codes.MSP);
        rows.addAll(List.of("Fully achieved", "Partially achieved", "Not achieved"));
        Table t = new Table("SAC", "SG4a", rows, List.of(CONCLUDED));
        for (Concern x : concluded) {
            t.increment(x.mspAsked() == null ? "Not recorded" : x.mspAsked(), CONCLUDED);
            if (x.mspAchieved() != null) {
                t.increment(x.mspAchieved(), CONCLUDED);
            }
        }
        t.setSum(T, CONCLUDED, Codes.MSP); // the achievement rows are "of the expressed", outside the total
        return t;
    }

    // --- Derived ----------------------------------------------------------------------------------

    static final String D_TOTAL = "Total Enquiries";
    static final String D_CONVERSION = "Conversion Rate (%)";
    static final String D_S42 = "Proportion Section 42 (%)";
    static final String D_MSP = "MSP recorded (%)";
    static final String D_RISK = "Risk removed or reduced (%)";
    static final String D_ADVOCATE = "Advocate where capacity lacking (%)";
    static final String D_RATE = "Concerns per 100,000 adults";

    private Table derived(List<Table> tables, List<Concern> concluded) {
        Table f = find(tables, "SG1f");
        long concernsCases = f.count("Total Number of Safeguarding Concerns", "Cases");
        long s42 = f.count("Total Number of Section 42 Safeguarding Enquiries", "Cases");
        long other = f.count("Total Number of Other Safeguarding Enquiries", "Cases");
        Table e = find(tables, "SG2e");
        Table t = new Table("SAC", "Derived", List.of(D_TOTAL, D_CONVERSION, D_S42, D_MSP, D_RISK, D_ADVOCATE, D_RATE),
                List.of("Value"));
        t.set(D_TOTAL, "Value", s42 + other);
        t.setPercent(D_CONVERSION, "Value", s42 + other, concernsCases);
        t.setPercent(D_S42, "Value", s42, s42 + other);
        long mspRecorded = concluded.stream().filter(c -> c.mspAsked() != null && !"Not recorded".equals(c.mspAsked())).count();
        t.setPercent(D_MSP, "Value", mspRecorded, concluded.size());
        t.setPercent(D_RISK, "Value", e.count("Risk Removed", CONCLUDED) + e.count("Risk Reduced", CONCLUDED),
                e.count(T, CONCLUDED));
        long lacked = concluded.stream().filter(c -> "Yes".equals(c.lackedCapacity())).count();
        long advocate = concluded.stream().filter(c -> "Yes".equals(c.lackedCapacity()) && "Yes".equals(c.advocate()))
                .count();
        t.setPercent(D_ADVOCATE, "Value", advocate, lacked);
        t.setDecimal(D_RATE, "Value", adults == null || adults == 0 ? null : BigDecimal.valueOf(concernsCases)
                .multiply(BigDecimal.valueOf(100_000)).divide(BigDecimal.valueOf(adults), 1, RoundingMode.HALF_UP));
        return t;
    }

    private List<SacResult.Recording> recording(List<Concern> concluded) {
        List<Concern> inPeriod = concerns.stream().map(ConcernEntry::concern).filter(this::concernInPeriod).toList();
        return List.of(
                new SacResult.Recording("MSP Asked", CONCLUDED,
                        concluded.stream().filter(c -> c.mspAsked() != null && !"Not recorded".equals(c.mspAsked())).count(),
                        concluded.size()),
                new SacResult.Recording("Lacked Capacity", CONCLUDED,
                        concluded.stream().filter(c -> c.lackedCapacity() != null).count(), concluded.size()),
                new SacResult.Recording("Ethnicity", "Safeguarding concerns in the period",
                        inPeriod.stream().filter(c -> c.person().ethnicity() != null
                                && !Codes.ETH_UNDECLARED.equals(c.person().ethnicity())).count(), inPeriod.size()),
                new SacResult.Recording("Primary Support Reason", "Safeguarding concerns in the period",
                        inPeriod.stream().filter(c -> c.person().psr() != null && !"Unknown".equals(c.person().psr()))
                                .count(), inPeriod.size()));
    }

    static Table find(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> labels(List<String> rows) {
        List<String> out = new ArrayList<>(rows);
        out.add(T);
        return out;
    }
}
