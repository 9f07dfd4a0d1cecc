package org.carereturns.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.carereturns.ingest.InputPlan;

/**
 * The audit side of one run: the ledger that accounts for every row, each rule's findings, run.log,
 * the staging folder the outputs are written to and published from, and the outputs' hashes for the
 * manifest. One per run, built by the launcher; the steps add to it.
 */
public final class RunAudit {

    private final RunLedger ledger;
    private final OutputFolder folder;
    private final OffsetDateTime started = OffsetDateTime.now().withNano(0);
    private final Map<String, long[]> perRule = new TreeMap<>();
    private final Map<String, String> outputs = new LinkedHashMap<>();
    private RunLog log;
    private Path historyUsed;
    private volatile String outOfMemoryIn;

    public RunAudit(InputPlan plan, Path target) {
        this.ledger = new RunLedger(plan);
        // one staging folder per target: the lock makes it this run's, and a resumed run finds it again
        this.folder = new OutputFolder(target, "run");
    }

    /** Opens run.log in the staging folder: a fresh one, or the stopped run's to add to when resuming. */
    public RunLog openLog(boolean resuming) throws IOException {
        if (!resuming) {
            folder.prepare();
        }
        log = new RunLog(staging().resolve("run.log"), resuming);
        return log;
    }

    public RunLedger ledger() {
        return ledger;
    }

    public OutputFolder folder() {
        return folder;
    }

    public Path staging() {
        return folder.staging();
    }

    public RunLog log() {
        return log;
    }

    public OffsetDateTime started() {
        return started;
    }

    /** Findings per rule ID in this run: the Rules sheet's counts. */
    public Map<String, long[]> perRule() {
        return perRule;
    }

    public void countFinding(String ruleId) {
        perRule.computeIfAbsent(ruleId, k -> new long[1])[0]++;
    }

    /** Each published file's SHA-256, by name, for the manifest. */
    public Map<String, String> outputs() {
        return outputs;
    }

    public Path historyUsed() {
        return historyUsed;
    }

    public void historyUsed(Path history) {
        this.historyUsed = history;
    }

    private volatile boolean published;

    /** The new outputs are in place (the publish's last move is done). */
    public void published() {
        this.published = true;
    }

    public boolean isPublished() {
        return published;
    }

    /**
     * A step ran out of memory. Once it has, the embedded job repository closes itself, so what fails
     * next names the database; this is what the operator is told instead.
     */
    public void ranOutOfMemory(String step) {
        if (outOfMemoryIn == null) {
            outOfMemoryIn = step;
        }
    }

    /** The step that ran out of memory, or null. */
    public String outOfMemoryIn() {
        return outOfMemoryIn;
    }
}
