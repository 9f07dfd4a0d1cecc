package org.carereturns.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carereturns.audit.FileTally;
import org.carereturns.audit.RejectedCsv;
import org.carereturns.audit.RunAudit;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputFile;
import org.carereturns.returns.StatutoryReturn;
import org.carereturns.store.StoredRow;
import org.carereturns.validation.AcrossRows;
import org.carereturns.validation.Finding;
import org.carereturns.validation.Rule;
import org.carereturns.validation.RuleCatalog;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Once every return is computed, decides each row's fate, once: rejected (with every rule it broke,
 * written to rejected.csv), excluded with the reason (validation's, or from the returns that could
 * have used it), or used. It reads each store through in the order the extracts were read, so
 * rejected.csv lists each row's findings in reading order, then the findings of rules that compare
 * a row with the whole extract (SVC-13); the same inputs give the same bytes. It also takes each
 * file's blank rows and rows below the header from its read step, for the ledger's checks.
 */
class AccountForRows implements Tasklet {

    private final RunInputs inputs;
    private final Stores stores;
    private final ReturnInputs returnInputs;
    private final RunReturns returns;
    private final RunAudit audit;
    private final JobRepository repository;
    private final Map<String, Rule> rules = RuleCatalog.all().stream()
            .collect(Collectors.toMap(Rule::id, Function.identity()));

    AccountForRows(RunInputs inputs, Stores stores, ReturnInputs returnInputs, RunReturns returns, RunAudit audit,
                   JobRepository repository) {
        this.inputs = inputs;
        this.stores = stores;
        this.returnInputs = returnInputs;
        this.returns = returns;
        this.audit = audit;
        this.repository = repository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance();
        try (RejectedCsv rejected = new RejectedCsv(audit.staging().resolve("rejected.csv"))) {
            for (Extract extract : ReturnsJobConfig.READ_ORDER) {
                if (inputs.plan().has(extract)) {
                    account(extract, rejected);
                    countsOfTheReader(extract, repository.getLastStepExecution(instance,
                            ReturnsJobConfig.readStepName(extract)));
                }
            }
        }
        return RepeatStatus.FINISHED;
    }

    /** A finding found across rows, for the lines written after the extract's own. */
    private record Later(InputFile file, StoredRow row, Finding finding) {
    }

    private void account(Extract extract, RejectedCsv rejected) throws IOException {
        List<InputFile> files = inputs.plan().files(extract);
        Map<Integer, List<StoredRow.StoredFinding>> across = returnInputs.acrossRows(extract);
        String duplicateRule = duplicateRule(extract);
        List<Later> later = new ArrayList<>();
        int[] position = {0};
        int[] given = {0}; // the rows the returns were given: their positions, as ReturnInputs counts them
        stores.of(extract).forEach(row -> {
            InputFile file = files.get(row.file());
            List<StoredRow.StoredFinding> foundAcross = across.getOrDefault(position[0]++, List.of());
            List<Finding> findings = findings(row, foundAcross, duplicateRule);
            boolean[] warningAcross = {false};
            for (StoredRow.StoredFinding f : foundAcross) {
                if (!f.rule().equals(duplicateRule)) {
                    Finding found = finding(f);
                    later.add(new Later(file, row, found));
                    audit.countFinding(f.rule());
                    warningAcross[0] |= !found.isError();
                }
            }
            boolean warning = false;
            for (Finding f : findings) {
                rejected.write(file, row.row(), row.id(), row.person(), f);
                audit.countFinding(f.rule().id());
                warning |= !f.isError();
            }
            FileTally tally = audit.ledger().tally(file);
            if (warning || warningAcross[0]) {
                tally.warning();
            }
            if (row.rejected() || ReturnInputs.rejects(foundAcross)) {
                tally.rejected();
            } else if (row.exclusion() != null) {
                tally.excluded(row.exclusion());
            } else {
                String reason = fate(extract, given[0]++);
                if (reason == null) {
                    tally.used();
                } else {
                    tally.excluded(reason);
                }
            }
        });
        for (Later l : later) {
            rejected.write(l.file(), l.row().row(), l.row().id(), l.row().person(), l.finding());
        }
    }

    private List<Finding> findings(StoredRow row, List<StoredRow.StoredFinding> across, String duplicateRule) {
        List<Finding> own = new ArrayList<>();
        if (row.findings() != null) {
            row.findings().forEach(f -> own.add(finding(f)));
        }
        List<Finding> duplicates = new ArrayList<>();
        across.stream().filter(f -> f.rule().equals(duplicateRule)).forEach(f -> duplicates.add(finding(f)));
        return AcrossRows.inReportOrder(own, duplicates);
    }

    private Finding finding(StoredRow.StoredFinding f) {
        Rule rule = rules.get(f.rule());
        if (rule == null) {
            throw new IllegalStateException("the rows kept name a rule this version does not have: " + f.rule());
        }
        return new Finding(rule, f.column(), f.value(), f.message());
    }

    private String duplicateRule(Extract extract) throws IOException {
        try {
            return RuleCatalog.forExtract(extract, inputs.mapping(), inputs.request().period()).duplicateRule().id();
        } catch (org.carereturns.ingest.InputRefusedException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Why a row no return used decided nothing, or null when one used it: the reason of the first
     * produced return that could have used it; else why the returns that could were not produced.
     */
    private String fate(Extract extract, int position) {
        String produced = null;
        List<String> notProduced = new ArrayList<>();
        for (StatutoryReturn r : Returns.ALL) {
            if (!r.uses().contains(extract)) {
                continue;
            }
            StatutoryReturn.Figures figures = returns.figures(r);
            String missing = returns.notProducible(r);
            if (figures == null || missing != null) {
                notProduced.add(r.name() + " not produced: " + missing);
                continue;
            }
            String reason = figures.exclusion(extract, position);
            if (reason == null) {
                return null;
            }
            if (produced == null) {
                produced = reason;
            }
        }
        if (produced != null) {
            return produced;
        }
        return notProduced.isEmpty() ? "used by no return" : String.join("; ", notProduced);
    }

    /** The blank rows and rows below the header of each file, as the read step's reader counted them. */
    private void countsOfTheReader(Extract extract, StepExecution read) {
        if (read == null) {
            return; // not read to its end: the ledger refuses to publish
        }
        var context = read.getExecutionContext();
        List<InputFile> files = inputs.plan().files(extract);
        for (int i = 0; i < files.size(); i++) {
            FileTally tally = audit.ledger().tally(files.get(i));
            for (long k = context.getLong("reader.blanks." + i, 0); k > 0; k--) {
                tally.blank();
            }
            tally.rowsBelowHeader(context.getLong("reader.rows." + i, -1));
        }
    }
}
