package org.carereturns.validation;

import java.util.ArrayList;
import java.util.List;

import org.carereturns.Period;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputRefusedException;
import org.carereturns.ingest.Mapping;

/** Builds each extract's rules for a run, and lists every rule once for the Rules sheet. */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    public static ExtractRules<?> forExtract(Extract extract, Mapping mapping, Period period)
            throws InputRefusedException {
        return switch (extract) {
            case CONTACTS -> new ContactRules(mapping);
            case SERVICES -> new ServiceRules(mapping, period);
            case REVIEWS -> new ReviewRules(mapping);
            case SAFEGUARDING -> new SafeguardingRules(mapping);
            case CARE_LEAVERS -> new CareLeaverRules(mapping, period);
            case POPULATION -> new PopulationRules();
            case HEADER_903 -> new HeaderRules(mapping);
            case EPISODES -> new EpisodeRules();
            case CLD -> new CldRules();
        };
    }

    /**
     * Every rule once, for the Rules sheet: the person rules the adult extracts share, then each
     * extract's, each in the order its class declares them (the rules checked across rows among them),
     * then the rules of the whole SSDA903 return.
     */
    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>(PersonRules.RULES.all());
        for (Extract e : Extract.values()) {
            try {
                rules.addAll(forExtract(e, Mapping.none(), Period.parse("2024-25")).rules());
            } catch (InputRefusedException x) {
                throw new IllegalStateException("the built-in code lists are inconsistent", x);
            }
        }
        rules.addAll(Ssda903Rules.rules());
        return rules;
    }
}
