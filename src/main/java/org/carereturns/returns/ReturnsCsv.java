package org.carereturns.returns;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.carereturns.ingest.CsvReading;
import org.carereturns.ingest.SheetRow;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * returns.csv: header {@code return,table,row,column,value}, one line per cell of every table of
 * every return produced, in a fixed order (returns, then tables, rows and columns as laid out);
 * read back for the benchmarks (an earlier year's figures).
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
                        w.write(cell(new CellKey(t.returnName(), t.name(), t.rows().get(r), t.columns().get(c)))
                                + "," + Table.text(t.cell(r, c)));
                        w.write("\r\n");
                    }
                }
            }
        }
    }

    /** Each cell of a returns.csv written by {@link #write}, in its order; null for an empty cell. */
    public static Map<CellKey, BigDecimal> read(Path file) throws IOException {
        Map<CellKey, BigDecimal> out = new LinkedHashMap<>();
        try (var rows = CsvReading.open(file)) {
            rows.next();
            for (SheetRow r = rows.next(); r != null; r = rows.next()) {
                String[] f = new String[5];
                for (int i = 0; i < 5; i++) {
                    f[i] = r.cell(i) == null ? "" : r.cell(i).text();
                }
                BigDecimal value;
                try {
                    value = f[4].isBlank() ? null : new BigDecimal(f[4].trim());
                } catch (NumberFormatException e) {
                    value = null;
                }
                out.put(new CellKey(f[0], f[1], f[2], f[3]), value);
            }
        }
        return out;
    }

    /** The four fields that name a cell, as a line of returns.csv (and of the benchmarks' CSVs) begins. */
    public static String cell(CellKey c) {
        return String.join(",", q(c.ret()), q(c.table()), q(c.row()), q(c.column()));
    }

    /** A field quoted as CSV needs it (a comma or a quote in it). */
    public static String q(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
