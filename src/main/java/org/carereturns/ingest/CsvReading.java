package org.carereturns.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a CSV file as a stream of rows, for the project's own CSV files as well as extracts. */
public final class CsvReading {

    private CsvReading() {
    }

    public static RowSource open(Path file) throws IOException {
        return new CsvRowSource(file);
    }
}
