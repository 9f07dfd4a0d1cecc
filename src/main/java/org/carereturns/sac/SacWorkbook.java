package org.carereturns.sac;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.returns.Table;
import org.carereturns.returns.TableSheets;
import org.carereturns.workbook.AboutSheet;
import org.carereturns.workbook.Charts;
import org.carereturns.workbook.Kind;
import org.carereturns.workbook.SheetTable;
import org.carereturns.workbook.Sheets;

/** SAC.xlsx: a sheet per SG table, Derived, Checks, Data quality with its chart, and About. */
public final class SacWorkbook {

    private static final String DEFINED_IN = "Definitions: docs/returns.md, Safeguarding Adults Collection; "
            + "NHS England's SAC guidance.";

    private SacWorkbook() {
    }

    public static void write(SacResult sac, AboutSheet.Run run, Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheets sheets = new Sheets(wb, run.titles("SAC"));
            for (Table t : sac.tables()) {
                TableSheets.writeTable(wb, sheets, t, corner(t.name()), meaning(t.name()), DEFINED_IN);
            }
            TableSheets.writeChecks(wb, sheets, sac.checks(), DEFINED_IN);
            XSSFSheet sheet = wb.createSheet("Data quality");
            SheetTable q = sheets.titled(sheet, "recording of the voluntary fields", "Field", "Recorded (%)",
                    "Recorded", "Of", "Over");
            for (SacResult.Recording r : sac.recording()) {
                q.row(r.field(), r.of() == 0 ? null : Kind.PERCENT.of((double) r.recorded() / r.of()), r.recorded(),
                        r.of(), r.over());
            }
            q.note("How often each voluntary field is recorded, over the rows it applies to (Over): a field seldom "
                    + "recorded makes the tables built on it less complete.");
            q.finish();
            Charts.byColumn(q, new Charts.Look("Recording of voluntary fields", ChartTypes.BAR, "Field",
                    "Records with it recorded", Kind.PERCENT), q.lastRow() + 2, 1);
            AboutSheet.write(wb, sheets, run);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    /** What a cell of the table counts, as a note beneath it. */
    static String meaning(String table) {
        return switch (table) {
            case "SG1a", "SG1b", "SG1c" -> "Each cell counts individuals (each person once) with a safeguarding "
                    + "concern, a Section 42 enquiry or another enquiry in the period, by "
                    + (table.equals("SG1a") ? "age on 31 March" : table.equals("SG1b") ? "gender" : "ethnic group")
                    + ".";
            case "SG1d" -> "Individuals with a Section 42 enquiry in the period, by the support reason group "
                    + "recorded on their latest one.";
            case "SG1f" -> "Cases, not individuals: every concern and enquiry of the period counts, however many one "
                    + "person had.";
            case "SG2a", "SG2b" -> "Concluded Section 42 enquiries by " + (table.equals("SG2a") ? "type of risk"
                    : "location of risk") + " (rows) and source of risk (columns); an enquiry with several risks "
                    + "counts in each, once for each pair.";
            case "SG2c" -> "Concluded Section 42 enquiries by the action taken and what became of the risk.";
            case "SG2e" -> "Of the concluded Section 42 enquiries where a risk was identified and action taken, what "
                    + "became of the risk.";
            case "SG3a" -> "Concluded Section 42 enquiries by whether the person lacked capacity, and of those who "
                    + "did, how many were supported by an advocate, family or friend.";
            case "SG4a" -> "Concluded Section 42 enquiries by whether the person was asked what outcomes they wanted "
                    + "(Making Safeguarding Personal), and how far those they expressed were achieved.";
            case "Derived" -> "Figures derived from the tables above: the conversion rate is enquiries over concerns; "
                    + "the rate per 100,000 needs the population extract.";
            default -> null;
        };
    }
    private static String corner(String table) {
        return switch (table) {
            case "SG1a" -> "Age band";
            case "SG1b" -> "Gender";
            case "SG1c" -> "Ethnicity";
            case "SG1d" -> "Primary Support Reason";
            case "SG1f" -> "Cases";
            case "SG2a" -> "Type of risk";
            case "SG2b" -> "Location of risk";
            case "SG2c" -> "Action and outcome";
            case "SG2e" -> "Risk result";
            case "SG3a" -> "Lacked capacity";
            case "SG4a" -> "Making Safeguarding Personal";
            default -> "Measure";
        };
    }
}
