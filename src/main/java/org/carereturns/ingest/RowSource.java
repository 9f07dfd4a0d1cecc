package org.carereturns.ingest;

import java.io.Closeable;

/** A forward-only stream of physical rows from one sheet or CSV file. */
public interface RowSource extends Closeable {

    /** The next row, or null at the end. */
    SheetRow next() throws java.io.IOException;

    /** Progress between 0 and 1 where the size is known, else -1. */
    double progress();

    /** True when serial numbers count from 1904 (Mac Excel's date system). */
    default boolean date1904() {
        return false;
    }

    @Override
    void close() throws java.io.IOException;
}
