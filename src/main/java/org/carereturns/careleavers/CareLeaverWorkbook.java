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
import org.carereturns.returns.Table;
import org.carereturns.workbook.AboutSheet;
import org.carereturns.workbook.Kind;
import org.carereturns.workbook.SheetTable;
import org.carereturns.workbook.Sheets;
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

    private static final String DEFINED_IN = "Definitions: docs/returns.md, Care leavers; the DfE's SSDA903 "
            + "guidance for the OC3 items.";

    public static void write(CareLeaverReturn.Figures figures, Map<String, long[]> perRule, AboutSheet.Run run,
                             Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheets sheets = new Sheets(wb, run.titles("CareLeavers"));
            for (Table t : figures.tables()) {
                if (t.name().equals("Cohort")) {
                    SheetTable sheet = sheets.titled(wb.createSheet(t.name()), "who was due a return", "Cohort",
                            "Meaning", "Value");
                    for (int r = 0; r < t.rows().size(); r++) {
                        sheet.row(t.rows().get(r), CareLeaverLabels.meaning(t.name(), t.rows().get(r)), t.cell(r, 0));
                    }
                    sheet.note("Every row of the OC3 extract, and every young person the episodes say was due a "
                            + "return, accounted for: counted in the tables or left out with the reason.");
                    sheet.source(DEFINED_IN);
                    sheet.finish();
                    continue;
                }
                writeTable(wb, sheets, t);
            }
            if (figures.eligibility() != null) {
                eligibility(wb, sheets, figures.eligibility().lines());
            }
            SheetTable rules = sheets.titled(wb.createSheet("Rules"), "DfE validation rules", "DfE rule",
                    "Rows rejected", "Rule");
            List<Rule> all = new ArrayList<>(DFE_RULES);
            all.addAll(Ssda903Rules.rules());
            for (Rule rule : all) {
                long[] n = perRule.get(rule.id());
                rules.row(rule.id(), n == null ? 0 : n[0], rule.description());
            }
            rules.note("The DfE's rules keep the DfE's numbers and wording; Rejected.xlsx lists each rejected row.");
            rules.finish();
            AboutSheet.write(wb, sheets, run, Map.of("Eligibility", figures.eligibilityChecked()));
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    /** A table as the DfE publishes it: beside each code its meaning, and for each age its number and share. */
    private static void writeTable(XSSFWorkbook wb, Sheets sheets, Table t) {
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
        SheetTable sheet = sheets.table(wb.createSheet(t.name()), headers.toArray(String[]::new));
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> values = new ArrayList<>(List.of(t.rows().get(r),
                    CareLeaverLabels.meaning(t.name(), t.rows().get(r))));
            for (int c = 0; c < t.columns().size(); c++) {
                BigDecimal v = t.cell(r, c);
                if (rates) {
                    values.add(v == null ? null : Kind.PERCENT.of(v.movePointLeft(2)));
                } else {
                    values.add(Kind.COUNT.of(v));
                    BigDecimal total = cohortTotal(t, c);
                    values.add(total == null || total.signum() == 0 ? null
                            : Kind.PERCENT.of(Table.percentage(v.longValue(), total.longValue()).movePointLeft(2)));
                }
            }
            if (t.rows().get(r).equals("Total")) {
                sheet.total(values.toArray());
            } else {
                sheet.row(values.toArray());
            }
        }
        sheet.note(rates ? "Each indicator is a percentage of the cohort of its column: care leavers aged 17 to 21 in "
                + "the year, less those who died or returned home."
                : "Each age shows the number of care leavers and their share of that age's cohort (its Total row); "
                + "ages are the age turned on the birthday in the collection year.");
        sheet.note("Percentages are rounded half up to one decimal place; empty where the cohort is 0.");
        sheet.source(DEFINED_IN);
        sheet.finish();
    }

    /** One line per young person in OC3 or found by CL-01, with the facts that decided them. */
    private static void eligibility(XSSFWorkbook wb, Sheets sheets, List<Eligibility.Line> lines) {
        SheetTable sheet = sheets.titled(wb.createSheet("Eligibility"), "who is a relevant care leaver", "Child ID",
                "Age in year", "Days looked after since 14th birthday", "Days looked after since 16th birthday",
                "Looked after on birthday", "Latest REC", "In the cohort", "Decided by");
        List<Eligibility.Line> sorted = new ArrayList<>(lines);
        sorted.sort(java.util.Comparator.comparing(Eligibility.Line::childId));
        for (Eligibility.Line l : sorted) {
            sheet.row(l.childId(), Kind.PLAIN.of(l.ageInYear()), Kind.DAYS.of(l.daysSince14()),
                    Kind.DAYS.of(l.daysAfter16()),
                    l.lookedAfterOnBirthday() == null ? null : l.lookedAfterOnBirthday() ? "Yes" : "No",
                    l.latestReasonCeased(), l.inCohort() ? "Yes" : "No", l.decidedBy());
        }
        sheet.note("One line per young person in the OC3 extract or found by the episodes to be due a return, with "
                + "the facts from the whole SSDA903 that decided whether they are in the cohort.");
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
