package org.carereturns.salt;

import java.util.ArrayList;
import java.util.List;

import org.carereturns.Period;
import org.carereturns.codes.Codes;
import org.carereturns.ingest.Records.Service;
import org.carereturns.ingest.Schema;
import org.carereturns.validation.Finding;
import org.carereturns.validation.Rule;

/**
 * An ST-Max outcome must suit the kind of client: new clients (no long-term support on the ST-Max
 * Start Date) have the STS002a outcomes, existing clients the STS002b ones. Checked once every
 * service row is read, for the ST-Max rows that end in the period (those STS002 counts).
 */
public final class StMaxClientCheck {

    /** The rule this check applies, defined with the services' other rules. */
    public static final Rule RULE = org.carereturns.validation.ServiceRules.ST_MAX_CLIENT;

    /** A row the check rejected, with its finding. */
    public record Rejection(ServiceIndex.Entry entry, Finding finding) {
    }

    private StMaxClientCheck() {
    }

    public static List<Rejection> run(ServiceIndex index, Period period) {
        List<Rejection> out = new ArrayList<>();
        for (ServiceIndex.Entry e : index.entries()) {
            Service s = e.service();
            if (!isCountable(s, period) || s.stMaxOutcome() == null) {
                continue;
            }
            List<ServiceIndex.Entry> active = index.activeOn(s.person().id(), s.start());
            boolean existing = !active.isEmpty();
            String column = existing ? StMaxOutcomes.forExistingClient(s.stMaxOutcome())
                    : StMaxOutcomes.forNewClient(s.stMaxOutcome());
            if (column != null) {
                continue;
            }
            String had = existing ? "had long-term support: " + describe(active.get(0))
                    : "had no long-term support";
            out.add(new Rejection(e, new Finding(RULE, Schema.ST_MAX_OUTCOME, s.stMaxOutcome(), "ST-Max Outcome '"
                    + s.stMaxOutcome() + "' is for " + (existing ? "new" : "existing") + " clients, but on the ST-Max "
                    + "Start Date " + s.start() + " this person " + had + ".")));
        }
        return out;
    }

    /** ST-Max rows of Service Users that end in the period: the ones STS002a and STS002b count. */
    static boolean isCountable(Service s, Period period) {
        return Codes.ST_MAX.equals(s.serviceType()) && Codes.SERVICE_USER.equals(s.clientType())
                && period.contains(s.end());
    }

    static String describe(ServiceIndex.Entry e) {
        Service s = e.service();
        return s.serviceType() + " (" + Schema.SERVICE_ID + " " + s.id() + ", from " + s.start()
                + (s.end() == null ? ", open" : " to " + s.end()) + ")";
    }
}
