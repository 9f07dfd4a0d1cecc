package org.carereturns.ingest;

/**
 * A non-blank data row as read, before validation: where it came from and its cells in schema
 * column order (null where the column is absent or the cell empty).
 */
public record RawRecord(InputFile file, int row, Cell[] cells, boolean date1904) {

    public Extract extract() {
        return file.extract();
    }
}
