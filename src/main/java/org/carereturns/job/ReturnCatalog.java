package org.carereturns.job;

import java.util.ArrayList;
import java.util.List;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputPlan;

/** The returns and the extracts each needs (extracts.md, "Files"). */
public final class ReturnCatalog {

    public record Spec(String name, String workbook, List<Extract> needs) {
    }

    public static final List<Spec> RETURNS = List.of(
            new Spec("SALT", "SALT.xlsx", List.of(Extract.CONTACTS, Extract.SERVICES, Extract.REVIEWS)),
            new Spec("ASCOF", "ASCOF.xlsx", List.of(Extract.SERVICES)),
            new Spec("SAC", "SAC.xlsx", List.of(Extract.SAFEGUARDING)),
            new Spec("CareLeavers", "CareLeavers.xlsx", List.of(Extract.CARE_LEAVERS)));

    private ReturnCatalog() {
    }

    /** Why a return cannot be produced from this input, or null when its extracts are all there. */
    public static String missing(Spec spec, InputPlan plan) {
        List<String> missing = new ArrayList<>();
        for (Extract e : spec.needs()) {
            if (!plan.has(e)) {
                missing.add("no " + e.label() + " extract (looked for " + String.join(", ", plan.lookedFor(e)) + ")");
            }
        }
        return missing.isEmpty() ? null : String.join("; ", missing);
    }
}
