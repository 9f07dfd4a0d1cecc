package org.carereturns.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carereturns.Period;
import org.carereturns.codes.Codes;
import org.carereturns.codes.StMaxOutcomes;
import org.carereturns.ingest.Records.Service;
import org.carereturns.ingest.Schema;

/**
 * SVC-13: new clients (no long-term support active on the ST-Max Start Date) have the STS002a
 * outcomes, existing clients the STS002b ones. Checked once every service row is read, for the
 * ST-Max rows that end in the period (those STS002 counts).
 */
final class StMaxClientRule {

    private static final Comparator<Service> BY_START = Comparator.comparing(Service::start)
            .thenComparing(Service::id);

    private final Period period;
    private final Map<String, List<Service>> longTermSupport = new HashMap<>();
    private final Map<Integer, Service> stMax = new TreeMap<>();

    StMaxClientRule(Period period) {
        this.period = period;
    }

    void add(int position, Service s) {
        if (Codes.SERVICE_USER.equals(s.clientType()) && Codes.isOneOf(s.serviceType(), Codes.LONG_TERM)) {
            longTermSupport.computeIfAbsent(s.person().id(), k -> new ArrayList<>()).add(s);
        } else if (countable(s, period) && s.stMaxOutcome() != null) {
            stMax.put(position, s);
        }
    }

    /** ST-Max rows of Service Users that end in the period: the ones STS002a and STS002b count. */
    static boolean countable(Service s, Period period) {
        return Codes.ST_MAX.equals(s.serviceType()) && Codes.SERVICE_USER.equals(s.clientType())
                && period.contains(s.end());
    }

    Map<Integer, Finding> check() {
        longTermSupport.values().forEach(list -> list.sort(BY_START));
        Map<Integer, Finding> out = new TreeMap<>();
        stMax.forEach((position, s) -> {
            Service active = longTermSupport.getOrDefault(s.person().id(), List.of()).stream()
                    .filter(lts -> lts.activeOn(s.start())).findFirst().orElse(null);
            boolean existing = active != null;
            String column = existing ? StMaxOutcomes.forExistingClient(s.stMaxOutcome())
                    : StMaxOutcomes.forNewClient(s.stMaxOutcome());
            if (column == null) {
                String had = existing ? "had long-term support: " + describe(active) : "had no long-term support";
                out.put(position, new Finding(ServiceRules.ST_MAX_CLIENT, Schema.ST_MAX_OUTCOME, s.stMaxOutcome(),
                        "ST-Max Outcome '" + s.stMaxOutcome() + "' is for " + (existing ? "new" : "existing")
                                + " clients, but on the ST-Max Start Date " + s.start() + " this person " + had + "."));
            }
        });
        return out;
    }

    private static String describe(Service s) {
        return s.serviceType() + " (" + Schema.SERVICE_ID + " " + s.id() + ", from " + s.start()
                + (s.end() == null ? ", open" : " to " + s.end()) + ")";
    }
}
