package org.carereturns.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.Period;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputRefusedException;
import org.carereturns.ingest.InputPlan;
import org.carereturns.ingest.Mapping;

/** Builds each extract's rules for a run, and lists every rule once for the Rules sheet. */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    public static ExtractRules<?> forExtract(Extract extract, InputPlan plan, Mapping mapping, Period period)
            throws InputRefusedException {
        var files = plan.files(extract);
        return switch (extract) {
            case CONTACTS -> new ContactRules(files, mapping);
            case SERVICES -> new ServiceRules(files, mapping, period);
            case REVIEWS -> new ReviewRules(files, mapping);
            case SAFEGUARDING -> new SafeguardingRules(files, mapping);
            case CARE_LEAVERS -> new CareLeaverRules(files, mapping, period);
            case POPULATION -> new PopulationRules(files);
        };
    }

    public static List<Rule> all() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (Rule r : List.of(PersonRules.PERSON_ID, PersonRules.DOB, PersonRules.DOB_AFTER_EVENT, PersonRules.NHS,
                PersonRules.GENDER, PersonRules.ETHNICITY, PersonRules.PSR, PersonRules.DOD, PersonRules.CLIENT_TYPE)) {
            rules.put(r.id(), r);
        }
        try {
            InputPlan empty = new InputPlan();
            for (Extract e : Extract.values()) {
                for (Rule r : forExtract(e, empty, Mapping.none(), Period.parse("2024-25")).rules()) {
                    rules.put(r.id(), r);
                }
            }
        } catch (InputRefusedException e) {
            throw new IllegalStateException("the built-in code lists are inconsistent", e);
        }
        // Rules checked once a whole extract is read, because they need other rows.
        Rule stMax = ServiceRules.ST_MAX_CLIENT;
        rules.put(stMax.id(), stMax);
        return new ArrayList<>(rules.values());
    }
}
