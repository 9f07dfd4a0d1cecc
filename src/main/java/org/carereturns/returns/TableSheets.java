package org.carereturns.returns;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.carereturns.workbook.Kind;
import org.carereturns.workbook.SheetTable;
import org.carereturns.workbook.Sheets;

/** Writes a return's tables and checks as readable sheets, the same way for every return. */
public final class TableSheets {

    private TableSheets() {
    }

    /**
     * A table as the return lays it out: its rows down, its columns across, each figure shown as what it
     * is, total rows in bold; beneath it {@code meaning} (what a cell counts), a note on empty
     * percentages where it has any, and where it is defined ({@code definedIn}).
     */
    public static SheetTable writeTable(Workbook wb, Sheets sheets, Table t, String corner, String meaning,
                                        String definedIn) {
        String[] headers = new String[t.columns().size() + 1];
        headers[0] = corner;
        for (int c = 0; c < t.columns().size(); c++) {
            headers[c + 1] = t.columns().get(c);
        }
        SheetTable out = sheets.table(wb.createSheet(t.name()), headers);
        boolean anyShare = false;
        for (int r = 0; r < t.rows().size(); r++) {
            Object[] values = new Object[headers.length];
            values[0] = t.rows().get(r);
            for (int c = 0; c < t.columns().size(); c++) {
                BigDecimal v = t.cell(r, c);
                Kind kind = t.kind(r, c);
                anyShare |= kind == Kind.PERCENT;
                values[c + 1] = v == null ? null : kind.of(kind == Kind.PERCENT ? v.movePointLeft(2) : v);
            }
            if (t.rows().get(r).startsWith("Total")) {
                out.total(values);
            } else {
                out.row(values);
            }
        }
        if (meaning != null) {
            out.note(meaning);
        }
        if (anyShare) {
            out.note("Percentages are rounded half up to one decimal place; a percentage is left empty where "
                    + "there is no one to count it over (its denominator is 0).");
        }
        out.source(definedIn);
        out.finish();
        return out;
    }

    public static void writeChecks(Workbook wb, Sheets sheets, List<Check> checks, String definedIn) {
        SheetTable sheet = sheets.titled(wb.createSheet("Checks"), "Checks of the tables against each other", "Check",
                "What it checks", "Result", "Figures");
        for (Check c : checks) {
            sheet.row(c.id(), c.description(), c.passed() ? "Pass" : "Fail", c.figures());
        }
        sheet.note("A Fail is a figure to explain before sign-off: the tables disagree where the guidance says "
                + "they must agree.");
        sheet.source(definedIn);
        sheet.finish();
    }
}
