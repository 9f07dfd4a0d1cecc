package org.carereturns.cld;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.carereturns.codes.CldCodes.*;

/**
 * ASCOF 2A's episodes and sequels by DHSC's 2024-25 method (cld-background §3.1): a person's ST-Max rows
 * starting no more than 7 days after the latest end so far are one episode (a cluster), and what
 * followed it decides its sequel, in six steps.
 */
final class StMaxSequel {

    /** Outcomes that tell nothing of what followed (DHSC adds 100 to their rank in 2A's step 4). */
    static final Set<String> UNINFORMATIVE = Set.of(O_CONTINUATION, O_SUPPORT_PLANNING, O_ASSESSMENT, O_REABLEMENT,
            O_R1_NOT_MAPPED);
    static final List<String> SERVICE_ORDER = List.of(LTS_NURSING, LTS_RESIDENTIAL, LTS_COMMUNITY, LTS_PRISON, ST_MAX,
            ST_LOW_LEVEL, ST_OTHER);


    /**
     * One ST-Max cluster of 2A and what decided its sequel: the step, and the event outside the cluster
     * that decided it (null when the cluster's own rows or the date of death did).
     */
    record Cluster(String person, LocalDate start, LocalDate end, String outcome, List<Event> rows, String sequel,
                   String step, Event decidedBy) {
    }

    private StMaxSequel() {
    }

    /** DHSC's ST-Max clusters: rows starting no more than 7 days after the latest end so far are one. */
    static List<Cluster> clusters(String person, List<Event> events) {
        List<Cluster> out = new ArrayList<>();
        List<Event> rows = new ArrayList<>();
        LocalDate maxEnd = null;
        for (Event e : events) {
            if (!e.isService(ST_MAX)) {
                continue;
            }
            if (maxEnd != null && ChronoUnit.DAYS.between(maxEnd, e.start()) > 7) {
                out.add(cluster(person, rows));
                rows = new ArrayList<>();
                maxEnd = null;
            }
            rows.add(e);
            maxEnd = maxEnd == null || e.endOrOpen().isAfter(maxEnd) ? e.endOrOpen() : maxEnd;
        }
        if (!rows.isEmpty()) {
            out.add(cluster(person, rows));
        }
        return out;
    }

    private static Cluster cluster(String person, List<Event> rows) {
        LocalDate start = rows.stream().map(Event::start).min(Comparator.naturalOrder()).orElseThrow();
        Event last = rows.stream().max(Comparator.comparing(Event::endOrOpen)
                .thenComparing(e -> -hierarchy(e.row().outcome())).thenComparingInt(Event::position)).orElseThrow();
        return new Cluster(person, start, last.endOrOpen(), last.row().outcome(), List.copyOf(rows), null, null, null);
    }

    /** 2A's six steps (cld-background §3.1). */
    static Cluster sequel(Cluster c, List<Event> events, PersonDetails.Person p) {
        if (p.dateOfDeath() != null && ChronoUnit.DAYS.between(c.end(), p.dateOfDeath()) <= 7) {
            return with(c, O_DECEASED, "1: died within 7 days of the end", null);
        }
        if (O_HOSPITAL.equals(c.outcome())) {
            return with(c, O_HOSPITAL, "2: the cluster's outcome", null);
        }
        List<Event> window = new ArrayList<>();
        LocalDate cut = null;
        for (Event e : events) {
            if (!e.start().isBefore(c.start()) && e.endOrOpen().isAfter(c.end())
                    && ChronoUnit.DAYS.between(c.end(), e.start()) <= 7 && !c.rows().contains(e)) {
                if (e.isService(ST_MAX)) {
                    cut = cut == null || e.start().isBefore(cut) ? e.start() : cut;
                }
                window.add(e);
            }
        }
        LocalDate before = cut;
        window.removeIf(e -> before != null && !e.start().isBefore(before));
        Event service = window.stream().filter(e -> e.is(SERVICE) && SERVICE_ORDER.contains(String.valueOf(e.row().serviceType())))
                .min(Comparator.comparingInt((Event e) -> SERVICE_ORDER.indexOf(e.row().serviceType()))
                        .thenComparing(e -> shortTermCareHome(e) ? 0 : 1)).orElse(null);
        if (service != null) {
            String type = ST_OTHER.equals(service.row().serviceType()) && shortTermCareHome(service)
                    ? ST_RES_OR_NURSING : service.row().serviceType();
            return with(c, type, "3: " + service.describe() + " within 7 days", service);
        }
        String best = informative(c.outcome()) ? c.outcome() : null;
        String from = "4: the cluster's outcome";
        Event by = null;
        for (Event e : window) {
            String o = e.row().outcome();
            if (!e.is(SERVICE) && informative(o) && !O_ENDED_PLANNED.equals(o) && better(o, best)) {
                best = o;
                from = "4: " + e.describe();
                by = e;
            }
        }
        Event nested = events.stream().filter(e -> (e.is(ASSESSMENT) || e.is(REVIEW)) && !e.start().isBefore(c.start())
                        && e.endOrOpen().isAfter(c.start()) && !e.endOrOpen().isAfter(c.end())
                        && ChronoUnit.DAYS.between(e.endOrOpen(), c.end()) < 14)
                .max(Comparator.comparing(Event::endOrOpen)).orElse(null);
        if (nested != null && informative(nested.row().outcome()) && better(nested.row().outcome(), best)) {
            best = nested.row().outcome();
            from = "4: " + nested.describe() + " within the cluster";
            by = nested;
        }
        if (best != null) {
            return with(c, best, from, by);
        }
        Event equipment = events.stream().filter(e -> e.is(SERVICE) && C_EQUIPMENT.equals(e.row().component())
                && !e.start().isBefore(c.start()) && !e.start().isAfter(c.end()) && !c.rows().contains(e))
                .findFirst().orElse(null);
        if (equipment != null) {
            return with(c, ST_LOW_LEVEL, "5: equipment within the cluster", equipment);
        }
        return with(c, c.outcome() == null ? "(no outcome)" : c.outcome(), "6: the cluster's outcome, unable to classify",
                null);
    }

    private static boolean shortTermCareHome(Event e) {
        return C_ST_RESIDENTIAL.equals(e.row().component()) || C_ST_NURSING.equals(e.row().component());
    }

    private static boolean informative(String outcome) {
        return outcome != null && hierarchy(outcome) < 100 && !UNINFORMATIVE.contains(outcome);
    }

    private static boolean better(String o, String best) {
        return best == null || hierarchy(o) < hierarchy(best);
    }

    private static Cluster with(Cluster c, String sequel, String step, Event decidedBy) {
        return new Cluster(c.person(), c.start(), c.end(), c.outcome(), c.rows(), sequel, step, decidedBy);
    }
}
