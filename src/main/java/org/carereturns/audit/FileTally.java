package org.carereturns.audit;

import java.util.Map;
import java.util.TreeMap;

import org.carereturns.ingest.InputFile;

/** What happened to every row of one input file. */
public final class FileTally {

    private final InputFile file;
    private long rowsRead;
    private long blankRows;
    private long rejected;
    private long excluded;
    private long used;
    private long warnings;
    private long rowsBelowHeader = -1;
    private final Map<String, Long> exclusions = new TreeMap<>();

    public FileTally(InputFile file) {
        this.file = file;
    }

    public void blank() {
        blankRows++;
    }

    public void rejected() {
        rowsRead++;
        rejected++;
    }

    public void excluded(String reason) {
        rowsRead++;
        excluded++;
        exclusions.merge(reason, 1L, Long::sum);
    }

    public void used() {
        rowsRead++;
        used++;
    }

    public void warning() {
        warnings++;
    }

    /**
     * How many rows the reader passed below the header, blank or not, as it counted them itself. A row
     * accounted twice (or not at all) then shows: rows read + blank rows must equal it.
     */
    public void rowsBelowHeader(long rows) {
        this.rowsBelowHeader = rows;
    }

    /** The reader's own count, or -1 when the file has not been read. */
    public long rowsBelowHeader() {
        return rowsBelowHeader;
    }

    public boolean balances() {
        return rowsRead == rejected + excluded + used
                && (rowsBelowHeader < 0 || rowsRead + blankRows == rowsBelowHeader);
    }

    public InputFile file() {
        return file;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long blankRows() {
        return blankRows;
    }

    public long rejectedRows() {
        return rejected;
    }

    public long excludedRows() {
        return excluded;
    }

    public long usedRows() {
        return used;
    }

    public long warnings() {
        return warnings;
    }

    public Map<String, Long> exclusions() {
        return exclusions;
    }
}
