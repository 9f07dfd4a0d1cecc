package org.carereturns.job;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.RawRecord;
import org.carereturns.validation.Checked;
import org.carereturns.validation.ExtractRules;
import org.carereturns.validation.RuleCatalog;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks each row against its extract's rules. The rules are built once per run, when first needed. */
class ValidateRow implements ItemProcessor<RawRecord, Checked<?>> {

    private final Extract extract;
    private final CurrentRun run;
    private RunContext builtFor;
    private ExtractRules<?> rules;

    ValidateRow(Extract extract, CurrentRun run) {
        this.extract = extract;
        this.run = run;
    }

    @Override
    public Checked<?> process(RawRecord row) throws Exception {
        RunContext ctx = run.get();
        if (builtFor != ctx) {
            rules = RuleCatalog.forExtract(extract, ctx.plan(), ctx.mapping(), ctx.request().period());
            for (Journal.Entry e : ctx.replayed(extract)) {
                rules.remember(e.recordId(), e.fileIndex(), e.row()); // rows read before a restart
            }
            builtFor = ctx;
        }
        Checked<?> checked = rules.check(row);
        if (extract == Extract.CONTACTS && !checked.rejected() && !checked.excluded()) {
            String reason = ctx.saltSkipped() != null ? "SALT not produced: " + ctx.saltSkipped()
                    : ctx.contacts().exclusion((org.carereturns.ingest.Records.Contact) checked.record());
            if (reason != null) {
                return checked.exclude(reason);
            }
        }
        return checked;
    }
}
