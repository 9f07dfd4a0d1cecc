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
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.workbook.AboutSheet;
import org.carereturns.workbook.SheetStyles;
import org.carereturns.returns.Table;
import org.carereturns.returns.TableSheets;
import org.carereturns.workbook.Charts;

/**
 * SALT.xlsx: a sheet per table laid out as the return lays it out, Local KPIs, Checks, the activity
 * by month with its charts, and About.
 */
public final class SaltWorkbook {

    private SaltWorkbook() {
    }

    public static void write(SaltResult salt, AboutSheet.Run run, Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(wb);
            for (Table t : salt.tables()) {
                TableSheets.writeTable(wb, styles, t, corner(t));
            }
            TableSheets.writeTable(wb, styles, salt.kpis(), "Local KPI");
            TableSheets.writeChecks(wb, styles, salt.checks());
            activity(wb, styles, salt);
            AboutSheet.write(wb, styles, "SALT", run);
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

    private static void activity(XSSFWorkbook wb, SheetStyles styles, SaltResult salt) {
        XSSFSheet sheet = wb.createSheet("Activity by month");
        SheetStyles.Table t = styles.table(sheet, "Month", "Contacts received", "Contacts with an outcome",
                "Reviews completed");
        int n = 0;
        for (Map.Entry<YearMonth, long[]> m : salt.contactsByMonth().entrySet()) {
            YearMonth ym = m.getKey();
            t.row(ym.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + ym.getYear(), m.getValue()[0],
                    m.getValue()[1], salt.reviewsByMonth().getOrDefault(ym, 0L));
            n++;
        }
        t.finish();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        Charts.draw(drawing, sheet, n, "Contacts received and outcomes by month", ChartTypes.LINE, 5, 0, new int[] {1, 2},
                "Month", "Contacts");
        Charts.draw(drawing, sheet, n, "Reviews completed by month", ChartTypes.BAR, 5, 20, new int[] {3},
                "Month", "Reviews");
    }
}
