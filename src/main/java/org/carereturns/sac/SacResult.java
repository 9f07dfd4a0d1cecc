package org.carereturns.sac;

import java.util.List;

import org.carereturns.returns.Check;
import org.carereturns.returns.Table;

/** The Safeguarding Adults Collection: its tables, Derived, the checks, and the recording rates. */
public record SacResult(List<Table> tables, List<Check> checks, List<Recording> recording) {

    /** How often a voluntary field is recorded, over the rows it applies to. */
    public record Recording(String field, String over, long recorded, long of) {
    }

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
