package org.carereturns.ascof;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.carereturns.workbook.AboutSheet;
import org.carereturns.workbook.SheetStyles;
import org.carereturns.returns.Table;

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
            SheetStyles styles = new SheetStyles(wb);
            SheetStyles.Table measures = styles.table(wb.createSheet("Measures"), "Measure", "Old code", "Description",
                    "Group", "Numerator", "Denominator", "Outcome", "Note");
            for (Measure m : Measure.ALL_MEASURES) {
                Table t = ascof.table(m.code());
                String note = ascof.notComputed().get(m.code());
                for (String group : m.groups()) {
                    BigDecimal n = t == null ? null : t.get(group, AscofCalculator.N);
                    BigDecimal d = t == null ? null : t.get(group, AscofCalculator.D);
                    BigDecimal o = t == null ? null : t.get(group, AscofCalculator.O);
                    boolean percent = m.description().endsWith("(%)");
                    var row = measures.row(m.code(), m.oldCode(), m.description(), group, n, d,
                            o == null ? null : percent ? o.movePointLeft(2) : o,
                            note == null ? "" : "Not computed: " + note);
                    if (o != null && percent) {
                        row.getCell(6).setCellStyle(styles.percent());
                    }
                }
            }
            measures.finish();
            for (var e : ascof.evidence().entrySet()) {
                // a line per episode (2A: an ST-Max; 2B, 2C: an admission) names it and its person; a line
                // per person (2E, 1E, 3D) names the person once
                String episode = e.getKey().equals("2A") ? "Service ID (ST-Max)" : e.getKey().startsWith("2B")
                        || e.getKey().startsWith("2C") ? "Service ID (admission)" : null;
                SheetStyles.Table sheet = episode == null
                        ? styles.table(wb.createSheet("Evidence " + e.getKey()), "Person ID", "Group", "In numerator",
                                "Decided by")
                        : styles.table(wb.createSheet("Evidence " + e.getKey()), episode, "Person ID", "Group",
                                "In numerator", "Decided by");
                for (AscofResult.Evidence line : e.getValue()) {
                    String in = line.inNumerator() ? "Yes" : "No";
                    if (episode == null) {
                        sheet.row(line.personId(), line.group(), in, line.decidedBy());
                    } else {
                        sheet.row(line.id(), line.personId(), line.group(), in, line.decidedBy());
                    }
                }
                sheet.finish();
            }
            AboutSheet.write(wb, styles, "ASCOF", run);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }
}
