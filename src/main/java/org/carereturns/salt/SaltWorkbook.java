package org.carereturns.salt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

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

/**
 * SALT.xlsx: a sheet per table laid out as the return lays it out, Local KPIs, Checks, the activity
 * by month with its charts, and About.
 */
public final class SaltWorkbook {

    private static final String DEFINED_IN = "Definitions: docs/returns.md, SALT; NHS England's SALT guidance.";

    private SaltWorkbook() {
    }

    public static void write(SaltResult salt, AboutSheet.Run run, Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheets sheets = new Sheets(wb, run.titles("SALT"));
            for (Table t : salt.tables()) {
                TableSheets.writeTable(wb, sheets, t, corner(t), meaning(t.name()), DEFINED_IN);
            }
            TableSheets.writeTable(wb, sheets, salt.kpis(), "Local KPI", "Local measures of the front door and of "
                    + "reviews, computed from the same extracts as SALT; not part of the statutory return. The median "
                    + "is in whole days.", "Definitions: docs/returns.md, Local KPIs.");
            TableSheets.writeChecks(wb, sheets, salt.checks(), DEFINED_IN);
            activity(wb, sheets, salt);
            AboutSheet.write(wb, sheets, run);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    private static String corner(Table t) {
        if (t.name().startsWith("STS001")) {
            return "Route of Access";
        }
        if (t.name().startsWith("STS002")) {
            return "Age band";
        }
        if (t.name().startsWith("LTS001")) {
            return "Primary Support Reason";
        }
        return t.name().endsWith("Table 4") ? "Planned review sequel" : "Review sequel";
    }

    /** What a cell of the table counts, as a note beneath it. */
    static String meaning(String table) {
        String ages = table.endsWith("1a") ? " aged 18-64" : table.endsWith("1b") ? " aged 65 and over" : "";
        if (table.startsWith("STS001")) {
            return "Each cell counts requests for support from new clients" + ages + " whose outcome was recorded in "
                    + "the period, by route of access (rows) and what followed the request (columns).";
        }
        if (table.startsWith("STS002a")) {
            return "Each cell counts short-term support to maximise independence (ST-Max) that ended in the period "
                    + "for people with no long-term support when it began, by age and what followed.";
        }
        if (table.startsWith("STS002b")) {
            return "Each cell counts ST-Max that ended in the period for people already receiving long-term support "
                    + "when it began, by age and what followed.";
        }
        if (table.startsWith("LTS001")) {
            String when = table.startsWith("LTS001a") ? "at any time in the period"
                    : table.startsWith("LTS001b") ? "on 31 March"
                    : "on 31 March, without a break throughout the year";
            return "Each cell counts people" + ages + " receiving long-term support " + when + ", by Primary Support "
                    + "Reason (rows) and setting (columns); each person once, in the setting that ranks highest.";
        }
        if (table.equals("LTS002a Table 4")) {
            return "Each cell counts planned reviews of people in community long-term support that moved them to "
                    + "nursing or residential care, by age.";
        }
        if (table.startsWith("LTS002a")) {
            String who = switch (table) {
                case "LTS002a Table 1a" -> "in the community aged 18-64";
                case "LTS002a Table 1b" -> "in the community aged 65 and over";
                case "LTS002a Table 2a" -> "in residential or nursing care aged 18-64";
                case "LTS002a Table 2b" -> "in residential or nursing care aged 65 and over";
                default -> "in prison";
            };
            return "Each cell counts unplanned reviews in the period of people " + who + " receiving long-term "
                    + "support, by what followed (rows) and why the review happened (columns); the last row counts "
                    + "people, not reviews.";
        }
        return "Each cell counts reviews in the period of people in long-term support throughout the year "
                + "(LTS001c), by what followed (rows) and kind of review and age (columns); the last row counts people.";
    }

    private static void activity(XSSFWorkbook wb, Sheets sheets, SaltResult salt) {
        XSSFSheet sheet = wb.createSheet("Activity by month");
        SheetTable t = sheets.table(sheet, "Month", "Contacts received", "Contacts with an outcome",
                "Reviews completed");
        for (Map.Entry<YearMonth, long[]> m : salt.contactsByMonth().entrySet()) {
            YearMonth ym = m.getKey();
            t.row(ym.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + ym.getYear(), m.getValue()[0],
                    m.getValue()[1], salt.reviewsByMonth().getOrDefault(ym, 0L));
        }
        t.note("Contacts of any client type and age by the month of their Contact Date, those with an outcome by "
                + "the month of their Outcome Date; reviews by the month of their Review Date.");
        t.finish();
        int at = t.lastRow() + 2;
        Charts.byColumn(t, new Charts.Look("Contacts received and outcomes by month", ChartTypes.LINE, "Month",
                "Contacts", Kind.COUNT), at, 1, 2);
        Charts.byColumn(t, new Charts.Look("Reviews completed by month", ChartTypes.BAR, "Month", "Reviews",
                Kind.COUNT), at + Charts.HEIGHT + 1, 3);
    }
}
