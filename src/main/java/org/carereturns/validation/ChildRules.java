package org.carereturns.validation;

import java.util.List;
import java.util.Locale;

import static org.carereturns.ingest.Schema.CHILD_ID;

/**
 * The rules of an SSDA903 extract (OC3, header, episodes): a row is about a child, named by Child ID,
 * and its codes are the DfE's, upper-cased and trimmed before checking.
 */
abstract class ChildRules<T> extends ExtractRules<T> {

    ChildRules(RuleSet rules, Rule idRule, Rule duplicateRule) {
        super(rules, idRule, duplicateRule);
    }

    @Override
    protected String recordId(RowCheck row) {
        return row.text(CHILD_ID);
    }

    @Override
    protected String personId(RowCheck row) {
        return row.text(CHILD_ID);
    }

    /** A DfE code, upper-cased and trimmed; null when blank or not on the list (which breaks {@code rule}). */
    static String code(RowCheck row, String column, List<String> valid, Rule rule) {
        if (row.blank(column)) {
            return null;
        }
        String shown = row.shown(column);
        String code = shown.trim().toUpperCase(Locale.ROOT);
        if (!valid.contains(code)) {
            row.fail(rule, column, shown, rule.description() + " (" + column + " '" + shown + "')"
                    + (rule.severity() == Severity.WARNING ? " Treated as unknown." : ""));
            return null;
        }
        return code;
    }
}
