package org.carereturns.benchmarks;

import org.carereturns.returns.CellKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carereturns.Period;
import org.carereturns.ingest.CsvReading;
import org.carereturns.ingest.InputRefusedException;
import org.carereturns.ingest.SheetRow;

/**
 * jobs/comparators.csv: published figures to set beside the council's own (England's, a region's, a
 * comparator council's), one per line, edited by the performance team as publications appear. Read
 * and checked before a run computes anything: a malformed line refuses the run, naming its number.
 */
public final class Comparators {

    public static final String HEADER = "return,table,row,column,period,area,value,source";

    /** One published figure for a cell: the year it describes, whose it is, and where it was published. */
    public record Comparator(CellKey cell, Period period, String area, BigDecimal value, String source) {
    }

    private final List<Comparator> all;
    private final String source;

    private Comparators(List<Comparator> all, String source) {
        this.all = List.copyOf(all);
        this.source = source;
    }

    public static Comparators none() {
        return new Comparators(List.of(), null);
    }

    public List<Comparator> all() {
        return all;
    }

    /** Where the file was found, for run.log and the About sheet; null when there was none. */
    public String source() {
        return source;
    }

    /** The latest figure for the cell describing a period up to {@code period}; for one period, the first line's. */
    public Comparator latest(CellKey cell, Period period) {
        Comparator best = null;
        for (Comparator c : all) {
            if (c.cell().equals(cell) && c.period().startYear() <= period.startYear()
                    && (best == null || c.period().startYear() > best.period().startYear())) {
                best = c;
            }
        }
        return best;
    }

    public static Comparators load(Path file, String source) throws InputRefusedException {
        String where = file.toString();
        List<Comparator> out = new ArrayList<>();
        try (var rows = CsvReading.open(file)) {
            SheetRow header = rows.next();
            List<String> names = new ArrayList<>();
            for (int i = 0; header != null && i < header.cells().length; i++) {
                names.add(header.cell(i) == null ? "" : header.cell(i).text().trim());
            }
            if (!String.join(",", names).equals(HEADER)) {
                throw new InputRefusedException(where, "line 1 must be the header " + HEADER + " (found '"
                        + String.join(",", names) + "')");
            }
            int line = 1;
            for (SheetRow r = rows.next(); r != null; r = rows.next()) {
                line = r.number();
                List<String> f = new ArrayList<>();
                for (int i = 0; i < r.cells().length; i++) {
                    f.add(r.cell(i) == null ? "" : r.cell(i).text().trim());
                }
                if (f.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                out.add(comparator(where, line, f));
            }
        } catch (IOException e) {
            throw new InputRefusedException(where, "the comparators file cannot be read (" + e.getMessage() + ")");
        }
        return new Comparators(out, source);
    }

    private static Comparator comparator(String where, int line, List<String> f) throws InputRefusedException {
        if (f.size() != 8) {
            throw new InputRefusedException(where, "line " + line + " has " + f.size() + " fields; expected 8 ("
                    + HEADER + "; quote a field that holds a comma)");
        }
        for (int i = 0; i < 6; i++) {
            if (f.get(i).isEmpty()) {
                throw new InputRefusedException(where, "line " + line + ": " + HEADER.split(",")[i] + " is blank");
            }
        }
        Period period;
        try {
            period = Period.parse(f.get(4));
        } catch (RuntimeException e) {
            throw new InputRefusedException(where, "line " + line + ": period '" + f.get(4)
                    + "' is not a collection year such as 2023-24");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(f.get(6));
        } catch (NumberFormatException e) {
            throw new InputRefusedException(where, "line " + line + ": value '" + f.get(6)
                    + "' is not a number (write 77.6, not 77.6%)");
        }
        return new Comparator(new CellKey(f.get(0), f.get(1), f.get(2), f.get(3)), period, f.get(5), value, f.get(7));
    }
}
