package org.carereturns.job;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.carereturns.audit.RunAudit;
import org.carereturns.ingest.Extract;
import org.carereturns.store.ExtractStore;
import org.carereturns.store.StoredRow;
import org.carereturns.validation.AcrossRows;
import org.carereturns.validation.Finding;
import org.carereturns.validation.RuleCatalog;
import org.carereturns.validation.CldSetRules;
import org.carereturns.validation.Ssda903Rules;
import org.carereturns.ingest.Records.CareLeaver;
import org.carereturns.ingest.Records.ChildHeader;
import org.carereturns.ingest.Records.Episode;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The phase of validation that compares rows (validation.AcrossRows): once every extract is read,
 * each extract's store is read through once; then the rules of the whole SSDA903 return
 * (validation.Ssda903Rules) read the header, the episodes and OC3 together, skipping rows already
 * rejected. What the phase found is kept beside each store.
 */
class CheckAcrossRows implements Tasklet {

    private final RunInputs inputs;
    private final Stores stores;
    private final RunAudit audit;

    CheckAcrossRows(RunInputs inputs, Stores stores, RunAudit audit) {
        this.inputs = inputs;
        this.stores = stores;
        this.audit = audit;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Map<Extract, Map<Integer, List<Finding>>> found = new EnumMap<>(Extract.class);
        for (Extract extract : Extract.values()) {
            if (!inputs.plan().has(extract)) {
                continue;
            }
            AcrossRows phase = new AcrossRows(extract, RuleCatalog.forExtract(extract, inputs.mapping(),
                    inputs.request().period()), inputs.plan().files(extract), inputs.request().period());
            ExtractStore store = stores.of(extract);
            int[] position = {0};
            if (extract == Extract.SERVICES) { // SVC-13 needs the records; a repeated ID only the rows
                store.forEachWithRecords((row, record) -> phase.add(position[0]++, row.file(), row.row(), row.id(),
                        rulesBroken(row), record));
            } else {
                store.forEach(row -> phase.add(position[0]++, row.file(), row.row(), row.id(), rulesBroken(row), null));
            }
            found.put(extract, new TreeMap<>(phase.findings()));
        }
        ssda903(found);
        cld(found);
        for (var e : found.entrySet()) {
            Map<Integer, List<StoredRow.StoredFinding>> kept = new TreeMap<>();
            e.getValue().forEach((p, findings) -> kept.put(p, findings.stream().map(KeepRows::stored).toList()));
            stores.of(e.getKey()).writeAcrossRows(kept);
        }
        return RepeatStatus.FINISHED;
    }

    /** The SSDA903 rules, given the rows no rule has rejected so far; their findings join the others. */
    private void ssda903(Map<Extract, Map<Integer, List<Finding>>> found) throws java.io.IOException {
        var plan = inputs.plan();
        if (!plan.has(Extract.CARE_LEAVERS) && !plan.has(Extract.HEADER_903) && !plan.has(Extract.EPISODES)) {
            return;
        }
        Set<String> diedLastYear = plan.has(Extract.CARE_LEAVERS) ? LastYearsOc3.recordedDied(
                inputs.request().previousInput(), inputs.request().period(), inputs.mapping(), line -> {
                    if (audit.log() != null) {
                        audit.log().line(line);
                    }
                }) : Set.of();
        Ssda903Rules rules = new Ssda903Rules(inputs.request().period(), diedLastYear);
        if (plan.has(Extract.HEADER_903)) {
            read(found, Extract.HEADER_903, (position, row, record) -> rules.header(position, (ChildHeader) record));
        }
        if (plan.has(Extract.EPISODES)) {
            read(found, Extract.EPISODES, (position, row, record) -> rules.episode(position, (Episode) record));
        }
        if (plan.has(Extract.CARE_LEAVERS)) {
            read(found, Extract.CARE_LEAVERS, (position, row, record) -> rules.careLeaver(position, row.id(),
                    (CareLeaver) record));
        }
        rules.check().forEach((extract, byPosition) -> byPosition.forEach((position, findings) ->
                found.computeIfAbsent(extract, x -> new TreeMap<>()).computeIfAbsent(position, x -> new ArrayList<>())
                        .addAll(findings)));
    }

    /** The CLD rules that compare rows (CLD-X01 to X04), given the rows no rule has rejected. */
    private void cld(Map<Extract, Map<Integer, List<Finding>>> found) throws java.io.IOException {
        if (!inputs.plan().has(Extract.CLD)) {
            return;
        }
        CldSetRules rules = new CldSetRules();
        read(found, Extract.CLD, (position, row, record) -> rules.add(position, row.file(), row.row(),
                (org.carereturns.ingest.Records.CldEvent) record));
        rules.check().forEach((position, findings) -> found.computeIfAbsent(Extract.CLD, x -> new TreeMap<>())
                .computeIfAbsent(position, x -> new ArrayList<>()).addAll(findings));
    }

    private interface Row {
        void take(int position, StoredRow row, Object record);
    }

    /** Each row with its record, null when a rule (its own, or one across rows) has rejected it. */
    private void read(Map<Extract, Map<Integer, List<Finding>>> found, Extract extract, Row visitor)
            throws java.io.IOException {
        Map<Integer, List<Finding>> across = found.getOrDefault(extract, Map.of());
        int[] position = {0};
        stores.of(extract).forEachWithRecords((row, record) -> {
            int p = position[0]++;
            boolean rejected = row.rejected() || across.getOrDefault(p, List.of()).stream().anyMatch(Finding::isError);
            visitor.take(p, row, rejected ? null : record);
        });
    }

    private static Set<String> rulesBroken(StoredRow row) {
        Set<String> ids = new HashSet<>();
        if (row.findings() != null) {
            row.findings().forEach(f -> ids.add(f.rule()));
        }
        return ids;
    }
}
