package org.carereturns.validation;

import java.util.List;

import org.carereturns.ingest.RawRecord;

/**
 * A row after validation: its typed record (null when rejected), every finding, and, when the row
 * is valid but outside the scope of every return, the reason it is excluded.
 */
public record Checked<T>(RawRecord raw, String recordId, String personId, T record, List<Finding> findings,
                         String exclusion) {

    public boolean rejected() {
        return record == null;
    }

    public boolean excluded() {
        return record != null && exclusion != null;
    }

    public Checked<T> exclude(String reason) {
        return new Checked<>(raw, recordId, personId, record, findings, reason);
    }
}
