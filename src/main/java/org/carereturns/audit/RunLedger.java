package org.carereturns.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.ingest.InputFile;
import org.carereturns.ingest.InputPlan;

/**
 * The account of every input row in a run. The run fails loudly if any file does not balance:
 * rows_read = rejected + excluded + used.
 */
public final class RunLedger {

    private final Map<InputFile, FileTally> tallies = new LinkedHashMap<>();

    public RunLedger(InputPlan plan) {
        for (InputFile f : plan.allFiles()) {
            tallies.put(f, new FileTally(f));
        }
    }

    public FileTally tally(InputFile file) {
        FileTally t = tallies.get(file);
        if (t == null) {
            throw new IllegalStateException(file.name() + " was read but is not in the run's plan");
        }
        return t;
    }

    /** An extract most of whose rows fall outside the run's period: the period named is probably wrong. */
    public record OutsideThePeriod(String extract, long rowsRead, long outside) {
        public String describe(String period) {
            return outside + " of the " + rowsRead + " " + extract + " rows (" + Math.round(100.0 * outside / rowsRead)
                    + "%) fall outside " + period + "; the figures are right for " + period
                    + ", but is that the period meant?";
        }
    }

    /** The exclusion reasons that mean "not in the period" (each return's calculator gives one of these). */
    static boolean outsideThePeriod(String reason) {
        return reason.contains("before the period") || reason.contains("after the period")
                || reason.contains("outside the period");
    }

    /** Each extract more than half of whose rows were excluded as outside the period. */
    public List<OutsideThePeriod> outsideThePeriod() {
        Map<String, long[]> byExtract = new LinkedHashMap<>();
        for (FileTally t : tallies.values()) {
            long[] counts = byExtract.computeIfAbsent(t.file().extract().label(), k -> new long[2]);
            counts[0] += t.rowsRead();
            t.exclusions().forEach((reason, n) -> counts[1] += outsideThePeriod(reason) ? n : 0);
        }
        List<OutsideThePeriod> out = new ArrayList<>();
        byExtract.forEach((extract, c) -> {
            if (c[0] > 0 && c[1] * 2 > c[0]) {
                out.add(new OutsideThePeriod(extract, c[0], c[1]));
            }
        });
        return out;
    }

    public List<FileTally> tallies() {
        return new ArrayList<>(tallies.values());
    }

    /** Throws when a file's rows do not add up; a run must never publish figures that lost a row. */
    public void assertBalanced() {
        for (FileTally t : tallies.values()) {
            if (t.rowsRead() != t.rejectedRows() + t.excludedRows() + t.usedRows()) {
                throw new IllegalStateException("row accounting does not balance for " + t.file().name()
                        + ": rows read " + t.rowsRead() + " but rejected " + t.rejectedRows() + " + excluded "
                        + t.excludedRows() + " + used " + t.usedRows());
            }
            if (!t.balances()) {
                throw new IllegalStateException("row accounting does not balance for " + t.file().name()
                        + ": the file has " + t.rowsBelowHeader() + " rows below its header, but "
                        + (t.rowsRead() + t.blankRows()) + " were accounted for (" + t.rowsRead() + " read, "
                        + t.blankRows() + " blank); a row was counted twice or lost");
            }
        }
    }

    /** As {@link #assertBalanced()}, and every file was read to its end: the job's check before it publishes. */
    public void assertEveryFileRead() {
        for (FileTally t : tallies.values()) {
            if (t.rowsBelowHeader() < 0) {
                throw new IllegalStateException("row accounting is incomplete: " + t.file().name()
                        + " was not read to its end");
            }
        }
        assertBalanced();
    }
}
