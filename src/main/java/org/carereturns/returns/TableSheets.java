package org.carereturns.returns;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.carereturns.workbook.SheetStyles;

/** Writes a return's tables and checks as readable sheets, the same way for every return. */
public final class TableSheets {

    private TableSheets() {
    }

    /** A table as the return lays it out: its rows down, its columns across, totals in bold (streamed or not). */
    public static Sheet writeTable(Workbook wb, SheetStyles styles, Table t, String corner) {
        String[] headers = new String[t.columns().size() + 1];
        headers[0] = corner;
        for (int c = 0; c < t.columns().size(); c++) {
            headers[c + 1] = t.columns().get(c);
        }
        Sheet sheet = wb.createSheet(t.name());
        SheetStyles.Table out = styles.table(sheet, headers);
        for (int r = 0; r < t.rows().size(); r++) {
            Object[] values = new Object[headers.length];
            values[0] = t.rows().get(r);
            for (int c = 0; c < t.columns().size(); c++) {
                BigDecimal v = t.cell(r, c);
                values[c + 1] = v == null ? null : t.isPercent(r, c) ? v.movePointLeft(2) : v;
            }
            Row row = out.row(values);
            for (int c = 0; c < t.columns().size(); c++) {
                if (t.isPercent(r, c) && row.getCell(c + 1) != null) {
                    row.getCell(c + 1).setCellStyle(styles.percent());
                }
            }
            if (t.rows().get(r).startsWith("Total")) {
                row.getCell(0).setCellStyle(styles.bold());
            }
        }
        out.finish();
        return sheet;
    }

    public static void writeChecks(Workbook wb, SheetStyles styles, List<Check> checks) {
        SheetStyles.Table sheet = styles.table(wb.createSheet("Checks"), "Check", "What it checks", "Result", "Figures");
        for (Check c : checks) {
            sheet.row(c.id(), c.description(), c.passed() ? "Pass" : "Fail", c.figures());
        }
        sheet.finish();
    }
}
