package org.carereturns.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.ingest.InputPlan;
import org.carereturns.returns.StatutoryReturn;

/**
 * The returns of one run: what each is (to be produced, or skipped and why), the figures computed
 * so far, and which were written. Built by the launcher before the job starts, so a run that fails
 * still says which returns it did not produce.
 */
public final class RunReturns {

    /** A return the run produced or skipped, with the reason it was skipped. */
    public record Status(String name, boolean produced, String reason) {
    }

    private final List<Status> statuses = new ArrayList<>();
    private final Map<StatutoryReturn, StatutoryReturn.Figures> computed = new LinkedHashMap<>();
    private final Map<StatutoryReturn, String> notProducible = new LinkedHashMap<>();

    /** {@code asked}: the returns named with --returns, or empty for all. */
    public RunReturns(RunRequest request, InputPlan plan, List<String> asked) {
        for (StatutoryReturn r : Returns.ALL) {
            String missing = Returns.missing(r, plan);
            if (missing != null) {
                notProducible.put(r, missing);
            }
            String reason;
            if (!request.computesReturns()) {
                reason = "validate checks the extracts only; no return is written";
            } else if (!asked.isEmpty() && !asked.contains(r.name())) {
                reason = NOT_ASKED;
            } else if (missing != null) {
                reason = missing;
            } else {
                reason = "the run did not complete";
            }
            statuses.add(new Status(r.name(), false, reason));
        }
    }

    private static final String NOT_ASKED = "not asked for (--returns)";

    /** Why the return cannot be produced from this input (an extract is missing), or null. */
    public String notProducible(StatutoryReturn r) {
        return notProducible.get(r);
    }

    /** False for a return left out with --returns: it is computed (rows are classified alike) but not written. */
    public boolean wanted(StatutoryReturn r) {
        return statuses.stream().noneMatch(s -> s.name().equals(r.name()) && NOT_ASKED.equals(s.reason()));
    }

    void computed(StatutoryReturn r, StatutoryReturn.Figures figures) {
        computed.put(r, figures);
    }

    /** The return's figures, or null when it was not computed (an extract it is computed from is missing). */
    public StatutoryReturn.Figures figures(StatutoryReturn r) {
        return computed.get(r);
    }

    /** The figures of the computed return of that type, or null. */
    <F extends StatutoryReturn.Figures> F figures(Class<F> type) {
        return computed.values().stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /** Marks a return as written. */
    void produced(StatutoryReturn r) {
        statuses.replaceAll(s -> s.name().equals(r.name()) ? new Status(r.name(), true, null) : s);
    }

    /** The tables of every return written so far, in registration order (after writeReturns: all of them). */
    public List<org.carereturns.returns.Table> producedTables() {
        List<org.carereturns.returns.Table> out = new java.util.ArrayList<>();
        for (StatutoryReturn r : Returns.ALL) {
            boolean produced = statuses.stream().anyMatch(s -> s.name().equals(r.name()) && s.produced());
            if (produced && computed.get(r) != null) {
                out.addAll(computed.get(r).tables());
            }
        }
        return out;
    }

    public List<Status> statuses() {
        return statuses;
    }
}
