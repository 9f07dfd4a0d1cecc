package org.carereturns.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.ingest.InputFile;
import org.carereturns.ingest.RawRecord;

/**
 * The rules of one extract. A subclass reads the typed record from a row, breaking rules as it
 * goes; this base class turns that into a {@link Checked} row and remembers IDs across every file
 * of the extract, so a later copy of an ID is rejected naming the row that was kept.
 */
public abstract class ExtractRules<T> {

    /** The first row of each ID: file position in the high bits, row number in the low bits. */
    private final Map<String, Long> firstSeen = new HashMap<>();
    private final List<InputFile> files;

    protected ExtractRules(List<InputFile> files) {
        this.files = files;
    }

    /** Every rule of this extract, for the Rules sheet. */
    public abstract List<Rule> rules();

    /**
     * The code list each coded column is checked against, by column, with the mapping file's aliases:
     * what the data dictionary (docs/extracts.md) lists as the accepted values.
     */
    public java.util.Map<String, org.carereturns.codes.CodeList> codeLists() {
        return java.util.Map.of();
    }

    protected abstract T read(RowCheck row);

    /** The record's own ID (for the report). */
    protected abstract String recordId(RowCheck row);

    /** The reason a valid row is out of scope of every return, or null when it is in scope. */
    protected String exclusion(T record) {
        return null;
    }

    public Checked<T> check(RawRecord raw) {
        RowCheck row = new RowCheck(raw);
        T record = read(row);
        String id = recordId(row);
        String person = personId(row);
        if (row.hasErrors()) {
            return new Checked<>(raw, id, person, null, List.copyOf(row.findings()), null);
        }
        return new Checked<>(raw, id, person, record, List.copyOf(row.findings()), exclusion(record));
    }

    protected String personId(RowCheck row) {
        return row.text(org.carereturns.ingest.Schema.PERSON_ID);
    }

    /** Remembers an ID read before a resumed run's restart, so a later copy is still found. */
    public void remember(String id, int fileIndex, int row) {
        if (id != null) {
            firstSeen.putIfAbsent(id, ((long) fileIndex << 32) | row);
        }
    }

    /** Rejects a row whose ID was already used by an earlier row of the extract. */
    protected void unique(RowCheck row, String column, String id, Rule rule, String dfeWording) {
        if (id == null) {
            return;
        }
        int fileIndex = files.indexOf(row.raw().file());
        long here = ((long) fileIndex << 32) | row.raw().row();
        Long first = firstSeen.putIfAbsent(id, here);
        if (first != null) {
            InputFile firstFile = files.get((int) (first >>> 32));
            int firstRow = (int) (first & 0xffffffffL);
            String where = firstFile == row.raw().file() ? "row " + firstRow
                    : "row " + firstRow + " of " + firstFile.name();
            row.fail(rule, column, id, (dfeWording == null ? "" : dfeWording + " ") + column + " '" + id
                    + "' was already used on " + where + "; that first row is kept and this copy is rejected.");
        }
    }
}
