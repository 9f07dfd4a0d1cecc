package org.carereturns.salt;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carereturns.Period;
import org.carereturns.codes.Codes;
import org.carereturns.ingest.Records.Contact;
import org.carereturns.returns.Table;

/**
 * STS001 and the contact KPIs, counted as contacts stream past: memory does not grow with the
 * number of contacts (only the days-to-outcome, one int each, for the median).
 */
public final class ContactTally {

    public static final List<String> ROUTES = Codes.routes().labels();

    private final Period period;
    private final ServiceIndex services;
    private final Table sts001a;
    private final Table sts001b;
    private long received;
    private long withOutcome;
    private long openAtEnd;
    private int[] days = new int[1024];
    private int dayCount;
    private final Map<YearMonth, long[]> byMonth = new TreeMap<>();

    public ContactTally(Period period, ServiceIndex services) {
        this.period = period;
        this.services = services;
        List<String> rows = Table.labels(ROUTES, "Total");
        List<String> cols = Table.labels(Codes.STS001_SEQUELS, "Total");
        this.sts001a = new Table("SALT", "STS001 Table 1a", rows, cols);
        this.sts001b = new Table("SALT", "STS001 Table 1b", rows, cols);
        for (YearMonth m = YearMonth.from(period.start()); !m.isAfter(YearMonth.from(period.end())); m = m.plusMonths(1)) {
            byMonth.put(m, new long[2]);
        }
    }

    /** Why a valid contact is used by no table or KPI, or null when it is used. */
    public String exclusion(Contact c) {
        boolean receivedInPeriod = period.contains(c.contactDate());
        boolean outcomeInPeriod = period.contains(c.outcomeDate());
        boolean open = !c.contactDate().isAfter(period.end())
                && (c.outcomeDate() == null || c.outcomeDate().isAfter(period.end()));
        if (receivedInPeriod || outcomeInPeriod || open) {
            return null;
        }
        return c.contactDate().isAfter(period.end()) ? "Contact Date after the period" : "closed before the period";
    }

    /** Counts a contact that is in scope. */
    public void add(Contact c) {
        if (period.contains(c.contactDate())) {
            received++;
            byMonth.get(YearMonth.from(c.contactDate()))[0]++;
        }
        if (!c.contactDate().isAfter(period.end()) && (c.outcomeDate() == null || c.outcomeDate().isAfter(period.end()))) {
            openAtEnd++;
        }
        if (!period.contains(c.outcomeDate())) {
            return;
        }
        withOutcome++;
        byMonth.get(YearMonth.from(c.outcomeDate()))[1]++;
        if (dayCount == days.length) {
            days = Arrays.copyOf(days, days.length * 2);
        }
        days[dayCount++] = (int) ChronoUnit.DAYS.between(c.contactDate(), c.outcomeDate());
        if (!Codes.SERVICE_USER.equals(c.clientType())) {
            return;
        }
        var active = services.activeOn(c.person().id(), c.contactDate());
        if (!active.isEmpty()) {
            services.markUsed(active); // it made this an existing client's contact, so not in STS001
            return;
        }
        String band = AgeBand.of(c.person().ageOn(c.contactDate()));
        if (band != null) {
            (AgeBand.WORKING_AGE.equals(band) ? sts001a : sts001b).increment(c.route(), c.outcome());
        }
    }

    public List<Table> sts001() {
        return List.of(sts001a.withTotals("Total", "Total"), sts001b.withTotals("Total", "Total"));
    }

    public long received() {
        return received;
    }

    public long withOutcome() {
        return withOutcome;
    }

    public long openAtEnd() {
        return openAtEnd;
    }

    /** Median days from contact to outcome over contacts with an outcome in the period; null when none. */
    public java.math.BigDecimal medianDays() {
        if (dayCount == 0) {
            return null;
        }
        int[] sorted = Arrays.copyOf(days, dayCount);
        Arrays.sort(sorted);
        int mid = dayCount / 2;
        long twice = dayCount % 2 == 1 ? 2L * sorted[mid] : (long) sorted[mid - 1] + sorted[mid];
        return java.math.BigDecimal.valueOf(twice).divide(java.math.BigDecimal.valueOf(2));
    }

    /** Contacts received and contacts with an outcome, per month of the period. */
    public Map<YearMonth, long[]> byMonth() {
        return byMonth;
    }
}
