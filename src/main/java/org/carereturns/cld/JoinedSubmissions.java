package org.carereturns.cld;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carereturns.Period;
import org.carereturns.codes.CldCodes;
import org.carereturns.ingest.Records.CldEvent;
import org.carereturns.ingest.Records.EventKey;
import org.carereturns.ingest.Source;
import org.carereturns.validation.CldRules;

/**
 * DHSC's joining of a council's quarterly submissions (cld-background §3.0), as care-returns does it:
 * for each quarter, the latest file whose period covers it; from that file, the events in that
 * quarter; rows of one event (DHSC's unique-event key) reduced to one, preferring the latest quarter,
 * then an open or later end, then the better outcome, then the later row; an open service the next
 * quarter's file no longer holds ended at its quarter's end. Every row given is kept as an event or
 * excluded, with the reason.
 */
final class JoinedSubmissions {

    /** One file: its stated period, the quarters taken from it, and the period its events cover. */
    record FileUse(String file, String laCode, LocalDate start, LocalDate end, int rows, List<LocalDate> quarters,
                   CldRules.DerivedPeriod derived) {
    }

    private record Candidate(int position, LocalDate quarterStart, LocalDate quarterEnd) {
    }

    private final List<Event> events = new ArrayList<>();
    private final Map<Integer, Event> byPosition = new HashMap<>();
    private final String[] exclusions;
    private final List<FileUse> files = new ArrayList<>();
    private final LocalDate lastQuarterEnd;

    JoinedSubmissions(Period period, List<CldEvent> rows, List<Source> sources) {
        exclusions = new String[rows.size()];
        Map<String, List<Integer>> byFile = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byFile.computeIfAbsent(sources.get(i).file().name(), f -> new ArrayList<>()).add(i);
        }
        // which file each quarter is taken from: the latest-ending file covering it; a resubmission
        // of the same period (a later file name) replaces the earlier one
        TreeMap<LocalDate, String> quarterFile = new TreeMap<>();
        Map<String, CldEvent> firstRow = new HashMap<>();
        byFile.forEach((f, positions) -> firstRow.put(f, rows.get(positions.get(0))));
        List<String> names = new ArrayList<>(byFile.keySet());
        names.sort(Comparator.comparing((String f) -> firstRow.get(f).periodEnd()).thenComparing(f -> f));
        for (String f : names) {
            CldEvent first = firstRow.get(f);
            if (first.periodEnd().isAfter(period.end())) {
                continue;
            }
            for (LocalDate q = first.periodStart().plusMonths(3).minusDays(1); !q.isAfter(first.periodEnd());
                 q = q.plusDays(1).plusMonths(3).minusDays(1)) {
                quarterFile.put(q, f);
            }
        }
        lastQuarterEnd = quarterFile.isEmpty() ? period.end() : quarterFile.lastKey();
        // the best row of each event so far, in DHSC's order: the latest quarter, an open or later end, the
        // better outcome, the later row; a row beaten is remembered with its key, to name the row kept
        Comparator<Candidate> order = Comparator.comparing(Candidate::quarterEnd).reversed()
                .thenComparing((Candidate c) -> endOrOpen(rows.get(c.position)), Comparator.reverseOrder())
                .thenComparingInt(c -> CldCodes.hierarchy(rows.get(c.position).outcome()))
                .thenComparing(Candidate::position, Comparator.reverseOrder());
        Map<EventKey, Candidate> best = new HashMap<>();
        List<Map.Entry<Integer, EventKey>> beaten = new ArrayList<>();
        for (String f : byFile.keySet()) {
            List<LocalDate> quarters = new ArrayList<>();
            quarterFile.forEach((q, file) -> {
                if (file.equals(f)) {
                    quarters.add(q);
                }
            });
            CldEvent first = firstRow.get(f);
            CldRules.DerivedPeriod derived = CldRules.DerivedPeriod.of(byFile.get(f).stream().map(rows::get).toList());
            files.add(new FileUse(f, first.laCode(), first.periodStart(), first.periodEnd(), byFile.get(f).size(),
                    quarters, derived));
            for (int p : byFile.get(f)) {
                CldEvent e = rows.get(p);
                boolean any = false;
                EventKey key = null;
                for (LocalDate q : quarters) {
                    LocalDate qs = q.withDayOfMonth(1).minusMonths(2);
                    if (inQuarter(e, qs, q)) {
                        key = key == null ? e.eventKey() : key;
                        Candidate c = new Candidate(p, qs, q);
                        Candidate was = best.get(key);
                        Candidate win = was == null || order.compare(c, was) < 0 ? c : was;
                        best.put(key, win);
                        Candidate lost = win == c ? was : c;
                        if (lost != null && lost.position != win.position) {
                            beaten.add(Map.entry(lost.position, key));
                        }
                        any = true;
                    }
                }
                if (!any) {
                    exclusions[p] = first.periodEnd().isAfter(period.end())
                            ? "a submission for a period ending " + first.periodEnd() + ", after the return's "
                            + (period.provisional() ? "as-of date, " : "end, ") + period.end()
                            : quarters.isEmpty() ? "superseded: every quarter of this file is taken from a later submission"
                            : "its event falls in no quarter taken from this file (a later submission covers it)";
                }
            }
        }
        for (var lost : beaten) {
            Candidate kept = best.get(lost.getValue());
            if (kept.position != lost.getKey()) {
                Source s = sources.get(kept.position);
                exclusions[lost.getKey()] = "superseded duplicate: the same event (DHSC's unique-event key) is kept "
                        + "from row " + s.row() + " of " + s.file().name();
            }
        }
        for (Candidate kept : best.values()) {
            CldEvent row = rows.get(kept.position);
            exclusions[kept.position] = null;
            events.add(new Event(row, kept.position, sources.get(kept.position), kept.quarterEnd,
                    derivedEnd(row, kept.quarterEnd)));
        }
        events.sort(Comparator.comparingInt(Event::position));
        events.forEach(e -> byPosition.put(e.position(), e));
    }

    private static LocalDate endOrOpen(CldEvent e) {
        return e.end() == null ? Event.OPEN : e.end();
    }

    /** DHSC's filter of a file's events to a quarter: completed in it, or (services) active in it; alive at its start. */
    static boolean inQuarter(CldEvent e, LocalDate qs, LocalDate qe) {
        if (e.start() == null || e.eventType() == null) {
            return false;
        }
        if (e.dateOfDeath() != null && (e.dateOfDeath().isBefore(qs) || e.dateOfDeath().isBefore(e.start()))) {
            return false;
        }
        if (CldCodes.SERVICE.equals(e.eventType())) {
            return !e.start().isAfter(qe) && (e.end() == null || !e.end().isBefore(qs));
        }
        return e.end() != null && !e.end().isBefore(qs) && !e.end().isAfter(qe);
    }

    /** The end DHSC uses: the date of death when it falls within the event; an open service cropped at its quarter's end. */
    private LocalDate derivedEnd(CldEvent e, LocalDate quarterEnd) {
        LocalDate end = e.end();
        LocalDate dod = e.dateOfDeath();
        if (dod != null && !dod.isBefore(e.start()) && (end == null || dod.isBefore(end))) {
            end = dod;
        }
        if (end == null && CldCodes.SERVICE.equals(e.eventType()) && quarterEnd.isBefore(lastQuarterEnd)) {
            end = quarterEnd;
        }
        return end;
    }

    List<Event> events() {
        return events;
    }

    /** The event the row at the position was kept as, or null. */
    Event event(int position) {
        return byPosition.get(position);
    }

    /** Why the row at the position is not an event of the joined data, or null when it is kept. */
    String exclusion(int position) {
        return exclusions[position];
    }

    List<FileUse> files() {
        return files;
    }
}
