package org.carereturns.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carereturns.Period;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputFile;
import org.carereturns.ingest.Records;

/**
 * The phase of validation that needs more than one row, run once an extract is read: a repeated ID
 * (every extract: the first row is kept, later copies are rejected naming it), and for services
 * SVC-13 (an ST-Max outcome must suit the client's long-term support on the ST-Max Start Date).
 * Rows are given in the order read; the findings come back by the row's position in that order.
 */
public final class AcrossRows {

    private final ExtractRules<?> rules;
    private final List<InputFile> files;
    private final StMaxClientRule stMax;
    /** The first row of each key: file position in the high bits, row number in the low bits. */
    private final FirstSeen firstSeen = new FirstSeen();
    private final Map<Integer, List<Finding>> findings = new TreeMap<>();

    public AcrossRows(Extract extract, ExtractRules<?> rules, List<InputFile> files, Period period) {
        this.rules = rules;
        this.files = files;
        this.stMax = extract == Extract.SERVICES ? new StMaxClientRule(period) : null;
    }

    /**
     * One row, in reading order: {@code rulesBroken} are the IDs of the rules it broke on its own, and
     * {@code record} is null when one of them rejected it.
     */
    public void add(int position, int fileIndex, int row, String recordId, Collection<String> rulesBroken,
                    Object record) {
        String key = rules.duplicateKey(recordId, rulesBroken);
        if (key != null) {
            long first = firstSeen.putIfAbsent(key, ((long) fileIndex << 32) | row);
            if (first >= 0) {
                findings.computeIfAbsent(position, p -> new ArrayList<>()).add(rules.duplicate(recordId,
                        files.get(fileIndex), files.get((int) (first >>> 32)), (int) (first & 0xffffffffL)));
                return; // a rejected copy takes no part in the rules below
            }
        }
        if (stMax != null && record != null) {
            stMax.add(position, (Records.Service) record);
        }
    }

    /**
     * A row's findings in the order the report lists them: its own, with a repeated ID's among them
     * where it was always reported, after any finding on the ID's own column (there is none when the
     * ID was usable) and before the others. The findings of the other rules across rows (SVC-13) are
     * listed after the whole extract's, and are not merged here.
     */
    public static List<Finding> inReportOrder(List<Finding> own, List<Finding> duplicates) {
        List<Finding> out = new ArrayList<>(own.size() + duplicates.size());
        int at = 0;
        for (Finding dup : duplicates) {
            while (at < own.size() && own.get(at).column().equals(dup.column())) {
                out.add(own.get(at++));
            }
            out.add(dup);
        }
        out.addAll(own.subList(at, own.size()));
        return out;
    }

    /** Every finding, by position, once all rows are in. */
    public Map<Integer, List<Finding>> findings() {
        if (stMax != null) {
            stMax.check().forEach((position, f) -> findings.computeIfAbsent(position, p -> new ArrayList<>()).add(f));
        }
        return findings;
    }
}
