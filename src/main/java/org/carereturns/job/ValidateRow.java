package org.carereturns.job;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.RawRecord;
import org.carereturns.validation.Checked;
import org.carereturns.validation.ExtractRules;
import org.carereturns.validation.RuleCatalog;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks each row against the rules of its extract that need no other row. The rules are built when
 * the first row comes: a mapping whose aliases do not fit the code lists fails the step, saying so.
 */
class ValidateRow implements ItemProcessor<RawRecord, Checked<?>> {

    private final Extract extract;
    private final RunInputs inputs;
    private ExtractRules<?> rules;

    ValidateRow(Extract extract, RunInputs inputs) {
        this.extract = extract;
        this.inputs = inputs;
    }

    @Override
    public Checked<?> process(RawRecord row) throws Exception {
        if (rules == null) {
            rules = RuleCatalog.forExtract(extract, inputs.mapping(), inputs.request().period());
        }
        return rules.check(row);
    }
}
