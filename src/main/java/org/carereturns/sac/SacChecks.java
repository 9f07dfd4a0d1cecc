package org.carereturns.sac;

import java.util.ArrayList;
import java.util.List;

import org.carereturns.returns.Check;
import org.carereturns.returns.Table;

/** SAC-V01 to SAC-V07 of statutory-background.md §7.4, each Pass or Fail with its figures. */
final class SacChecks {

    private static final String T = SacCalculator.T;
    private static final String C = SacCalculator.CONCLUDED;

    private SacChecks() {
    }

    static List<Check> run(List<Table> tables, int concluded) {
        Table a = SacCalculator.find(tables, "SG1a");
        Table b = SacCalculator.find(tables, "SG1b");
        Table c = SacCalculator.find(tables, "SG1c");
        Table f = SacCalculator.find(tables, "SG1f");
        Table sg2c = SacCalculator.find(tables, "SG2c");
        Table sg2e = SacCalculator.find(tables, "SG2e");
        Table sg3a = SacCalculator.find(tables, "SG3a");
        Table sg4a = SacCalculator.find(tables, "SG4a");
        List<Check> checks = new ArrayList<>();

        boolean v01 = true;
        List<String> f01 = new ArrayList<>();
        for (String col : SacCalculator.SG1_COLUMNS) {
            long x = a.count(T, col);
            long y = b.count(T, col);
            long z = c.count(T, col);
            v01 &= x == y && y == z;
            f01.add(col + ": " + x + " / " + y + " / " + z);
        }
        checks.add(new Check("SAC-V01", "SG1a, SG1b and SG1c totals agree (the same individuals, three breakdowns)",
                v01, String.join("; ", f01)));

        long[] cases = {f.count("Total Number of Safeguarding Concerns", "Cases"),
                f.count("Total Number of Section 42 Safeguarding Enquiries", "Cases"),
                f.count("Total Number of Other Safeguarding Enquiries", "Cases")};
        boolean v02 = true;
        List<String> f02 = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String col = SacCalculator.SG1_COLUMNS.get(i);
            long individuals = a.count(T, col);
            v02 &= individuals <= cases[i];
            f02.add(col + ": " + individuals + " individuals, " + cases[i] + " cases");
        }
        checks.add(new Check("SAC-V02", "Individuals (SG1a) ≤ cases (SG1f)", v02, String.join("; ", f02)));

        long enquiries = cases[1] + cases[2];
        checks.add(new Check("SAC-V03", "Section 42 + Other enquiries started ≤ concerns (conversion ≤ 100%)",
                enquiries <= cases[0], enquiries + " enquiries, " + cases[0] + " concerns"));

        long sg3 = sg3a.count(T, C);
        long sg2 = sg2c.count(T, C);
        checks.add(new Check("SAC-V04", "SG3a total = SG2c total = concluded Section 42 enquiries",
                sg3 == sg2 && sg2 == concluded, "SG3a " + sg3 + ", SG2c " + sg2 + ", concluded " + concluded));

        long results = sg2e.count(T, C);
        long identified = sg2c.count("Risk identified and action taken", C);
        checks.add(new Check("SAC-V05", "SG2e total = SG2c 'Risk identified and action taken'", results == identified,
                "SG2e " + results + ", SG2c risk identified and action taken " + identified));

        long achieved = sg4a.count("Fully achieved", C) + sg4a.count("Partially achieved", C)
                + sg4a.count("Not achieved", C);
        long expressed = sg4a.count("Yes, they were asked and outcomes were expressed", C);
        checks.add(new Check("SAC-V06", "SG4a fully + partially + not achieved ≤ outcomes expressed",
                achieved <= expressed, achieved + " with an achievement recorded, " + expressed + " expressed"));

        long advocate = sg3a.count(SacCalculator.ADVOCATE, C);
        long lacked = sg3a.count("Yes, they lacked capacity", C);
        checks.add(new Check("SAC-V07", "SG3a advocate ≤ 'Yes, they lacked capacity'", advocate <= lacked,
                advocate + " with an advocate, " + lacked + " lacked capacity"));
        return checks;
    }
}
