package org.carereturns.cld;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.carereturns.ascof.AscofResult;
import org.carereturns.returns.Table;
import org.carereturns.returns.TableSheets;
import org.carereturns.workbook.AboutSheet;
import org.carereturns.workbook.Kind;
import org.carereturns.workbook.SheetTable;
import org.carereturns.workbook.Sheets;

/**
 * CLD.xlsx: ASCOF by DHSC's method (Measures), the SALT tables by NHS England's replication each with
 * how it differs from SALT written beneath it, the Reconciliation and the people behind it, the CLD
 * data quality sheet in DHSC's shape, the files and the quarters taken from each, an evidence sheet
 * per measure, and About.
 */
final class CldWorkbook {

    /** How each SALT-from-CLD table differs from the SALT definition (cld-background §4). */
    static final Map<String, String> DIFFERS = new LinkedHashMap<>();

    static {
        DIFFERS.put("STS001", "Differs from SALT STS001: the sequel is read from the events that followed the request "
                + "(the first within 28 days, then gaps of 3 days at most; a service by ST-Max > Nursing > Residential > "
                + "Community > Prison > Ongoing low level > Other short term; else an NFA outcome on an assessment or "
                + "review; else the request's own outcome), not recorded on it; requests a day to 4 days apart are one; "
                + "an 'Unable to classify' column (about a third of requests nationally); no 12-week disregard row; no "
                + "Tables 2a/2b; requests completed in the period (SALT: sequel determined in the period); a first contact "
                + "recorded only as an assessment is not a request; CLD routes Discharge from Reablement and Transfer from "
                + "Other LA are counted as Community / Other route.");
        DIFFERS.put("STS002a", "Differs from SALT STS002a: only ST-Max that was the sequel of a request in this year's "
                + "STS001 (SALT also counts those following last year's requests); rows a day apart are one ST-Max; the "
                + "sequel is a service within 3 days, else an NFA outcome on the events that followed, else the "
                + "ST-Max's own outcome; the early-cessation columns cannot be derived from CLD, so such episodes are "
                + "'Unable to classify'.");
        DIFFERS.put("STS002b", "Differs from SALT STS002b: totals only (route of access is recorded on requests "
                + "only; no sequel breakdown, no early cessation); an existing client has long-term support that began "
                + "before the ST-Max and had not ended.");
        DIFFERS.put("LTS001", "Differs from SALT LTS001: no 'Part Direct Payment' column (each person is placed by the "
                + "hierarchy of their rows); delivery mechanism is optional in CLD, so the 'delivery mechanism unknown' "
                + "columns hold what SALT would place; an 'Unknown' primary support reason row; age at the period end "
                + "from the first of the birth month; people of unknown age are left out.");
        DIFFERS.put("LTS001c", "LTS001c: long-term support whose run (gaps of a day at most) began more than a year "
                + "before 31 March and is still going on it; an interrupted service can break a run.");
    }

    private CldWorkbook() {
    }

    private static final String DEFINED_IN = "Definitions: docs/cld.md; DHSC's ASCOF 2024-25 method and NHS "
            + "England's SALT-from-CLD replication.";

    static void write(CldReturn.Figures f, AboutSheet.Run run, Path target) throws IOException {
        // streamed: the evidence sheets hold a line per person or episode, a county's tens of thousands
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Sheets sheets = new Sheets(wb, run.titles("CLD"));
            measures(wb, sheets, f);
            for (Table t : f.salt()) {
                String key = t.name().substring(0, t.name().indexOf(' '));
                String differs = DIFFERS.get(key.startsWith("LTS") ? "LTS001" : key)
                        + (key.equals("LTS001c") ? " " + DIFFERS.get("LTS001c") : "");
                TableSheets.writeTable(wb, sheets, t, t.name().startsWith("STS001") ? "Route of Access"
                        : t.name().startsWith("LTS") ? "Primary Support Reason" : "Age band", differs, DEFINED_IN);
            }
            if (f.reconciliation() != null) {
                TableSheets.writeTable(wb, sheets, f.reconciliation().table(), "Measure and cell", "Each figure as "
                        + "computed from the raw extracts (SALT, ASCOF) and from the CLD files, and the difference; "
                        + "Reconciliation people names each person counted by one and not the other.", DEFINED_IN);
                SheetTable people = sheets.table(wb.createSheet("Reconciliation people"), "Measure", "Person ID",
                        "Counted by", "Raw extracts", "CLD", "Reason");
                for (Reconciliation.Difference d : f.reconciliation().differences()) {
                    people.row(d.measure(), d.personId(), d.countedBy(), d.raw(), d.cld(), d.reason());
                }
                people.finish();
            }
            SheetTable dq = sheets.titled(wb.createSheet("CLD data quality"), "CLD data quality, in DHSC's shape",
                    "Module", "DataField", "FieldStatus", "FieldValidity", "Count");
            for (DataQuality.Line l : f.dataQuality().lines()) {
                dq.row(l.module(), l.field(), l.status(), l.validity(), l.count());
            }
            dq.note(String.format(java.util.Locale.UK, "Rows rejected (every field): %,d; Rejected.xlsx names each "
                    + "row's field and rule.", f.dataQuality().rejected()));
            dq.source(DEFINED_IN);
            dq.finish();
            SheetTable files = sheets.titled(wb.createSheet("Files"), "the CLD files and the quarters taken from each",
                    "File", "LA Code", "Stated period start", "Stated period end", "Rows", "Quarters taken from it",
                    "Derived period (DHSC, version 1)", "CLD-F03: derived period covers the stated one");
            for (JoinedSubmissions.FileUse u : f.files()) {
                files.row(u.file(), u.laCode(), u.start().toString(), u.end().toString(), u.rows(),
                        String.join(", ", u.quarters().stream().map(q -> "quarter to " + q).toList()),
                        u.derived().toString(), u.derived().covers(u.start(), u.end()) ? "Yes" : "No (warning)");
            }
            files.finish();
            for (var e : f.evidence().entrySet()) {
                SheetTable sheet = sheets.titled(wb.createSheet("Evidence " + e.getKey()),
                        "evidence for measure " + e.getKey(),
                        e.getKey().equals("2A") ? "ST-Max cluster" : "Person", "LA Person ID", "Group", "In numerator",
                        "Decided by");
                for (AscofResult.Evidence line : e.getValue()) {
                    sheet.row(line.id(), line.personId(), line.group(), line.inNumerator() ? "Yes" : "No",
                            line.decidedBy());
                }
                sheet.finish();
            }
            Map<String, String> about = new LinkedHashMap<>();
            about.put("Methods", "ASCOF by DHSC's 2024-25 method; SALT tables by NHS England's 2023-24 replication "
                    + "(docs/cld.md)");
            about.put("Dates of death", "the CLD file's Date of Death: DHSC uses ONS death registrations where it has "
                    + "an NHS number, which a council does not have, so DHSC's figures can differ slightly");
            about.put("Outcome when the denominator is 0", "empty here; DHSC's output writes 0");
            f.notes().forEach((k, v) -> about.put("Not computed: " + k, v));
            AboutSheet.write(wb, sheets, run, about);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    private static void measures(SXSSFWorkbook wb, Sheets sheets, CldReturn.Figures f) {
        SheetTable t = sheets.titled(wb.createSheet("Measures"), "ASCOF by DHSC's method", "Measure", "Group",
                "Numerator", "Denominator", "Outcome", "Unit");
        for (Table m : f.ascof()) {
            boolean rate = m.name().equals("2B") || m.name().equals("2C");
            for (String g : m.rows()) {
                BigDecimal o = m.get(g, "Outcome");
                t.row(m.name(), g, m.get(g, "Numerator"), m.get(g, "Denominator"),
                        o == null ? null : rate ? Kind.RATE.of(o) : Kind.PERCENT.of(o.movePointLeft(2)),
                        rate ? "per 100,000 population" : "%");
            }
        }
        t.note("Outcome is Numerator over Denominator, to one decimal place; empty where the denominator is 0 "
                + "(DHSC's own output writes 0 there).");
        t.source(DEFINED_IN);
        t.finish();
    }
}
