package org.carereturns.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carereturns.audit.OutputFolder;
import org.carereturns.audit.RejectedCsv;
import org.carereturns.audit.RunLedger;
import org.carereturns.ingest.ExtractReader;
import org.carereturns.ingest.InputPlan;
import org.carereturns.ingest.Mapping;

/**
 * Everything one run shares between its steps: the request, the pre-flight's plan, the ledger
 * that accounts for every row, the staging folder and the rejected-row report being written.
 */
public final class RunContext {

    /** A return the run produced or skipped, with the reason it was skipped. */
    public record ReturnStatus(String name, boolean produced, String reason) {
    }

    private final RunRequest request;
    private final Mapping mapping;
    private final InputPlan plan;
    private final RunLedger ledger;
    private final OutputFolder folder;
    private final ExtractReader.Progress progress;
    private final OffsetDateTime started = OffsetDateTime.now().withNano(0);
    private final Map<String, long[]> perRule = new TreeMap<>();
    private final List<ReturnStatus> returns = new ArrayList<>();
    private final Map<String, String> outputs = new LinkedHashMap<>();
    private RejectedCsv rejected;
    private RunLog log;
    private boolean resuming;
    private final java.util.Map<org.carereturns.ingest.Extract, Journal> journals =
            new java.util.EnumMap<>(org.carereturns.ingest.Extract.class);
    private final java.util.Map<org.carereturns.ingest.Extract, List<Journal.Entry>> replayed =
            new java.util.EnumMap<>(org.carereturns.ingest.Extract.class);
    private RunLock lock;
    private LocalRunLock localLock;
    private org.carereturns.council.Council council = org.carereturns.council.Council.notSet();
    private long lastHeartbeat;
    private final org.carereturns.salt.ServiceIndex services = new org.carereturns.salt.ServiceIndex();
    private final List<org.carereturns.salt.ReviewEntry> reviews = new ArrayList<>();
    private org.carereturns.salt.ContactTally contacts;
    private org.carereturns.salt.SaltResult salt;
    private String saltSkipped;
    private org.carereturns.salt.SaltCalculator saltCalculator;
    private final List<PopulationEntry> population = new ArrayList<>();
    private org.carereturns.ascof.AscofResult ascof;
    private final List<org.carereturns.sac.ConcernEntry> concerns = new ArrayList<>();
    private final List<org.carereturns.ingest.Records.CareLeaver> careLeavers = new ArrayList<>();
    private List<org.carereturns.returns.Table> careLeaverTables;

    public List<org.carereturns.ingest.Records.CareLeaver> careLeavers() {
        return careLeavers;
    }

    public List<org.carereturns.returns.Table> careLeaverTables() {
        return careLeaverTables;
    }

    void careLeaverTables(List<org.carereturns.returns.Table> tables) {
        this.careLeaverTables = tables;
    }
    private org.carereturns.sac.SacCalculator sacCalculator;
    private org.carereturns.sac.SacResult sac;

    public List<org.carereturns.sac.ConcernEntry> concerns() {
        return concerns;
    }

    public org.carereturns.sac.SacCalculator sacCalculator() {
        return sacCalculator;
    }

    public org.carereturns.sac.SacResult sac() {
        return sac;
    }

    void sac(org.carereturns.sac.SacCalculator calculator, org.carereturns.sac.SacResult result) {
        this.sacCalculator = calculator;
        this.sac = result;
    }

    /** A valid population row kept for the measures that need it. */
    public record PopulationEntry(org.carereturns.ingest.Records.PopulationRow row, org.carereturns.ingest.Source source) {
    }
    private Path historyUsed;
    private Long executionId;

    public RunContext(RunRequest request, Mapping mapping, InputPlan plan, ExtractReader.Progress progress) {
        this.request = request;
        this.mapping = mapping;
        this.plan = plan;
        this.ledger = new RunLedger(plan);
        this.progress = progress;
        // one staging folder per target: the lock makes it this run's, and a resumed run finds it again
        this.folder = new OutputFolder(request.target(), "run");
    }

    public Path staging() {
        return folder.staging();
    }

    /** Opens the staging folder and the rejected-row report; called once, before the first step. */
    public void prepare() throws IOException {
        if (resuming && java.nio.file.Files.isDirectory(staging().resolve("journal"))) {
            log = new RunLog(staging().resolve("run.log"), true);
            log.line("resuming the execution that stopped; rows already committed are not read again");
            return; // rejected.csv is reopened at its committed length when the job starts
        }
        resuming = false;
        folder.prepare();
        java.nio.file.Files.createDirectories(staging().resolve("journal"));
        rejected = new RejectedCsv(staging().resolve("rejected.csv"));
        log = new RunLog(staging().resolve("run.log"), false);
        log.line(request.command() + " " + request.period() + (request.period().provisional()
                ? " as of " + request.period().end() + " (provisional)" : "") + "; input " + request.input()
                + "; output " + request.target() + "; mapping " + mapping.source());
        log.line(council.source() == null ? "no council file (jobs/council.yml): the council is 'not set' on every"
                + " sheet, and all four returns are expected" : "council " + council.label() + " from "
                + council.source() + "; returns expected: " + String.join(", ", council.returns()));
        for (var f : plan.allFiles()) {
            log.line("read " + f.extract().label() + ": " + f.name() + (f.sheet().isEmpty() ? "" : ", sheet '"
                    + f.sheet() + "'") + ", header on row " + f.headerRow() + ", SHA-256 " + f.sha256()
                    + (f.ignoredSheets().isEmpty() ? "" : "; other sheets ignored: " + String.join(", ", f.ignoredSheets())));
        }
        for (var r : plan.refused()) {
            log.line("skipped " + r.name() + " (" + r.extract().label() + "): " + r.reason());
        }
        for (String name : plan.unmatched()) {
            log.line("not read: " + name + " matches no extract's file names");
        }
        for (var e : org.carereturns.ingest.Extract.values()) {
            if (!plan.has(e)) {
                log.line("no " + e.label() + " extract: looked for " + String.join(", ", plan.lookedFor(e)));
            }
        }
    }

    public boolean resuming() {
        return resuming;
    }

    public void resuming(boolean resume) {
        this.resuming = resume;
    }

    Journal journal(org.carereturns.ingest.Extract extract) {
        return journals.computeIfAbsent(extract, e -> new Journal(staging().resolve("journal").resolve(e.key() + ".bin")));
    }

    void resumeRejected(long committed) throws IOException {
        rejected = RejectedCsv.resume(staging().resolve("rejected.csv"), committed);
    }

    /** The rows a resumed run replayed, per extract: their IDs prime the duplicate checks. */
    List<Journal.Entry> replayed(org.carereturns.ingest.Extract extract) {
        return replayed.getOrDefault(extract, List.of());
    }

    void replayed(org.carereturns.ingest.Extract extract, List<Journal.Entry> entries) {
        replayed.put(extract, entries);
    }

    public RunLog log() {
        return log;
    }

    public RunLock lock() {
        return lock;
    }

    public String lockKey() {
        return request.period().toString();
    }

    public void lock(RunLock lock) {
        this.lock = lock;
    }

    /** The council the returns are for (jobs/council.yml), "not set" without the file. */
    public org.carereturns.council.Council council() {
        return council;
    }

    public void council(org.carereturns.council.Council council) {
        this.council = council;
    }

    public LocalRunLock localLock() {
        return localLock;
    }

    public void localLock(LocalRunLock lock) {
        this.localLock = lock;
    }

    /** Tells other machines this run is alive; at most every 30 seconds. */
    public void heartbeat() {
        long now = System.currentTimeMillis();
        if (lock != null && now - lastHeartbeat > 30_000) {
            lock.heartbeat(lockKey());
            lastHeartbeat = now;
        }
    }

    public void countFinding(String ruleId) {
        perRule.computeIfAbsent(ruleId, k -> new long[1])[0]++;
    }

    public org.carereturns.salt.ServiceIndex services() {
        return services;
    }

    public List<org.carereturns.salt.ReviewEntry> reviews() {
        return reviews;
    }

    public org.carereturns.salt.ContactTally contacts() {
        return contacts;
    }

    void contacts(org.carereturns.salt.ContactTally tally) {
        this.contacts = tally;
    }

    public org.carereturns.salt.SaltCalculator saltCalculator() {
        return saltCalculator;
    }

    void saltCalculator(org.carereturns.salt.SaltCalculator calculator) {
        this.saltCalculator = calculator;
    }

    public List<PopulationEntry> population() {
        return population;
    }

    public org.carereturns.ascof.AscofResult ascof() {
        return ascof;
    }

    void ascof(org.carereturns.ascof.AscofResult result) {
        this.ascof = result;
    }

    public org.carereturns.salt.SaltResult salt() {
        return salt;
    }

    void salt(org.carereturns.salt.SaltResult result) {
        this.salt = result;
    }

    /** Why SALT cannot be computed from this input (an extract is missing), or null. */
    public String saltSkipped() {
        return saltSkipped;
    }

    public void saltSkipped(String reason) {
        this.saltSkipped = reason;
    }

    public RunRequest request() {
        return request;
    }

    public Mapping mapping() {
        return mapping;
    }

    public InputPlan plan() {
        return plan;
    }

    public RunLedger ledger() {
        return ledger;
    }

    public OutputFolder folder() {
        return folder;
    }

    public ExtractReader.Progress progress() {
        return progress;
    }

    public OffsetDateTime started() {
        return started;
    }

    public Map<String, long[]> perRule() {
        return perRule;
    }

    /** False for a return left out with --returns: it is computed (rows are classified alike) but not written. */
    public boolean wanted(String name) {
        return returns.stream().noneMatch(r -> r.name().equals(name) && "not asked for (--returns)".equals(r.reason()));
    }

    /** Marks a return as written. */
    public void produced(String name) {
        returns.replaceAll(r -> r.name().equals(name) ? new ReturnStatus(name, true, null) : r);
    }

    public List<ReturnStatus> returns() {
        return returns;
    }

    public Map<String, String> outputs() {
        return outputs;
    }

    public RejectedCsv rejected() {
        return rejected;
    }

    public Path historyUsed() {
        return historyUsed;
    }

    void historyUsed(Path history) {
        this.historyUsed = history;
    }

    public Long executionId() {
        return executionId;
    }

    public void executionId(Long id) {
        this.executionId = id;
    }
}
