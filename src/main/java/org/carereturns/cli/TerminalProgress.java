package org.carereturns.cli;

import java.io.PrintStream;

import org.carereturns.ingest.ExtractReader;
import org.carereturns.ingest.InputFile;

/** Shows rows read per file on the terminal; says nothing when output goes to a file or a scheduler. */
final class TerminalProgress implements ExtractReader.Progress {

    private final PrintStream out;
    private final boolean terminal;

    TerminalProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    static TerminalProgress forThisProcess() {
        return new TerminalProgress(System.err, System.console() != null);
    }

    @Override
    public void update(InputFile file, long rows, double fraction) {
        if (terminal) {
            out.printf("\r  reading %s: %,d rows%s   ", file.name(), rows,
                    fraction >= 0 ? String.format(" (%.0f%%)", fraction * 100) : "");
            out.flush();
        }
    }

    @Override
    public void done(InputFile file, long rows) {
        if (terminal) {
            out.printf("\r  read %s: %,d rows%s%n", file.name(), rows, " ".repeat(12));
        }
    }
}
