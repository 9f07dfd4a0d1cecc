package org.carereturns.salt;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.carereturns.returns.Check;
import org.carereturns.returns.Table;

/** Everything SALT produced: its tables in return order, the Local KPIs, the checks, the monthly activity. */
public record SaltResult(List<Table> tables, Table kpis, List<Check> checks, Map<YearMonth, long[]> contactsByMonth,
                         Map<YearMonth, Long> reviewsByMonth) {

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no SALT table " + name));
    }
}
