package org.carereturns.returns;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * returns.csv: header {@code return,table,row,column,value}, one line per cell of every table of
 * every return produced, in a fixed order (returns, then tables, rows and columns as laid out).
 */
public final class ReturnsCsv {

    public static final String HEADER = "return,table,row,column,value";

    private ReturnsCsv() {
    }

    public static void write(Path file, List<Table> tables) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\r\n");
            for (Table t : tables) {
                for (int r = 0; r < t.rows().size(); r++) {
                    for (int c = 0; c < t.columns().size(); c++) {
                        w.write(String.join(",", q(t.returnName()), q(t.name()), q(t.rows().get(r)),
                                q(t.columns().get(c)), Table.text(t.cell(r, c))));
                        w.write("\r\n");
                    }
                }
            }
        }
    }

    private static String q(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
