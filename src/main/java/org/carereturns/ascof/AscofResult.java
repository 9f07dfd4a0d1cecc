package org.carereturns.ascof;

import java.util.List;
import java.util.Map;

import org.carereturns.returns.Table;

/** ASCOF: one table per measure, a note for each measure not computed, and the evidence lines. */
public record AscofResult(List<Table> tables, Map<String, String> notComputed, Map<String, List<Evidence>> evidence) {

    /** One person or episode in a measure's denominator, and the fact that decided whether it is in the numerator. */
    public record Evidence(String id, String personId, String group, boolean inNumerator, String decidedBy) {
    }

    public Table table(String code) {
        return tables.stream().filter(t -> t.name().equals(code)).findFirst().orElse(null);
    }
}
