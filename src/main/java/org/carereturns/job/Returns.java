package org.carereturns.job;

import java.util.ArrayList;
import java.util.List;

import org.carereturns.ascof.AscofReturn;
import org.carereturns.careleavers.CareLeaverReturn;
import org.carereturns.cld.CldReturn;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputPlan;
import org.carereturns.returns.StatutoryReturn;
import org.carereturns.sac.SacReturn;
import org.carereturns.salt.SaltReturn;

/**
 * The returns care-returns produces, in the order they are computed (a return may use the figures
 * of one before it: ASCOF uses SALT's cohorts) and written. Registering a return here is all the
 * job needs: its compute step, its workbook, its rows' accounting and exit 6 follow from it.
 */
public final class Returns {

    public static final List<StatutoryReturn> ALL = List.of(new SaltReturn(), new AscofReturn(), new SacReturn(),
            new CareLeaverReturn(), new CldReturn());

    private Returns() {
    }

    public static List<String> names() {
        return ALL.stream().map(StatutoryReturn::name).toList();
    }

    /** Why the return cannot be produced from this input, or null when its extracts are all there. */
    public static String missing(StatutoryReturn r, InputPlan plan) {
        return missing(r.needs(), plan);
    }

    static String missing(List<Extract> needs, InputPlan plan) {
        List<String> missing = new ArrayList<>();
        for (Extract e : needs) {
            if (!plan.has(e)) {
                missing.add("no " + e.label() + " extract (looked for " + String.join(", ", plan.lookedFor(e)) + ")");
            }
        }
        return missing.isEmpty() ? null : String.join("; ", missing);
    }
}
