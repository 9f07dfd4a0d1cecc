package org.carereturns.benchmarks;

import org.carereturns.returns.CellKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.carereturns.Period;
import org.carereturns.council.Tolerances;
import org.carereturns.returns.ReturnsCsv;
import org.carereturns.returns.Table;
import org.carereturns.workbook.Kind;

/**
 * This year's figures beside last year's and the published comparators: the headline cells with
 * their trend over the earlier years found in the output folder, and every cell that moved beyond
 * the council's tolerances since last year, each a query to explain before sign-off.
 */
public final class Benchmarks {

    /** How many earlier years' returns.csv are looked for. */
    public static final int YEARS_BACK = 4;

    /**
     * A headline cell this year, beside last year's value and the latest comparator (nulls where none);
     * {@code kind} says what its figure is, for a workbook to show it as such.
     */
    public record Headline(CellKey cell, String measure, Kind kind, BigDecimal thisYear, BigDecimal lastYear,
                           Comparators.Comparator comparator) {

        public BigDecimal change() {
            return thisYear == null || lastYear == null ? null : thisYear.subtract(lastYear);
        }

        public BigDecimal difference() {
            return thisYear == null || comparator == null ? null : thisYear.subtract(comparator.value());
        }
    }

    /** One headline cell's value in one period. */
    public record Trend(CellKey cell, Period period, BigDecimal value) {
    }

    /** A cell that moved beyond tolerance since last year. */
    public record Query(CellKey cell, Kind kind, BigDecimal lastYear, BigDecimal thisYear, boolean rate) {

        public BigDecimal change() {
            return thisYear.subtract(lastYear);
        }
    }

    private final Period period;
    private final List<Headline> headlines = new ArrayList<>();
    private final List<Trend> trends = new ArrayList<>();
    private final List<Query> queries = new ArrayList<>();
    private final List<Period> earlierFound;

    private Benchmarks(Period period, List<Period> earlierFound) {
        this.period = period;
        this.earlierFound = earlierFound;
    }

    public Period period() {
        return period;
    }

    public List<Headline> headlines() {
        return headlines;
    }

    public List<Trend> trends() {
        return trends;
    }

    public List<Query> queries() {
        return queries;
    }

    /** The earlier periods whose returns.csv was found, oldest first. */
    public List<Period> earlierFound() {
        return earlierFound;
    }

    /**
     * {@code tables}: this year's, of every return produced; {@code earlier}: the cells of each earlier
     * period's returns.csv found.
     */
    public static Benchmarks compute(Period period, List<Table> tables, Map<Period, Map<CellKey, BigDecimal>> earlier,
                                     Comparators comparators, Tolerances tolerances) {
        TreeMap<Integer, Period> byYear = new TreeMap<>();
        earlier.keySet().forEach(p -> byYear.put(p.startYear(), p));
        Benchmarks b = new Benchmarks(period, List.copyOf(byYear.values()));
        Map<CellKey, BigDecimal> lastYear = earlier.getOrDefault(period.previous(), Map.of());
        for (Table t : tables) {
            for (int r = 0; r < t.rows().size(); r++) {
                for (int c = 0; c < t.columns().size(); c++) {
                    CellKey cell = new CellKey(t.returnName(), t.name(), t.rows().get(r), t.columns().get(c));
                    BigDecimal now = t.cell(r, c);
                    BigDecimal last = lastYear.get(cell);
                    if (Headlines.isHeadline(cell)) {
                        b.headlines.add(new Headline(cell, Headlines.measure(cell), t.kind(r, c), now, last,
                                comparators.latest(cell, period)));
                        for (Period p : byYear.values()) {
                            BigDecimal then = earlier.get(p).get(cell);
                            if (then != null) {
                                b.trends.add(new Trend(cell, p, then));
                            }
                        }
                        if (now != null) {
                            b.trends.add(new Trend(cell, period, now));
                        }
                    }
                    if (now != null && last != null) {
                        boolean rate = t.isPercent(r, c) || now.scale() > 0 || last.scale() > 0;
                        if (rate ? tolerances.rateMoved(last, now) : tolerances.countMoved(last, now)) {
                            b.queries.add(new Query(cell, t.kind(r, c), last, now, rate));
                        }
                    }
                }
            }
        }
        return b;
    }

    /** The cells of the year-end returns.csv of each of the {@value #YEARS_BACK} periods before, where found. */
    public static Map<Period, Map<CellKey, BigDecimal>> earlierYears(Path output, Period period) throws IOException {
        Map<Period, Map<CellKey, BigDecimal>> out = new LinkedHashMap<>();
        Period p = period;
        for (int i = 0; i < YEARS_BACK; i++) {
            p = p.previous();
            Path file = output.resolve(p.toString()).resolve("returns.csv");
            if (Files.isRegularFile(file)) {
                out.put(p, ReturnsCsv.read(file));
            }
        }
        return out;
    }

    /** The returns whose headlines a chart draws, in the order of the headlines. */
    public Set<String> returnsWithHeadlines() {
        Set<String> out = new java.util.LinkedHashSet<>();
        headlines.forEach(h -> out.add(h.cell().ret()));
        return out;
    }
}
