package org.carereturns.cld;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.Period;
import org.carereturns.codes.CldCodes;
import org.carereturns.codes.Codes;
import org.carereturns.codes.StMaxOutcomes;
import org.carereturns.returns.Table;

import static org.carereturns.codes.CldCodes.*;

/**
 * SALT tables rebuilt from CLD by NHS England's 2023-24 replication (cld-background §4): STS001 with
 * its 'Unable to classify' column, STS002a, STS002b (totals only) and LTS001a/b/c. Ages are at the
 * period end, from DHSC's proxy date of birth; people of unknown age are left out, as NHS England's code
 * leaves them.
 */
final class NhsSalt {

    static final String UNABLE = "Unable to classify";
    static final String TOTAL = "Total";
    static final List<String> ROUTES = List.of("Planned Entry (Transition)", "Discharge from Hospital",
            "Diversion from Hospital Services", "Self-funder with depleted funds", "Community / Other route", "Prison");
    static final List<String> LTS_COLUMNS = List.of("Nursing", "Residential", "Community: Direct Payment only",
            "Community: CASSR Managed Personal Budget", "Community: CASSR Commissioned Support only",
            "Community: delivery mechanism unknown", "Prison: CASSR Managed Personal Budget",
            "Prison: CASSR Commissioned Support only", "Prison: delivery mechanism unknown");
    static final List<String> NHS_SERVICE_ORDER = List.of(ST_MAX, LTS_NURSING, LTS_RESIDENTIAL, LTS_COMMUNITY,
            LTS_PRISON, ST_LOW_LEVEL, ST_OTHER);

    private final Period period;
    private final Map<String, List<Event>> byPerson = new LinkedHashMap<>();
    private final PersonDetails people;
    private final BitSet used;
    private final List<Table> tables = new ArrayList<>();
    /** The starts of the ST-Max services that were the sequel of an STS001 request, by person. */
    private final Map<String, List<LocalDate>> stMaxSequels = new LinkedHashMap<>();

    NhsSalt(Period period, List<Event> events, PersonDetails people, BitSet used) {
        this.period = period;
        this.people = people;
        this.used = used;
        for (Event e : events) {
            if (e.serviceUser() && e.start() != null && !e.endOrOpen().isBefore(e.start())) {
                byPerson.computeIfAbsent(e.person(), k -> new ArrayList<>()).add(e);
            }
        }
        byPerson.values().forEach(l -> l.sort(Comparator.comparing(Event::start).thenComparing(Event::endOrOpen)
                .thenComparingInt(Event::position)));
    }

    NhsSalt calculate() {
        sts001();
        sts002();
        lts001();
        return this;
    }

    private String band(PersonDetails.Person p) {
        Integer age = p.ageOn(period.end());
        return age == null || age < 18 ? null : age >= 65 ? DhscAscof.OLD : DhscAscof.WA;
    }

    // --- STS001 -------------------------------------------------------------------------------------

    private void sts001() {
        List<String> columns = Table.labels(Table.labels(Codes.STS001_SEQUELS, UNABLE), TOTAL);
        Table a = new Table("CLD", "STS001 Table 1a", Table.labels(ROUTES, TOTAL), columns);
        Table b = new Table("CLD", "STS001 Table 1b", Table.labels(ROUTES, TOTAL), columns);
        for (var entry : byPerson.entrySet()) {
            PersonDetails.Person p = people.of(entry.getKey());
            String band = band(p);
            if (band == null || !p.aliveOn(period.start())) {
                continue;
            }
            List<Event> events = entry.getValue();
            for (List<Event> cluster : clusters(events, e -> e.is(REQUEST), 4)) { // requests 4 days apart are one
                LocalDate start = cluster.get(0).start();
                LocalDate end = cluster.stream().map(Event::endOrOpen).max(Comparator.naturalOrder()).orElseThrow();
                if (!period.contains(end)) {
                    continue;
                }
                Event existing = events.stream().filter(e -> e.longTerm() && !e.start().isAfter(start)
                        && !e.endOrOpen().isBefore(start)).findFirst().orElse(null);
                if (existing != null) {
                    used.set(existing.position()); // it decided that the request is not a new client's
                    continue;
                }
                cluster.forEach(e -> used.set(e.position()));
                String own = cluster.get(cluster.size() - 1).row().outcome();
                String sequel = requestSequel(p.key(), cluster, end, events, own);
                (band.equals(DhscAscof.WA) ? a : b).increment(route(cluster.get(0).row().route()), sequel);
            }
        }
        tables.add(a.withTotals(TOTAL, TOTAL));
        tables.add(b.withTotals(TOTAL, TOTAL));
    }

    /** The events of a kind that start no more than {@code gap} days after the previous one ended, as one. */
    private static List<List<Event>> clusters(List<Event> events, java.util.function.Predicate<Event> kind, int gap) {
        List<List<Event>> out = new ArrayList<>();
        List<Event> current = null;
        LocalDate end = null;
        for (Event e : events) {
            if (!kind.test(e)) {
                continue;
            }
            if (current == null || ChronoUnit.DAYS.between(end, e.start()) > gap) {
                current = new ArrayList<>();
                out.add(current);
                end = e.endOrOpen();
            }
            current.add(e);
            end = e.endOrOpen().isAfter(end) ? e.endOrOpen() : end;
        }
        return out;
    }

    private String requestSequel(String person, List<Event> cluster, LocalDate end, List<Event> events, String own) {
        List<Event> chain = chain(events, cluster, cluster.get(0).start(), end, 28, 3);
        List<Event> requests = chain.stream().filter(e -> e.is(REQUEST)).toList();
        if (!requests.isEmpty()) {
            requests.forEach(e -> used.set(e.position()));
            return sts001Column(own); // superseded by another request: the request's own outcome
        }
        Event service = chain.stream().filter(e -> e.is(SERVICE) && NHS_SERVICE_ORDER.contains(String.valueOf(e.row().serviceType())))
                .min(Comparator.comparingInt(e -> NHS_SERVICE_ORDER.indexOf(e.row().serviceType()))).orElse(null);
        if (service != null) {
            chain.forEach(e -> used.set(e.position()));
            if (service.isService(ST_MAX)) {
                stMaxSequels.computeIfAbsent(person, k -> new ArrayList<>()).add(service.start());
            }
            return switch (service.row().serviceType()) {
                case ST_MAX -> Codes.STS001_SEQUELS.get(0);
                case LTS_NURSING -> Codes.STS001_SEQUELS.get(1);
                case LTS_RESIDENTIAL -> Codes.STS001_SEQUELS.get(2);
                case LTS_COMMUNITY -> Codes.STS001_SEQUELS.get(3);
                case LTS_PRISON -> Codes.STS001_SEQUELS.get(4);
                case ST_LOW_LEVEL -> Codes.STS001_SEQUELS.get(7);
                default -> Codes.STS001_SEQUELS.get(8);
            };
        }
        String nfa = nfaOn(chain);
        return sts001Column(nfa != null ? nfa : own);
    }

    /**
     * The events after [start, end] that follow on: the first starting within {@code first} days of the end,
     * then each starting within {@code gap} days of the previous one's end.
     */
    private static List<Event> chain(List<Event> events, List<Event> exclude, LocalDate start, LocalDate end, int first,
                                     int gap) {
        List<Event> chain = new ArrayList<>();
        LocalDate last = end;
        for (Event e : events) {
            if (exclude.contains(e) || e.start().isBefore(start) || !e.endOrOpen().isAfter(end) && e.start().isBefore(end)) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(last, e.start());
            if (days > (chain.isEmpty() ? first : gap)) {
                break;
            }
            chain.add(e);
            last = e.endOrOpen().isAfter(last) ? e.endOrOpen() : last;
        }
        return chain;
    }

    /**
     * The NFA outcome of the chain's non-service events; two different ones give 'NFA: Other'. The events
     * holding one decided a sequel, so they are used.
     */
    private String nfaOn(List<Event> chain) {
        String found = null;
        boolean different = false;
        for (Event e : chain) {
            String o = e.row().outcome();
            if (!e.is(SERVICE) && o != null && o.startsWith("NFA")) {
                used.set(e.position());
                different |= found != null && !found.equals(o);
                found = o;
            }
        }
        return different ? O_OTHER : found;
    }

    static String sts001Column(String outcome) {
        if (outcome == null) {
            return UNABLE;
        }
        return switch (outcome) {
            case O_NHS -> Codes.STS001_SEQUELS.get(5);
            case O_SIGNPOSTING -> Codes.STS001_SEQUELS.get(9);
            case O_DECEASED -> Codes.STS001_SEQUELS.get(10);
            case O_MOVED, O_SELF_FUNDED, O_REFERRAL_LA, O_DECLINED, O_ENDED_PLANNED, O_ENDED_OTHER, O_NO_SERVICES, O_OTHER ->
                    Codes.STS001_SEQUELS.get(11);
            default -> UNABLE;
        };
    }

    private static String route(String cld) {
        if (cld == null) {
            return ROUTES.get(4);
        }
        return switch (cld) {
            case "Self-Funder" -> ROUTES.get(3);
            case "Discharge from Reablement", "Transfer from Other LA" -> ROUTES.get(4);
            default -> ROUTES.contains(cld) ? cld : ROUTES.get(4);
        };
    }

    // --- STS002a / STS002b --------------------------------------------------------------------------

    private void sts002() {
        List<String> bands = List.of(DhscAscof.WA, DhscAscof.OLD, TOTAL);
        Table a = new Table("CLD", "STS002a Table 1", bands,
                Table.labels(Table.labels(StMaxOutcomes.STS002A_COLUMNS, UNABLE), TOTAL));
        Table b = new Table("CLD", "STS002b Table 1", bands, List.of(TOTAL));
        for (var entry : byPerson.entrySet()) {
            PersonDetails.Person p = people.of(entry.getKey());
            String band = band(p);
            if (band == null) {
                continue;
            }
            List<Event> events = entry.getValue();
            for (List<Event> cluster : clusters(events, e -> e.isService(ST_MAX), 1)) { // ST-Max a day apart is one
                LocalDate start = cluster.get(0).start();
                LocalDate end = cluster.stream().map(Event::endOrOpen).max(Comparator.naturalOrder()).orElseThrow();
                Event existing = events.stream().filter(e -> e.longTerm() && e.start().isBefore(start)
                        && !e.endOrOpen().isBefore(start)).findFirst().orElse(null);
                if (existing != null && !end.isBefore(period.start()) && !start.isAfter(period.end())) {
                    cluster.forEach(e -> used.set(e.position()));
                    used.set(existing.position()); // it made this an existing client's ST-Max
                    b.increment(band, TOTAL);
                }
                if (!period.contains(end) || !stMaxSequels.getOrDefault(p.key(), List.of()).contains(start)) {
                    continue;
                }
                cluster.forEach(e -> used.set(e.position()));
                a.increment(band, stMaxSequel(cluster, end, events));
            }
        }
        tables.add(a.withTotals(TOTAL, TOTAL));
        b.setSum(TOTAL, TOTAL, List.of(DhscAscof.WA, DhscAscof.OLD));
        tables.add(b);
    }

    private String stMaxSequel(List<Event> cluster, LocalDate end, List<Event> events) {
        List<Event> chain = chain(events, cluster, cluster.get(0).start(), end, 3, 3);
        Event service = chain.stream().filter(e -> e.is(SERVICE) && !e.isService(ST_MAX)
                        && NHS_SERVICE_ORDER.contains(String.valueOf(e.row().serviceType())))
                .min(Comparator.comparingInt(e -> NHS_SERVICE_ORDER.indexOf(e.row().serviceType()))).orElse(null);
        if (service != null) {
            chain.forEach(e -> used.set(e.position()));
            return switch (service.row().serviceType()) {
                case ST_LOW_LEVEL -> StMaxOutcomes.STS002A_COLUMNS.get(5);
                case ST_OTHER -> StMaxOutcomes.STS002A_COLUMNS.get(6);
                default -> StMaxOutcomes.STS002A_COLUMNS.get(3);
            };
        }
        String nfa = nfaOn(chain);
        String outcome = nfa != null ? nfa : cluster.stream().max(Comparator.comparing(Event::endOrOpen))
                .orElseThrow().row().outcome();
        if (outcome == null) {
            return UNABLE;
        }
        return switch (outcome) {
            case O_NHS, O_DECEASED -> StMaxOutcomes.STS002A_COLUMNS.get(0);
            case O_SELF_FUNDED -> StMaxOutcomes.STS002A_COLUMNS.get(4);
            case O_DECLINED -> StMaxOutcomes.STS002A_COLUMNS.get(7);
            case O_SIGNPOSTING -> StMaxOutcomes.STS002A_COLUMNS.get(8);
            case O_MOVED, O_REFERRAL_LA, O_ENDED_PLANNED, O_ENDED_OTHER, O_NO_SERVICES, O_OTHER ->
                    StMaxOutcomes.STS002A_COLUMNS.get(9);
            default -> UNABLE;
        };
    }

    // --- LTS001a / b / c ----------------------------------------------------------------------------

    private void lts001() {
        LocalDate snapshot = period.end();
        lts("LTS001a", e -> e.overlaps(period.start(), period.end()), period.start());
        lts("LTS001b", e -> e.overlaps(snapshot, snapshot), snapshot);
        LocalDate chainBefore = snapshot.minusYears(1);
        lts("LTS001c", e -> e.overlaps(snapshot, snapshot), snapshot, chainBefore);
    }

    private void lts(String name, java.util.function.Predicate<Event> in, LocalDate aliveOn) {
        lts(name, in, aliveOn, null);
    }

    private void lts(String name, java.util.function.Predicate<Event> in, LocalDate aliveOn, LocalDate chainBefore) {
        List<String> rows = Table.labels(Table.labels(Codes.PSR_LTS_ROWS, "Unknown"), TOTAL);
        List<String> columns = Table.labels(LTS_COLUMNS, TOTAL);
        Table a = new Table("CLD", name + " Table 1a", rows, columns);
        Table b = new Table("CLD", name + " Table 1b", rows, columns);
        for (var entry : byPerson.entrySet()) {
            List<Event> all = entry.getValue().stream().filter(Event::longTerm).toList();
            List<Event> lts = all.stream().filter(in).toList();
            PersonDetails.Person p = people.of(entry.getKey());
            String band = band(p);
            List<Event> run = chainBefore == null ? lts : runStartedBefore(all, period.end(), chainBefore);
            if (lts.isEmpty() || band == null || !p.aliveOn(aliveOn) || run == null) {
                continue;
            }
            lts.forEach(e -> used.set(e.position()));
            run.forEach(e -> used.set(e.position())); // LTS001c: the earlier support the run began with
            int rank = lts.stream().mapToInt(NhsSalt::rank).min().orElseThrow();
            (band.equals(DhscAscof.WA) ? a : b).increment(psr(lts), LTS_COLUMNS.get(rank - 1));
        }
        tables.add(a.withTotals(TOTAL, TOTAL));
        tables.add(b.withTotals(TOTAL, TOTAL));
    }

    /** The setting and delivery hierarchy (statutory-background §2.4), 1 Nursing to 9 Prison, unknown delivery. */
    static int rank(Event e) {
        String dm = C_DP.equals(e.row().component()) ? DP : e.row().delivery();
        return switch (e.row().serviceType()) {
            case LTS_NURSING -> 1;
            case LTS_RESIDENTIAL -> 2;
            case LTS_COMMUNITY -> DP.equals(dm) ? 3 : MANAGED_PB.equals(dm) ? 4 : COMMISSIONED.equals(dm) ? 5 : 6;
            default -> MANAGED_PB.equals(dm) ? 7 : COMMISSIONED.equals(dm) ? 8 : 9;
        };
    }

    /** The PSR of the person's rows: a known one over Unknown, the latest start's; still two → Unknown. */
    private static String psr(List<Event> lts) {
        LocalDate latest = null;
        String psr = null;
        for (Event e : lts) {
            String v = CldCodes.saltPsr(e.row().psr());
            if (v == null) {
                continue;
            }
            if (latest == null || e.start().isAfter(latest)) {
                latest = e.start();
                psr = v;
            } else if (e.start().equals(latest) && !v.equals(psr)) {
                psr = "Unknown";
            }
        }
        return psr == null ? "Unknown" : psr;
    }

    /**
     * LTS001c: the run of long-term support (gaps of a day at most) holding the snapshot, when it began
     * before the date; null otherwise.
     */
    private static List<Event> runStartedBefore(List<Event> lts, LocalDate snapshot, LocalDate before) {
        List<Event> sorted = lts.stream().sorted(Comparator.comparing(Event::start)).toList();
        List<Event> island = new ArrayList<>();
        LocalDate islandStart = null;
        LocalDate islandEnd = null;
        for (Event e : sorted) {
            if (islandEnd == null || ChronoUnit.DAYS.between(islandEnd, e.start()) > 1) {
                if (islandStart != null && !islandStart.isAfter(snapshot) && !islandEnd.isBefore(snapshot)) {
                    break;
                }
                island = new ArrayList<>();
                islandStart = e.start();
                islandEnd = e.endOrOpen();
            } else if (e.endOrOpen().isAfter(islandEnd)) {
                islandEnd = e.endOrOpen();
            }
            island.add(e);
        }
        return islandStart != null && islandStart.isBefore(before) && !islandEnd.isBefore(snapshot) ? island : null;
    }

    List<Table> tables() {
        return tables;
    }
}
