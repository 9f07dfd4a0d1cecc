package org.carereturns.store;

import java.util.List;

/**
 * One row of an extract as its read step checked it: where it came from (the file's position in
 * the extract's list of files, and the row number), its IDs, the rules it broke, the reason
 * validation put it out of scope (or null), and whether a rule rejected it. Its typed record, when
 * it has one, is kept beside it ({@link ExtractStore}), so the steps that need only this much do
 * not read the records.
 */
public record StoredRow(int file, int row, String id, String person, List<StoredFinding> findings, String exclusion,
                        boolean rejected) {

    /** A rule broken by the row: the rule's ID, the column, the value found and the message. */
    public record StoredFinding(String rule, String column, String value, String message) {
    }
}
