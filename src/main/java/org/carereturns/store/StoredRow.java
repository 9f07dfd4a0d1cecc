package org.carereturns.store;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One row of an extract as its read step checked it: where it came from (the file's position in
 * the extract's list of files, and the row number), its IDs, the rules it broke, the reason
 * validation put it out of scope (or null), and its typed record (null when a rule rejected it).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredRow<T>(int file, int row, String id, String person, List<StoredFinding> findings,
                           String exclusion, T record) {

    /** A rule broken by the row: the rule's ID, the column, the value found and the message. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StoredFinding(String rule, String column, String value, String message) {
    }

    public boolean rejected() {
        return record == null;
    }
}
