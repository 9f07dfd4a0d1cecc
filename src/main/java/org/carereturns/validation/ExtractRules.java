package org.carereturns.validation;

import java.util.List;

import org.carereturns.ingest.InputFile;
import org.carereturns.ingest.RawRecord;

/**
 * The rules of one extract. A subclass reads the typed record from a row, breaking rules as it
 * goes; this base class turns that into a {@link Checked} row. The rules that need other rows (a
 * repeated ID) are checked once the extract is read, by {@link AcrossRows}.
 */
public abstract class ExtractRules<T> {

    private final RuleSet rules;
    private final Rule idRule;
    private final Rule duplicateRule;

    /**
     * {@code idRule}: the rule a row's own ID breaks when missing or unusable (such a row has no ID to
     * repeat); {@code duplicateRule}: the rule a later row with the same ID breaks, checked across rows
     * once the extract is read ({@link AcrossRows}).
     */
    protected ExtractRules(RuleSet rules, Rule idRule, Rule duplicateRule) {
        this.rules = rules;
        this.idRule = idRule;
        this.duplicateRule = duplicateRule;
    }

    /** Every rule this extract's class declares, in order: for the Rules sheet and the data dictionary. */
    public List<Rule> rules() {
        return rules.all();
    }

    /**
     * The code list each coded column is checked against, by column, with the mapping file's aliases:
     * what the data dictionary (docs/extracts.md) lists as the accepted values.
     */
    public java.util.Map<String, org.carereturns.codes.CodeList> codeLists() {
        return java.util.Map.of();
    }

    protected abstract T read(RowCheck row);

    /** The record's own ID (for the report). */
    protected abstract String recordId(RowCheck row);

    /** The reason a valid row is out of scope of every return, or null when it is in scope. */
    protected String exclusion(T record) {
        return null;
    }

    public Checked<T> check(RawRecord raw) {
        RowCheck row = new RowCheck(raw);
        T record = read(row);
        String id = recordId(row);
        String person = personId(row);
        if (row.hasErrors()) {
            return new Checked<>(raw, id, person, null, List.copyOf(row.findings()), null);
        }
        return new Checked<>(raw, id, person, record, List.copyOf(row.findings()), exclusion(record));
    }

    protected String personId(RowCheck row) {
        return row.text(org.carereturns.ingest.Schema.PERSON_ID);
    }

    /** The rule a second row with the same ID breaks. */
    public Rule duplicateRule() {
        return duplicateRule;
    }

    /** DfE's own words for the duplicate rule, put before the message, or null. */
    protected String duplicateWording() {
        return null;
    }

    /** What two rows must not share: the record's ID, or null when the row's ID was unusable. */
    public String duplicateKey(String recordId, java.util.Collection<String> rulesBroken) {
        return recordId == null || rulesBroken.contains(idRule.id()) ? null : recordId;
    }

    /** The finding on a later row whose key an earlier row had: it names the row that is kept. */
    public Finding duplicate(String recordId, InputFile here, InputFile firstFile, int firstRow) {
        Rule rule = duplicateRule();
        String where = firstFile == here ? "row " + firstRow : "row " + firstRow + " of " + firstFile.name();
        String wording = duplicateWording();
        return new Finding(rule, rule.column(), recordId, (wording == null ? "" : wording + " ") + rule.column() + " '"
                + recordId + "' was already used on " + where + "; that first row is kept and this copy is rejected.");
    }
}
