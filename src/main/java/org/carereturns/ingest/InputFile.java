package org.carereturns.ingest;

import java.nio.file.Path;

/**
 * A file that passed the pre-flight: which extract it is, which sheet holds the data, the header
 * row, and for each schema column the physical column it sits in (-1 when absent).
 */
public record InputFile(Extract extract, Path path, String sheet, int headerRow, int[] columnIndex,
                        String sha256, long bytes, java.util.List<String> ignoredSheets) {

    public String name() {
        return Names.printable(path.getFileName().toString());
    }

    public boolean isCsv() {
        return name().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }
}
