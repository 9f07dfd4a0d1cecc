package org.carereturns.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;

/** The About sheet every return's workbook carries: period, run, inputs with their SHA-256. */
public final class AboutSheet {

    /** One input file as the About sheet lists it. */
    public record Input(String extract, String file, String sha256, long rowsRead, long used) {
    }

    /** What the About sheet says about the run. */
    public record Run(String period, String command, Long executionId, String started, String generatedAt,
                      List<Input> inputs, String council) {
    }

    private AboutSheet() {
    }

    public static void write(Workbook wb, SheetStyles styles, String returnName, Run run) {
        write(wb, styles, returnName, run, java.util.Map.of());
    }

    /** {@code notes}: items of the return's own, listed after the run's (item, what it says). */
    public static void write(Workbook wb, SheetStyles styles, String returnName, Run run,
                             java.util.Map<String, String> notes) {
        SheetStyles.Table t = styles.table(wb.createSheet("About"), "Item", "Value", "", "", "");
        t.row("Return", returnName);
        t.row("Period", run.period() + " (1 April " + run.period().substring(0, 4) + " to 31 March "
                + (Integer.parseInt(run.period().substring(0, 4)) + 1) + ")");
        t.row("Job", run.command());
        t.row("Execution", run.executionId() == null ? "" : run.executionId().toString());
        t.row("Run started", run.started());
        t.row("Generated at", run.generatedAt());
        t.row("Produced by", "care-returns; definitions in docs/returns.md; rejected rows in Rejected.xlsx");
        t.row("Council", run.council());
        notes.forEach(t::row);
        t.endFilterHere();
        t.row();
        var header = t.row("Extract", "File", "SHA-256", "Rows read", "Rows used");
        for (int i = 0; i < 5; i++) {
            header.getCell(i).setCellStyle(styles.bold());
        }
        for (Input in : run.inputs()) {
            t.row(in.extract(), in.file(), in.sha256(), in.rowsRead(), in.used());
        }
        t.finish();
        Prints.setUp(wb, styles, run.council(), returnName, run.period());
    }
}
