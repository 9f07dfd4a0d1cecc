package org.carereturns.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.carereturns.workbook.Kind;

/**
 * One table of a return: exact row and column labels, and a value in every cell. Counts are whole
 * numbers; rates are rounded half-up to one decimal place; a rate whose denominator is 0 is empty.
 * Totals are always computed from the cells, never read.
 */
public final class Table {

    private final String returnName;
    private final String name;
    private final List<String> rows;
    private final List<String> columns;
    private final BigDecimal[][] cells;
    private final Kind[][] kinds;

    public Table(String returnName, String name, List<String> rows, List<String> columns) {
        this.returnName = returnName;
        this.name = name;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.cells = new BigDecimal[rows.size()][columns.size()];
        this.kinds = new Kind[rows.size()][columns.size()];
        for (BigDecimal[] row : cells) {
            java.util.Arrays.fill(row, BigDecimal.ZERO);
        }
        for (Kind[] row : kinds) {
            java.util.Arrays.fill(row, Kind.COUNT);
        }
    }

    public String returnName() {
        return returnName;
    }

    public String name() {
        return name;
    }

    public List<String> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    private int row(String label) {
        int i = rows.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException(name + " has no row '" + label + "'");
        }
        return i;
    }

    private int column(String label) {
        int i = columns.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException(name + " has no column '" + label + "'");
        }
        return i;
    }

    public void add(String row, String column, long n) {
        int r = row(row);
        int c = column(column);
        cells[r][c] = cells[r][c].add(BigDecimal.valueOf(n));
    }

    public void increment(String row, String column) {
        add(row, column, 1);
    }

    public void set(String row, String column, long n) {
        cells[row(row)][column(column)] = BigDecimal.valueOf(n);
    }

    /** A rate with one decimal place (per 100,000, or a difference of rates), or empty when null. */
    public void setDecimal(String row, String column, BigDecimal value) {
        cells[row(row)][column(column)] = value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
        kinds[row(row)][column(column)] = Kind.RATE;
    }

    /** A number of days held with one decimal place (a median), shown in a workbook as whole days. */
    public void setDays(String row, String column, BigDecimal value) {
        setDecimal(row, column, value);
        kinds[row(row)][column(column)] = Kind.DAYS;
    }

    /** numerator / denominator as a percentage to one decimal place, rounded half-up; empty when 0. */
    public void setPercent(String row, String column, long numerator, long denominator) {
        int r = row(row);
        int c = column(column);
        cells[r][c] = percentage(numerator, denominator);
        kinds[r][c] = Kind.PERCENT;
    }

    public static BigDecimal percentage(long numerator, long denominator) {
        return denominator == 0 ? null : BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    public void setEmpty(String row, String column) {
        cells[row(row)][column(column)] = null;
    }

    /** The cell's value; null when empty. */
    public BigDecimal get(String row, String column) {
        return cells[row(row)][column(column)];
    }

    public long count(String row, String column) {
        BigDecimal v = get(row, column);
        return v == null ? 0 : v.longValueExact();
    }

    public boolean isPercent(int row, int column) {
        return kinds[row][column] == Kind.PERCENT;
    }

    /** What the cell's number is, for a workbook to show it as such. */
    public Kind kind(int row, int column) {
        return kinds[row][column];
    }

    public BigDecimal cell(int row, int column) {
        return cells[row][column];
    }

    /** Sets a cell to the sum of the given rows in that column (a total that some rows stand outside of). */
    public void setSum(String row, String column, List<String> ofRows) {
        long sum = 0;
        for (String r : ofRows) {
            sum += count(r, column);
        }
        set(row, column, sum);
    }

    /** Fills a "Total" row and/or column with the sums of the other cells. */
    public Table withTotals(String totalRow, String totalColumn) {
        int tr = totalRow == null ? -1 : row(totalRow);
        int tc = totalColumn == null ? -1 : column(totalColumn);
        for (int r = 0; r < rows.size(); r++) {
            if (tc >= 0 && r != tr) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int c = 0; c < columns.size(); c++) {
                    if (c != tc) {
                        sum = sum.add(cells[r][c]);
                    }
                }
                cells[r][tc] = sum;
            }
        }
        if (tr >= 0) {
            for (int c = 0; c < columns.size(); c++) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int r = 0; r < rows.size(); r++) {
                    if (r != tr) {
                        sum = sum.add(cells[r][c]);
                    }
                }
                cells[tr][c] = sum;
            }
        }
        return this;
    }

    /** The text of a cell in returns.csv: "12", "55.5", or "" when empty. */
    public static String text(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    public static List<String> labels(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
