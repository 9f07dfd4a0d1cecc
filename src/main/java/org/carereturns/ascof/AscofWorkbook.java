package org.carereturns.ascof;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.carereturns.returns.Table;
import org.carereturns.workbook.AboutSheet;
import org.carereturns.workbook.Kind;
import org.carereturns.workbook.SheetTable;
import org.carereturns.workbook.Sheets;

/**
 * ASCOF.xlsx: the Measures sheet as councils see ASCOF (measure, old code, description, group,
 * numerator, denominator, outcome, note), an evidence sheet per measure listing every person or
 * episode in its denominator with the fact that decided it, and About.
 */
public final class AscofWorkbook {

    private AscofWorkbook() {
    }

    public static void write(AscofResult ascof, AboutSheet.Run run, Path target) throws IOException {
        // streamed: the evidence sheets hold a line per person, tens of thousands for a county
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Sheets sheets = new Sheets(wb, run.titles("ASCOF"));
            SheetTable measures = sheets.titled(wb.createSheet("Measures"), "Adult Social Care Outcomes Framework "
                    + "measures", "Measure", "Old code", "Description", "Group", "Numerator", "Denominator", "Outcome",
                    "Note").wrapAt(2, 50).wrapAt(7, 40);
            for (Measure m : Measure.ALL_MEASURES) {
                Table t = ascof.table(m.code());
                String note = ascof.notComputed().get(m.code());
                for (String group : m.groups()) {
                    BigDecimal n = t == null ? null : t.get(group, AscofCalculator.N);
                    BigDecimal d = t == null ? null : t.get(group, AscofCalculator.D);
                    BigDecimal o = t == null ? null : t.get(group, AscofCalculator.O);
                    boolean percent = m.description().endsWith("(%)");
                    measures.row(m.code(), m.oldCode(), m.description(), group, n, d,
                            o == null ? null : percent ? Kind.PERCENT.of(o.movePointLeft(2)) : Kind.RATE.of(o),
                            note == null ? "" : "Not computed: " + note);
                }
            }
            measures.note("Outcome is Numerator over Denominator: a percentage to one decimal place, or for 2B and "
                    + "2C permanent admissions per 100,000 of the population of that age. Empty where the "
                    + "denominator is 0 or the measure could not be computed (the Note says why). Old code is the "
                    + "measure's number before ASCOF's 2023-24 revision.");
            measures.note("Each measure's Evidence sheet lists every person or episode in its denominator and the "
                    + "fact that decided whether it is in the numerator.");
            measures.source("Definitions: docs/returns.md, ASCOF; DHSC's ASCOF handbook of definitions.");
            measures.finish();
            for (var e : ascof.evidence().entrySet()) {
                // a line per episode (2A: an ST-Max; 2B, 2C: an admission) names it and its person; a line
                // per person (2E, 1E, 3D) names the person once
                String episode = e.getKey().equals("2A") ? "Service ID (ST-Max)" : e.getKey().startsWith("2B")
                        || e.getKey().startsWith("2C") ? "Service ID (admission)" : null;
                String title = "evidence for measure " + e.getKey();
                SheetTable sheet = episode == null
                        ? sheets.titled(wb.createSheet("Evidence " + e.getKey()), title, "Person ID", "Group",
                                "In numerator", "Decided by")
                        : sheets.titled(wb.createSheet("Evidence " + e.getKey()), title, episode, "Person ID",
                                "Group", "In numerator", "Decided by");
                for (AscofResult.Evidence line : e.getValue()) {
                    String in = line.inNumerator() ? "Yes" : "No";
                    if (episode == null) {
                        sheet.row(line.personId(), line.group(), in, line.decidedBy());
                    } else {
                        sheet.row(line.id(), line.personId(), line.group(), in, line.decidedBy());
                    }
                }
                sheet.note("One line per " + (episode == null ? "person" : "episode") + " in the measure's "
                        + "denominator; those marked Yes make its numerator.");
                sheet.finish();
            }
            AboutSheet.write(wb, sheets, run);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }
}
