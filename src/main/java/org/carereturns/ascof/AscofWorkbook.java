package org.carereturns.ascof;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.carereturns.audit.AboutSheet;
import org.carereturns.audit.SheetStyles;
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
                SheetStyles.Table sheet = styles.table(wb.createSheet("Evidence " + e.getKey()),
                        e.getKey().equals("2A") ? "Service ID (ST-Max)" : e.getKey().startsWith("2B")
                                || e.getKey().startsWith("2C") ? "Service ID (admission)" : "Person ID",
                        "Person ID", "Group", "In numerator", "Decided by");
                for (AscofResult.Evidence line : e.getValue()) {
                    sheet.row(line.id(), line.personId(), line.group(), line.inNumerator() ? "Yes" : "No",
                            line.decidedBy());
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
