package org.carereturns.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.carereturns.ingest.Extract;
import org.carereturns.store.ExtractStore;
import org.carereturns.store.StoredRow;
import org.carereturns.validation.AcrossRows;
import org.carereturns.validation.Finding;
import org.carereturns.validation.RuleCatalog;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The phase of validation that compares rows (validation.AcrossRows): once every extract is read,
 * each extract's store is read through once, and what the phase found is kept beside the store.
 */
class CheckAcrossRows implements Tasklet {

    private final RunInputs inputs;
    private final Stores stores;

    CheckAcrossRows(RunInputs inputs, Stores stores) {
        this.inputs = inputs;
        this.stores = stores;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
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
            Map<Integer, List<StoredRow.StoredFinding>> found = new TreeMap<>();
            phase.findings().forEach((p, findings) -> {
                List<StoredRow.StoredFinding> kept = new ArrayList<>();
                for (Finding f : findings) {
                    kept.add(KeepRows.stored(f));
                }
                found.put(p, kept);
            });
            store.writeAcrossRows(found);
        }
        return RepeatStatus.FINISHED;
    }

    private static Set<String> rulesBroken(StoredRow row) {
        Set<String> ids = new HashSet<>();
        if (row.findings() != null) {
            row.findings().forEach(f -> ids.add(f.rule()));
        }
        return ids;
    }
}
