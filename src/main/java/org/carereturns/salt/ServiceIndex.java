package org.carereturns.salt;

import org.carereturns.ingest.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.codes.Codes;
import org.carereturns.ingest.Records.Service;

/**
 * Every valid service row of the run, and each person's long-term support: the cross-extract logic
 * of returns.md (active on a day, new or existing client, setting hierarchy and delivery category,
 * continuity), built once and shared by every table. Rows that decide a figure are marked used.
 */
public final class ServiceIndex {

    /** A valid service row with where it came from. */
    public record Entry(int index, Service service, Source source) {
        public LocalDate start() {
            return service.start();
        }

        public LocalDate end() {
            return service.end();
        }
    }

    private static final Comparator<Entry> BY_START = Comparator.comparing(Entry::start)
            .thenComparing(e -> e.service().id());

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Entry>> ltsByPerson = new HashMap<>();
    private final BitSet used = new BitSet();
    private boolean sealed;

    public void add(Service service, Source source) {
        if (sealed) {
            throw new IllegalStateException("the service index is complete; no row can be added now");
        }
        Entry e = new Entry(entries.size(), service, source);
        entries.add(e);
    }

    /** Called once every service row is in: builds each person's long-term support, in start order. */
    public void seal() {
        for (Entry e : entries) {
            if (isLongTermSupport(e.service())) {
                ltsByPerson.computeIfAbsent(e.service().person().id(), k -> new ArrayList<>()).add(e);
            }
        }
        ltsByPerson.values().forEach(list -> list.sort(BY_START));
        sealed = true;
    }

    /** LTS = a Service User's service whose type is one of the four Long Term Support types. */
    public static boolean isLongTermSupport(Service s) {
        return Codes.SERVICE_USER.equals(s.clientType()) && Codes.isOneOf(s.serviceType(), Codes.LONG_TERM);
    }

    public List<Entry> entries() {
        return entries;
    }

    public void markUsed(Entry e) {
        used.set(e.index());
    }

    public void markUsed(List<Entry> list) {
        list.forEach(this::markUsed);
    }

    public boolean isUsed(Entry e) {
        return used.get(e.index());
    }

    public java.util.Set<String> ltsPeople() {
        return ltsByPerson.keySet();
    }

    public List<Entry> lts(String personId) {
        return ltsByPerson.getOrDefault(personId, List.of());
    }

    /** The person's LTS rows active on day d (Start Date ≤ d and End Date blank or ≥ d). */
    public List<Entry> activeOn(String personId, LocalDate d) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : lts(personId)) {
            if (e.service().activeOn(d)) {
                out.add(e);
            }
        }
        return out;
    }

    /** New client on day d: no LTS active on d. */
    public boolean isNewClientOn(String personId, LocalDate d) {
        return activeOn(personId, d).isEmpty();
    }

    /** The person's LTS rows overlapping [from, to]. */
    public List<Entry> overlapping(String personId, LocalDate from, LocalDate to) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : lts(personId)) {
            if (!e.start().isAfter(to) && (e.end() == null || !e.end().isBefore(from))) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * True when LTS rows, each starting no later than the day after the previous one ended, cover
     * every day from {@code from} to {@code to}; the rows that do so are returned through {@code chain}.
     */
    public boolean continuous(String personId, LocalDate from, LocalDate to, List<Entry> chain) {
        LocalDate coveredTo = null;
        for (Entry e : lts(personId)) { // in start order
            if (e.end() != null && e.end().isBefore(from)) {
                continue; // over before the window opens
            }
            boolean joins = coveredTo == null ? !e.start().isAfter(from) : !e.start().isAfter(coveredTo.plusDays(1));
            if (!joins) {
                return false; // the first day, or a day after coverage began, is not covered
            }
            chain.add(e);
            if (e.end() == null) {
                return true;
            }
            coveredTo = coveredTo == null || e.end().isAfter(coveredTo) ? e.end() : coveredTo;
            if (!coveredTo.isBefore(to)) {
                return true;
            }
        }
        return false;
    }

    /** The LTS001 column for a set of rows: the setting hierarchy, then the delivery category. */
    public static String column(List<Entry> rows) {
        boolean nursing = false;
        boolean residential = false;
        boolean community = false;
        boolean dp = false;
        boolean nonDp = false;
        boolean mpb = false;
        boolean prisonMpb = false;
        for (Entry e : rows) {
            String type = e.service().serviceType();
            String delivery = e.service().delivery();
            switch (type) {
                case Codes.LTS_NURSING -> nursing = true;
                case Codes.LTS_RESIDENTIAL -> residential = true;
                case Codes.LTS_COMMUNITY -> {
                    community = true;
                    if (Codes.DIRECT_PAYMENT.equals(delivery)) {
                        dp = true;
                    } else {
                        nonDp = true;
                        mpb |= Codes.MANAGED_BUDGET.equals(delivery);
                    }
                }
                case Codes.LTS_PRISON -> prisonMpb |= Codes.MANAGED_BUDGET.equals(delivery);
                default -> {
                }
            }
        }
        if (nursing) {
            return Setting.NURSING;
        }
        if (residential) {
            return Setting.RESIDENTIAL;
        }
        if (community) {
            if (dp && nonDp) {
                return Setting.COMMUNITY_PART_DP;
            }
            if (dp) {
                return Setting.COMMUNITY_DP;
            }
            return mpb ? Setting.COMMUNITY_MPB : Setting.COMMUNITY_COMMISSIONED;
        }
        return prisonMpb ? Setting.PRISON_MPB : Setting.PRISON_COMMISSIONED;
    }

    /** The rows that belong to a column's setting (a person's rows in the winning setting). */
    public static List<Entry> inSetting(List<Entry> rows, String column) {
        String type = Setting.NURSING.equals(column) ? Codes.LTS_NURSING
                : Setting.RESIDENTIAL.equals(column) ? Codes.LTS_RESIDENTIAL
                : Setting.isCommunity(column) ? Codes.LTS_COMMUNITY : Codes.LTS_PRISON;
        return rows.stream().filter(e -> type.equals(e.service().serviceType())).toList();
    }

    /**
     * The person's PSR: that of their latest-starting LTS row in the winning setting. A row whose
     * PSR is not one of the 11 LTS rows (Unknown, Support to Carer) gives way to one that is.
     */
    public static String psr(List<Entry> rows, String column) {
        List<Entry> setting = new ArrayList<>(inSetting(rows, column));
        setting.sort(BY_START.reversed());
        for (Entry e : setting) {
            String psr = e.service().person().psr();
            if (psr != null && Codes.PSR_LTS_ROWS.contains(psr)) {
                return psr;
            }
        }
        return null;
    }

    /** Date of birth and death as the person's latest-starting LTS row records them. */
    public LocalDate dateOfBirth(String personId) {
        List<Entry> rows = lts(personId);
        return rows.get(rows.size() - 1).service().person().dateOfBirth();
    }

    public LocalDate dateOfDeath(String personId) {
        List<Entry> rows = lts(personId);
        for (int i = rows.size() - 1; i >= 0; i--) {
            LocalDate dod = rows.get(i).service().person().dateOfDeath();
            if (dod != null) {
                return dod;
            }
        }
        return null;
    }

    public boolean aliveOn(String personId, LocalDate d) {
        LocalDate dod = dateOfDeath(personId);
        return dod == null || !dod.isBefore(d);
    }
}
