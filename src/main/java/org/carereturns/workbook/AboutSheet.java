package org.carereturns.workbook;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;

/**
 * The About sheet every return's workbook carries, written last: what the workbook is (return,
 * council, period, run, whether provisional) beside the inputs it was computed from with their
 * SHA-256. Writing it sets up every sheet of the workbook for printing.
 */
public final class AboutSheet {

    /** One input file as the About sheet lists it. */
    public record Input(String extract, String file, String sha256, long rowsRead, long used) {
    }

    /**
     * What the About sheet says about the run; {@code asOf} is a nightly run's as-of date, null for
     * the year-end.
     */
    public record Run(String period, String command, Long executionId, String started, String generatedAt,
                      List<Input> inputs, String council, LocalDate asOf) {

        /** The title block of a workbook of this run. */
        public TitleBlock titles(String returnName) {
            return new TitleBlock(council, returnName, period, asOf);
        }
    }

    private AboutSheet() {
    }

    public static void write(Workbook wb, Sheets sheets, Run run) {
        write(wb, sheets, run, Map.of());
    }

    /** {@code notes}: items of the return's own, listed after the run's (item, what it says). */
    public static void write(Workbook wb, Sheets sheets, Run run, Map<String, String> notes) {
        TitleBlock titles = sheets.titles();
        Map<String, String> items = new LinkedHashMap<>();
        items.put("Return", titles.returnName());
        items.put("Council", run.council());
        items.put("Period", run.period() + " (" + titles.span() + ")");
        if (titles.provisional()) {
            items.put("Provisional", titles.provisionalNote() + ": the year to date, written by a nightly run; "
                    + "not the year-end return and not for sign-off");
        }
        items.put("Job", run.command());
        items.put("Execution", run.executionId() == null ? "" : run.executionId().toString());
        items.put("Run started", run.started());
        items.put("Generated at", run.generatedAt());
        items.put("Produced by", "care-returns; definitions in docs/returns.md; rejected rows in Rejected.xlsx");
        items.putAll(notes);
        SheetTable inputs = sheets.described(wb.createSheet("About"), "About this workbook", items, "Extract", "File",
                "SHA-256", "Rows read", "Rows used");
        for (Input in : run.inputs()) {
            inputs.row(in.extract(), in.file(), in.sha256(), in.rowsRead(), in.used());
        }
        inputs.note("The inputs: Rows read counts every row below the heading row, blank rows included; Rows used, "
                + "those that decided a figure. Rejected.xlsx accounts for the rest, row by row.");
        inputs.finish();
        sheets.print();
    }
}
