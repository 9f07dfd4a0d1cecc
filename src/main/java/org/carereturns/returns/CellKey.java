package org.carereturns.returns;

/** A cell as returns.csv names it: return, table, row and column. */
public record CellKey(String ret, String table, String row, String column) {

    @Override
    public String toString() {
        return ret + " " + table + " " + row + " / " + column;
    }
}
