package org.carereturns.ingest;

/** A physical row of a sheet or CSV: its number as Excel shows it (CSV: record number, header = 1). */
public record SheetRow(int number, Cell[] cells) {

    public Cell cell(int column) {
        return column < cells.length ? cells[column] : null;
    }
}
