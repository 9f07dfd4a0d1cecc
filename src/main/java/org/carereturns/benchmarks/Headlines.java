package org.carereturns.benchmarks;

import org.carereturns.returns.CellKey;
import java.util.List;
import java.util.Set;

/**
 * The headline cells of each return: the figures a council's documents quote and set beside last
 * year's and England's. SALT's totals, every Local KPI, every ASCOF outcome by age, SAC's derived
 * figures and the care-leaver indicators by age group.
 */
final class Headlines {

    private static final Set<String> SALT = Set.of("STS001 Table 1a", "STS001 Table 1b", "STS002a Table 1",
            "STS002b Table 1", "LTS001a Table 1a", "LTS001a Table 1b", "LTS001b Table 1a", "LTS001b Table 1b",
            "LTS001c Table 1a", "LTS001c Table 1b");
    private static final List<String> AGES = List.of("18-64", "65+", "Total");
    private static final List<String> CARE_LEAVER_COLUMNS = List.of("17 to 18", "19 to 21", "Total");

    private Headlines() {
    }

    static boolean isHeadline(CellKey c) {
        return switch (c.ret()) {
            case "SALT" -> SALT.contains(c.table()) && c.row().equals("Total") && c.column().equals("Total");
            case "KPI" -> c.table().equals("Local KPIs") && c.column().equals("Value");
            case "ASCOF" -> c.column().equals("Outcome") && AGES.contains(c.row());
            case "SAC" -> c.table().equals("Derived") && c.column().equals("Value");
            case "CareLeavers" -> c.table().equals("Indicators") && CARE_LEAVER_COLUMNS.contains(c.column());
            default -> false;
        };
    }

    /**
     * The few headlines each return's trend chart draws: figures of one kind, so that they share an axis,
     * and few enough to tell apart (requests and people in long-term support; the percentage measures).
     */
    static boolean charted(CellKey c) {
        return switch (c.ret()) {
            case "SALT" -> CHARTED_SALT.contains(c.table()) && isHeadline(c);
            case "KPI" -> c.row().endsWith("(%)") && isHeadline(c);
            case "ASCOF" -> CHARTED_ASCOF.contains(c.table()) && c.row().equals("Total") && isHeadline(c);
            case "SAC" -> CHARTED_SAC.contains(c.row()) && isHeadline(c);
            case "CareLeavers" -> c.column().equals("Total") && isHeadline(c);
            default -> false;
        };
    }

    private static final Set<String> CHARTED_SALT = Set.of("STS001 Table 1a", "STS001 Table 1b", "LTS001b Table 1a",
            "LTS001b Table 1b");
    private static final Set<String> CHARTED_ASCOF = Set.of("2A", "2E", "3D1", "1E");
    private static final Set<String> CHARTED_SAC = Set.of("Conversion Rate (%)", "Proportion Section 42 (%)",
            "MSP recorded (%)", "Risk removed or reduced (%)");

    /** A readable name, e.g. "ASCOF 2A Total", "SALT STS001 Table 1a Total", "KPI Long-term clients reviewed". */
    static String measure(CellKey c) {
        boolean plain = c.column().equals("Outcome") || c.column().equals("Value") || c.column().equals(c.row());
        return c.ret() + " " + (c.ret().equals("KPI") || c.ret().equals("SAC") || c.ret().equals("CareLeavers")
                ? "" : c.table() + " ") + c.row() + (plain ? "" : " " + c.column());
    }
}
