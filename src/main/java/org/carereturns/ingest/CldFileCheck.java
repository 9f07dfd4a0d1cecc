package org.carereturns.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The checks that refuse a whole Client Level Data file before anything is computed (validation.CldRules
 * declares them): CLD-F01, every column of the specification in the header, is the header search
 * itself; CLD-F02, here, reads the rest of the file: LA Code and the stated reporting period are on
 * every row, the same on each, and the period is the rolling 12 months to a quarter end that DHSC
 * requires of every quarterly submission.
 */
final class CldFileCheck {

    private final InputFile file;
    private final boolean date1904;
    private String laCode;
    private LocalDate start;
    private LocalDate end;

    CldFileCheck(InputFile file, boolean date1904) {
        this.file = file;
        this.date1904 = date1904;
    }

    /** Reads every row after the header; refuses the file at the first row that breaks CLD-F02. */
    void check(RowSource rows) throws IOException, InputRefusedException {
        int la = index(Schema.LA_CODE);
        int rs = index(Schema.RP_START);
        int re = index(Schema.RP_END);
        SheetRow row;
        while ((row = rows.next()) != null) {
            if (blankRow(row)) {
                continue;
            }
            String code = Values.text(row.cell(la));
            LocalDate s = Values.date(row.cell(rs), date1904).date();
            LocalDate e = Values.date(row.cell(re), date1904).date();
            if (code == null || s == null || e == null) {
                throw refuse(row, "LA Code, Reporting Period Start Date and Reporting Period End Date must be given, "
                        + "as dates for the period, on every row; row " + row.number() + " has "
                        + shown(code) + ", " + shown(row.cell(rs)) + " and " + shown(row.cell(re)));
            }
            if (laCode == null) {
                laCode = code;
                start = s;
                end = e;
                if (!isQuarterEnd(e) || !s.equals(e.minusYears(1).plusDays(1))) {
                    throw refuse(row, "the reporting period " + s + " to " + e + " is not the 12 months to a quarter "
                            + "end (DHSC takes rolling 12-month submissions, such as 01/04/2024 to 31/03/2025)");
                }
            } else if (!laCode.equals(code) || !start.equals(s) || !end.equals(e)) {
                throw refuse(row, "row " + row.number() + " states LA Code " + code + " and period " + s + " to " + e
                        + ", but earlier rows state " + laCode + " and " + start + " to " + end
                        + "; one file is one council's submission for one period");
            }
        }
    }

    static boolean isQuarterEnd(LocalDate d) {
        return d.getMonthValue() % 3 == 0 && d.getDayOfMonth() == d.lengthOfMonth();
    }

    private InputRefusedException refuse(SheetRow row, String why) {
        return new InputRefusedException(file.name(), "CLD-F02: " + why);
    }

    private static String shown(String v) {
        return v == null ? "a blank" : "'" + v + "'";
    }

    private static String shown(Cell c) {
        return c == null || c.isBlank() ? "a blank" : "'" + c.display() + "'";
    }

    private int index(String column) {
        int i = Schema.columns(Extract.CLD).stream().map(Column::name).toList().indexOf(column);
        return file.columnIndex()[i];
    }

    private static boolean blankRow(SheetRow row) {
        for (Cell c : row.cells()) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return Objects.toString(laCode) + " " + start + " to " + end;
    }
}
