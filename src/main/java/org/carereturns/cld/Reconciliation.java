package org.carereturns.cld;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.ascof.AscofResult;
import org.carereturns.ascof.AscofResult.Evidence;
import org.carereturns.returns.Table;

/**
 * Every measure both ways, when the raw extracts were in the same run: the figure from the council's
 * own extracts (the ASCOF and SALT returns), the figure from CLD by DHSC's and NHS England's methods,
 * and the difference; and for ASCOF 2A and 2E, the people counted by one method and not the other, or
 * put on a different side of the numerator, with the reason.
 */
final class Reconciliation {

    static final String RAW = "Raw extracts";
    static final String CLD = "CLD";
    static final String DIFFERENCE = "Difference";

    /** One person the two methods treat differently. */
    record Difference(String measure, String personId, String countedBy, String raw, String cld, String reason) {
    }

    /** A measure's cell: the raw return's table and row, and the CLD table and row it is compared with. */
    private record Pair(String label, String rawTable, String rawRow, String cldTable, String cldRow, String column) {
    }

    private final Table table;
    private final List<Difference> differences = new ArrayList<>();

    Reconciliation(List<Table> rawAscof, List<Table> rawSalt, AscofResult rawEvidence, List<Table> cld,
                   Map<String, List<Evidence>> cldEvidence, DhscAscof dhsc) {
        List<Pair> pairs = new ArrayList<>();
        for (String m : List.of("2A", "2B", "2C", "2E", "2E Learning Disability", "3D1", "3D2", "3D1 Carers", "3D2 Carers")) {
            Table c = find(cld, m);
            if (c == null) {
                continue;
            }
            for (String group : c.rows()) {
                String rawTable = m.equals("2E Learning Disability") ? "2E" : m;
                String rawRow = m.equals("2E Learning Disability") ? "18-64 Learning Disability" : group;
                for (String column : DhscAscof.COLUMNS) {
                    pairs.add(new Pair(m + " " + group + " " + column, rawTable, rawRow, m, group, column));
                }
            }
        }
        for (String t : List.of("STS001 Table 1a", "STS001 Table 1b", "STS002a Table 1", "STS002b Table 1",
                "LTS001a Table 1a", "LTS001a Table 1b", "LTS001b Table 1a", "LTS001b Table 1b", "LTS001c Table 1a",
                "LTS001c Table 1b")) {
            pairs.add(new Pair(t + " Total", t, "Total", t, "Total", "Total"));
        }
        List<String> rows = pairs.stream().map(Pair::label).toList();
        table = new Table("CLD", "Reconciliation", rows, List.of(RAW, CLD, DIFFERENCE));
        Map<String, Table> raw = new LinkedHashMap<>();
        rawAscof.forEach(t -> raw.put(t.name(), t));
        rawSalt.forEach(t -> raw.put(t.name(), t));
        for (Pair p : pairs) {
            BigDecimal r = cell(raw.get(p.rawTable), p.rawRow, p.column);
            BigDecimal c = cell(find(cld, p.cldTable), p.cldRow, p.column);
            BigDecimal difference = r == null || c == null ? null : c.subtract(r);
            if (p.column.equals("Outcome")) { // a percentage or rate, to one decimal place; counts stay whole
                table.setDecimal(p.label, RAW, r);
                table.setDecimal(p.label, CLD, c);
                table.setDecimal(p.label, DIFFERENCE, difference);
            } else {
                setCount(p.label, RAW, r);
                setCount(p.label, CLD, c);
                setCount(p.label, DIFFERENCE, difference);
            }
        }
        if (rawEvidence != null) {
            people("2A", rawEvidence.evidence().get("2A"), cldEvidence.get("2A"), dhsc);
            people("2E", rawEvidence.evidence().get("2E"), cldEvidence.get("2E"), dhsc);
        }
    }

    private void setCount(String row, String column, BigDecimal v) {
        if (v == null) {
            table.setEmpty(row, column);
        } else {
            table.set(row, column, v.longValueExact());
        }
    }

    private static Table find(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    private static BigDecimal cell(Table t, String row, String column) {
        if (t == null || !t.rows().contains(row) || !t.columns().contains(column)) {
            return null;
        }
        return t.get(row, column);
    }

    /** The people in one method's denominator but not the other's, or on the other side of the numerator. */
    private void people(String measure, List<Evidence> raw, List<Evidence> cld, DhscAscof dhsc) {
        Map<String, List<Evidence>> byRaw = byPerson(raw);
        Map<String, List<Evidence>> byCld = byPerson(cld);
        for (var e : byRaw.entrySet()) {
            List<Evidence> other = byCld.get(e.getKey());
            if (other == null) {
                String why = dhsc.whyNot(measure, e.getKey());
                differences.add(new Difference(measure, e.getKey(), "Raw extracts only", describe(e.getValue()), "",
                        why != null ? "CLD: " + why : "CLD holds no " + (measure.equals("2A")
                                ? "ST-Max cluster of theirs in DHSC's 2A cohort"
                                : "long-term support of theirs in the year") + " (not in the CLD files, or excluded "
                                + "there; see the CLD rows in Rejected.xlsx)"));
            } else if (numerator(e.getValue()) != numerator(other)) {
                differences.add(new Difference(measure, e.getKey(), "Both, numerator differs", describe(e.getValue()),
                        describe(other), measure.equals("2A")
                                ? "the sequel differs: the extracts take the ST-Max Outcome recorded; DHSC derives it "
                                + "from the events within 7 days of the cluster's end"
                                : "the accommodation differs: the extracts take the latest-starting long-term "
                                + "service's status; DHSC takes the person's status at the period end, inferred from "
                                + "services when unknown"));
            }
        }
        for (var e : byCld.entrySet()) {
            if (!byRaw.containsKey(e.getKey())) {
                differences.add(new Difference(measure, e.getKey(), "CLD only", "", describe(e.getValue()),
                        measure.equals("2A")
                                ? "the extracts' 2A counts new clients' ST-Max rows ending in the year with an "
                                + "outcome in its denominator (SALT's rules); this person has none there"
                                : "the extracts' 2E counts LTS001a people (alive at the start of the year, with "
                                + "long-term support in it); this person is not among them"));
            }
        }
    }

    private static Map<String, List<Evidence>> byPerson(List<Evidence> lines) {
        Map<String, List<Evidence>> out = new LinkedHashMap<>();
        if (lines != null) {
            for (Evidence e : lines) {
                out.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }

    private static long numerator(List<Evidence> lines) {
        return lines.stream().filter(Evidence::inNumerator).count();
    }

    private static String describe(List<Evidence> lines) {
        return String.join("; ", lines.stream().map(e -> e.group() + ", " + (e.inNumerator() ? "in" : "not in")
                + " numerator: " + e.decidedBy()).toList());
    }

    Table table() {
        return table;
    }

    List<Difference> differences() {
        return differences;
    }
}
