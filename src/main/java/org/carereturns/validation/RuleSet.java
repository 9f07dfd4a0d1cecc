package org.carereturns.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules one class checks, in the order they are declared. Each rule is made here, where it is
 * declared beside its check, so an extract's list of rules (and the Rules sheet, and the data
 * dictionary) is whatever the class declares: a rule cannot be checked but left off the list.
 */
public final class RuleSet {

    private final String extract;
    private final List<Rule> rules = new ArrayList<>();

    public RuleSet(String extract) {
        this.extract = extract;
    }

    public Rule error(String id, String column, String description) {
        return add(new Rule(id, Severity.ERROR, extract, column, description));
    }

    public Rule warning(String id, String column, String description) {
        return add(new Rule(id, Severity.WARNING, extract, column, description));
    }

    /** A rule of some of the extracts this class serves, named in {@code extracts}. */
    public Rule error(String id, String extracts, String column, String description) {
        return add(new Rule(id, Severity.ERROR, extracts, column, description));
    }

    /** A warning of some of the extracts this class serves, named in {@code extracts}. */
    public Rule warning(String id, String extracts, String column, String description) {
        return add(new Rule(id, Severity.WARNING, extracts, column, description));
    }

    private Rule add(Rule rule) {
        if (rules.stream().anyMatch(r -> r.id().equals(rule.id()))) {
            throw new IllegalStateException("rule " + rule.id() + " is declared twice");
        }
        rules.add(rule);
        return rule;
    }

    public List<Rule> all() {
        return List.copyOf(rules);
    }
}
