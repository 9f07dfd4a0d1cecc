package org.carereturns.careleavers;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.workbook.AboutSheet;
import org.carereturns.workbook.SheetStyles;
import org.carereturns.returns.Table;
import org.carereturns.validation.CareLeaverRules;
import org.carereturns.validation.Rule;
import org.carereturns.validation.Ssda903Rules;

/**
 * CareLeavers.xlsx: the four tables as DfE publishes them, counts and percentages side by side for
 * each age column; a Rules sheet with how many rows each DfE rule rejected; About.
 */
public final class CareLeaverWorkbook {

    private CareLeaverWorkbook() {
    }

    public static void write(CareLeaverReturn.Figures figures, Map<String, long[]> perRule, AboutSheet.Run run,
                             Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(wb);
            for (Table t : figures.tables()) {
                if (t.name().equals("Cohort")) {
                    SheetStyles.Table sheet = styles.table(wb.createSheet(t.name()), "Cohort", "Meaning", "Value");
                    for (int r = 0; r < t.rows().size(); r++) {
                        sheet.row(t.rows().get(r), CareLeaverLabels.meaning(t.name(), t.rows().get(r)), t.cell(r, 0));
                    }
                    sheet.finish();
                    continue;
                }
                boolean rates = t.name().equals("Indicators");
                List<String> headers = new ArrayList<>(List.of(t.name(), "Meaning"));
                for (String age : t.columns()) {
                    if (rates) {
                        headers.add(age);
                    } else {
                        headers.add(age + " (number)");
                        headers.add(age + " (%)");
                    }
                }
                SheetStyles.Table sheet = styles.table(wb.createSheet(t.name()), headers.toArray(String[]::new));
                for (int r = 0; r < t.rows().size(); r++) {
                    List<Object> values = new ArrayList<>(List.of(t.rows().get(r),
                            CareLeaverLabels.meaning(t.name(), t.rows().get(r))));
                    for (int c = 0; c < t.columns().size(); c++) {
                        BigDecimal v = t.cell(r, c);
                        if (rates) {
                            values.add(v == null ? null : v.movePointLeft(2));
                        } else {
                            values.add(v);
                            BigDecimal total = cohortTotal(t, c);
                            values.add(total == null || total.signum() == 0 ? null
                                    : Table.percentage(v.longValue(), total.longValue()).movePointLeft(2));
                        }
                    }
                    var row = sheet.row(values.toArray());
                    for (int c = 2; c < values.size(); c++) {
                        if ((rates || c % 2 == 1) && row.getCell(c) != null) {
                            row.getCell(c).setCellStyle(styles.percent());
                        }
                    }
                }
                sheet.finish();
            }
            if (figures.eligibility() != null) {
                eligibility(wb, styles, figures.eligibility().lines());
            }
            SheetStyles.Table rules = styles.table(wb.createSheet("Rules"), "DfE rule", "Rows rejected", "Rule");
            List<Rule> all = new ArrayList<>(DFE_RULES);
            all.addAll(Ssda903Rules.rules());
            for (Rule rule : all) {
                long[] n = perRule.get(rule.id());
                rules.row(rule.id(), n == null ? 0 : n[0], rule.description());
            }
            rules.finish();
            AboutSheet.write(wb, styles, "CareLeavers", run, Map.of("Eligibility", figures.eligibilityChecked()));
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    /** One line per young person in OC3 or found by CL-01, with the facts that decided them. */
    private static void eligibility(XSSFWorkbook wb, SheetStyles styles, List<Eligibility.Line> lines) {
        SheetStyles.Table sheet = styles.table(wb.createSheet("Eligibility"), "Child ID", "Age in year",
                "Days looked after since 14th birthday", "Days looked after since 16th birthday",
                "Looked after on birthday", "Latest REC", "In the cohort", "Decided by");
        List<Eligibility.Line> sorted = new ArrayList<>(lines);
        sorted.sort(java.util.Comparator.comparing(Eligibility.Line::childId));
        for (Eligibility.Line l : sorted) {
            sheet.row(l.childId(), l.ageInYear(), l.daysSince14(), l.daysAfter16(),
                    l.lookedAfterOnBirthday() == null ? null : l.lookedAfterOnBirthday() ? "Yes" : "No",
                    l.latestReasonCeased(), l.inCohort() ? "Yes" : "No", l.decidedBy());
        }
        sheet.finish();
    }

    static final List<Rule> DFE_RULES = List.of(CareLeaverRules.R131, CareLeaverRules.R132, CareLeaverRules.R133,
            CareLeaverRules.R153, CareLeaverRules.R344, CareLeaverRules.R345, CareLeaverRules.R347,
            CareLeaverRules.R391, CareLeaverRules.R3001, CareLeaverRules.INT34);

    /** The cohort of a column: the table's Total row. */
    private static BigDecimal cohortTotal(Table t, int column) {
        return t.get("Total", t.columns().get(column));
    }
}
