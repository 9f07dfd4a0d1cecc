package org.carereturns.ingest;

import java.io.IOException;

/**
 * A file that turned out to be damaged after its header was found: where reading stopped and why.
 * The run is refused (exit 3) naming the file, sheet and row; with --allow-partial it goes on
 * without the file.
 */
public class DamagedInputException extends IOException {

    private final String file;
    private final String sheet;
    private final int row;
    private final String reason;

    public DamagedInputException(String file, String sheet, int row, String reason, Throwable cause) {
        super(Names.printable(file) + (sheet == null || sheet.isEmpty() ? "" : ", sheet '" + Names.printable(sheet)
                + "'") + ", row " + row + ": " + reason, cause);
        this.file = Names.printable(file);
        this.sheet = sheet;
        this.row = row;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String sheet() {
        return sheet;
    }

    public int row() {
        return row;
    }

    public String reason() {
        return reason;
    }

    /** For a file that arrives without a name yet (the row sources do not know theirs). */
    public DamagedInputException in(String fileName, String sheetName) {
        return new DamagedInputException(fileName, sheetName, row, reason, getCause());
    }
}
