package org.carereturns.salt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carereturns.codes.Codes;
import org.carereturns.returns.Check;
import org.carereturns.returns.Table;

/**
 * The cross-table checks of statutory-background.md §4 that apply to what care-returns computes:
 * SALT-X01, X02, X03, X07 and X11. Each is Pass or Fail with the figures behind it.
 */
final class SaltChecks {

    private static final String T = SaltCalculator.TOTAL;

    private SaltChecks() {
    }

    static List<Check> run(SaltResult r, Map<String, SaltCalculator.Placement> a,
                                      Map<String, SaltCalculator.Placement> b, ServiceIndex services) {
        List<Check> checks = new ArrayList<>();
        checks.add(x01(r, a, b));
        checks.add(x02(r));
        checks.add(x03(r));
        checks.add(x07(r));
        checks.add(x11(services));
        return checks;
    }

    /**
     * LTS001b is of the clients in LTS001a. Cell by cell it need not hold (someone in residential care
     * during the year who is in community support at year end moves column), so the check is that
     * every LTS001b person is in LTS001a, and each table's total is no larger.
     */
    private static Check x01(SaltResult r, Map<String, SaltCalculator.Placement> a,
                                        Map<String, SaltCalculator.Placement> b) {
        long missing = b.keySet().stream().filter(p -> !a.containsKey(p)).count();
        StringBuilder figures = new StringBuilder("LTS001b people not in LTS001a: " + missing);
        boolean ok = missing == 0;
        for (String t : List.of("1a", "1b")) {
            long inA = r.table("LTS001a Table " + t).count(T, T);
            long inB = r.table("LTS001b Table " + t).count(T, T);
            ok &= inB <= inA;
            figures.append("; Table ").append(t).append(": LTS001b ").append(inB).append(inB <= inA ? " ≤ " : " > ")
                    .append("LTS001a ").append(inA);
        }
        return new Check("SALT-X01", "LTS001b is a subset of LTS001a", ok, figures.toString());
    }

    private static Check x02(SaltResult r) {
        List<String> breaches = new ArrayList<>();
        long c = 0;
        long bTotal = 0;
        for (String t : List.of("1a", "1b")) {
            Table tb = r.table("LTS001b Table " + t);
            Table tc = r.table("LTS001c Table " + t);
            c += tc.count(T, T);
            bTotal += tb.count(T, T);
            for (String row : tb.rows()) {
                for (String col : tb.columns()) {
                    if (tc.count(row, col) > tb.count(row, col)) {
                        breaches.add("Table " + t + " " + row + " / " + col + ": " + tc.count(row, col) + " > "
                                + tb.count(row, col));
                    }
                }
            }
        }
        String figures = "LTS001c " + c + ", LTS001b " + bTotal + "; cells where LTS001c > LTS001b: " + breaches.size()
                + (breaches.isEmpty() ? "" : " (" + String.join("; ", breaches.subList(0, Math.min(3, breaches.size())))
                + ")");
        return new Check("SALT-X02", "LTS001c ≤ LTS001b, cell by cell", breaches.isEmpty(), figures);
    }

    private static Check x03(SaltResult r) {
        Table b = r.table("LTS002b Table 1");
        List<String> breaches = new ArrayList<>();
        long totalA = 0;
        long totalB = 0;
        for (String sequel : Codes.REVIEW_SEQUELS) {
            long inA = 0;
            for (String t : List.of("1a", "1b", "2a", "2b", "3")) {
                inA += r.table("LTS002a Table " + t).count(sequel, T);
            }
            long inB = b.count(sequel, "Unplanned 18-64") + b.count(sequel, "Unplanned 65+");
            totalA += inA;
            totalB += inB;
            if (inB > inA) {
                breaches.add(sequel + ": " + inB + " > " + inA);
            }
        }
        return new Check("SALT-X03", "LTS002b unplanned reviews ≤ LTS002a unplanned reviews (per sequel)",
                breaches.isEmpty(), "unplanned reviews: LTS002b " + totalB + ", LTS002a " + totalA
                + (breaches.isEmpty() ? "" : "; " + String.join("; ", breaches)));
    }

    private static Check x07(SaltResult r) {
        List<String> figures = new ArrayList<>();
        boolean ok = true;
        for (Table t : r.tables()) {
            if (!t.rows().contains(SaltCalculator.TOTAL_CLIENTS)) {
                continue;
            }
            long reviews = t.count(SaltCalculator.TOTAL_REVIEWS, T);
            long clients = t.count(SaltCalculator.TOTAL_CLIENTS, T);
            boolean pass = clients <= reviews && (reviews == 0 || clients > 0);
            ok &= pass;
            figures.add(t.name().replace(" Table ", " ") + ": " + clients + " clients, " + reviews + " reviews"
                    + (pass ? "" : " FAIL"));
        }
        return new Check("SALT-X07", "Each review table: Total clients in table ≤ total reviews, and more "
                + "than 0 when there are reviews", ok, String.join("; ", figures));
    }

    private static Check x11(ServiceIndex services) {
        long dp = services.entries().stream().filter(services::isUsed)
                .filter(e -> Codes.LTS_PRISON.equals(e.service().serviceType())
                        && Codes.DIRECT_PAYMENT.equals(e.service().delivery())).count();
        return new Check("SALT-X11", "No Direct Payment in prison settings", dp == 0,
                "long-term support rows in prison with Direct Payment counted: " + dp);
    }
}
