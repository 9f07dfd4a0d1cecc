package org.carereturns.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carereturns.ingest.Cell;
import org.carereturns.ingest.InputFile;
import org.carereturns.ingest.Records.PopulationRow;
import org.carereturns.ingest.Values;

import static org.carereturns.ingest.Schema.*;

/** population: one row per single year of age, the last possibly "90+" (extracts.md). */
public final class PopulationRules extends ExtractRules<PopulationRow> {

    static final String X = "population";
    static final RuleSet RULES = new RuleSet(X);
    public static final Rule AGE_RULE = RULES.error("POP-01", AGE,
            "Age must be a whole number from 0 to 120, or 'N+' (such as 90+) for the oldest ages together.");
    public static final Rule COUNT = RULES.error("POP-02", POPULATION, "Population must be a whole number, 0 or more.");
    public static final Rule DUPLICATE_AGE = RULES.error("POP-03", AGE,
            "Each age appears once; a later row for the same age is rejected.");

    private static final Pattern OR_OVER = Pattern.compile("(\\d{1,3})\\s*\\+");
    public PopulationRules() {
        super(RULES, AGE_RULE, DUPLICATE_AGE);
    }

    /** Two rows must not count the same age: "90+" is the age 90, and "65" and "65.0" are one age. */
    @Override
    public String duplicateKey(String shownAge, java.util.Collection<String> rulesBroken) {
        if (shownAge == null || rulesBroken.contains(AGE_RULE.id())) {
            return null;
        }
        Matcher m = OR_OVER.matcher(shownAge.trim());
        try {
            return m.matches() ? m.group(1) : new java.math.BigDecimal(shownAge.trim()).toBigIntegerExact().toString();
        } catch (ArithmeticException | NumberFormatException e) {
            return shownAge.trim();
        }
    }

    @Override
    public Finding duplicate(String shownAge, InputFile here, InputFile firstFile, int firstRow) {
        return new Finding(DUPLICATE_AGE, AGE, shownAge, "Age " + shownAge + " already appears on row " + firstRow
                + "; that first row is kept and this one is rejected.");
    }

    @Override
    protected String recordId(RowCheck row) {
        return row.shown(AGE);
    }

    @Override
    protected String personId(RowCheck row) {
        return "";
    }

    @Override
    protected PopulationRow read(RowCheck row) {
        Integer age = null;
        boolean orOver = false;
        Cell c = row.cell(AGE);
        Long whole = Values.wholeNumber(c);
        Matcher m = OR_OVER.matcher(row.shown(AGE).trim());
        if (whole != null && whole >= 0 && whole <= 120) {
            age = whole.intValue();
        } else if (m.matches() && Integer.parseInt(m.group(1)) <= 120) {
            age = Integer.parseInt(m.group(1));
            orOver = true;
        } else {
            row.fail(AGE_RULE, AGE, row.shown(AGE), c == null ? "Age is blank; " + "each row needs the age it counts."
                    : "Age '" + row.shown(AGE) + "' is not a whole number from 0 to 120 or 'N+'.");
        }
        Long count = Values.wholeNumber(row.cell(POPULATION));
        if (count == null || count < 0) {
            row.fail(COUNT, POPULATION, row.shown(POPULATION), row.blank(POPULATION) ? "Population is blank."
                    : "Population '" + row.shown(POPULATION) + "' is not a whole number, 0 or more.");
        }
        return age == null || count == null ? null : new PopulationRow(age, orOver, count);
    }
}
