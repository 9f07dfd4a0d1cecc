package org.carereturns.sac;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.workbook.AboutSheet;
import org.carereturns.workbook.SheetStyles;
import org.carereturns.workbook.Charts;
import org.carereturns.returns.Table;
import org.carereturns.returns.TableSheets;

/** SAC.xlsx: a sheet per SG table, Derived, Checks, Data quality with its chart, and About. */
public final class SacWorkbook {

    private SacWorkbook() {
    }

    public static void write(SacResult sac, AboutSheet.Run run, Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(wb);
            for (Table t : sac.tables()) {
                TableSheets.writeTable(wb, styles, t, corner(t.name()));
            }
            TableSheets.writeChecks(wb, styles, sac.checks());
            XSSFSheet sheet = wb.createSheet("Data quality");
            SheetStyles.Table q = styles.table(sheet, "Field", "Recorded (%)", "Recorded", "Of", "Over");
            for (SacResult.Recording r : sac.recording()) {
                var row = q.row(r.field(), r.of() == 0 ? null : (double) r.recorded() / r.of(), r.recorded(), r.of(),
                        r.over());
                if (row.getCell(1) != null) {
                    row.getCell(1).setCellStyle(styles.percent());
                }
            }
            q.finish();
            Charts.draw(sheet.createDrawingPatriarch(), sheet, sac.recording().size(),
                    "Recording of voluntary fields (% recorded)", ChartTypes.BAR, 6, 0, new int[] {1},
                    "Field", "% of records with it recorded");
            AboutSheet.write(wb, styles, "SAC", run);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
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
