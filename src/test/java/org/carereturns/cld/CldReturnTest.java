package org.carereturns.cld;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.cli.Main;
import org.carereturns.ingest.Schema;
import org.carereturns.support.ReturnRun;
import org.carereturns.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLD return through the command line, on CLD files written in the test: a cohort worked out by
 * hand, the same events in Release 1 and Release 2 wording, one event in two quarterly files, a file
 * refused for its period, and a generated council whose raw extracts and CLD file describe the same
 * people (the figures whose definitions agree must agree).
 */
class CldReturnTest {

    @TempDir
    Path dir;

    private int exit;
    private String stderr;

    /** One CLD row: the submission and person fields given, the rest blank. */
    private static Map<String, Object> row(String start, String end, String person, String dob, Object... pairs) {
        Map<String, Object> r = new HashMap<>();
        r.put(Schema.LA_CODE, "887");
        r.put(Schema.RP_START, start);
        r.put(Schema.RP_END, end);
        r.put(Schema.LA_PERSON_ID, person);
        r.put(Schema.DOB, dob);
        r.put(Schema.GENDER, "Female");
        for (int i = 0; i < pairs.length; i += 2) {
            r.put((String) pairs[i], pairs[i + 1]);
        }
        return r;
    }

    private static void write(Path file, List<Map<String, Object>> rows) throws Exception {
        TestFiles.Workbook wb = TestFiles.workbook("CLD").row(Schema.CLD_COLUMNS.toArray());
        for (Map<String, Object> r : rows) {
            wb.row(Schema.CLD_COLUMNS.stream().map(c -> r.getOrDefault(c, null)).toArray());
        }
        Files.createDirectories(file.getParent());
        wb.save(file);
    }

    private Path run(Path input, String returns) throws Exception {
        Path council = Files.writeString(dir.resolve("council.yml"), "name: Test Council\ncode: E06000035\nreturns: ["
                + returns + "]\n");
        Path output = dir.resolve("out-" + input.getFileName());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        exit = Main.run(new String[] {"year-end", "--period", "2024-25", "--input", input.toString(), "--output",
                output.toString(), "--council", council.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        stderr = err.toString(StandardCharsets.UTF_8);
        var details = java.util.regex.Pattern.compile("details: ([^\\]]+)\\]").matcher(stderr);
        if (details.find()) {
            stderr += Files.readString(Path.of(details.group(1)));
        }
        return output.resolve("2024-25");
    }

    /** The CLD lines of returns.csv, keyed "table|row|column". */
    private static Map<String, String> cld(Path period) throws Exception {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String line : Files.readAllLines(period.resolve("returns.csv"))) {
            if (line.startsWith("CLD,")) {
                List<String> f = fields(line);
                cells.put(f.get(1) + "|" + f.get(2) + "|" + f.get(3), f.get(4));
            }
        }
        return cells;
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }

    private static final String S = "01/04/2024";
    private static final String E = "31/03/2025";

    /** Three people, in the wording given: the figures are worked out in the test below. */
    private static List<Map<String, Object>> cohort(boolean release1) {
        String su = release1 ? "Service User" : "Service user";
        return List.of(
                // P1, 75 on 31 March 2025: community support by direct payment, open, living at home
                row(S, E, "P1", "15/01/1950", Schema.CLIENT_TYPE, su, Schema.EVENT_TYPE, "Service",
                        Schema.EVENT_START, "01/01/2024", Schema.SERVICE_TYPE,
                        release1 ? "Long Term Support: Community" : "Long term support: Community",
                        Schema.COMPONENT, release1 ? "Direct Payment" : "Direct payment",
                        Schema.DELIVERY, release1 ? "Direct Payment" : "Direct payment",
                        Schema.ACCOMMODATION, "Owner occupier or shared ownership scheme",
                        Schema.PSR, release1 ? "Physical Support: Personal care support" : "Physical support: Personal care support"),
                // P2, 44: a new client's reablement ending in June with information and advice: 2A's numerator
                row(S, E, "P2", "15/01/1980", Schema.CLIENT_TYPE, su, Schema.EVENT_TYPE, "Service",
                        Schema.EVENT_START, "01/06/2024", Schema.EVENT_END, "20/06/2024",
                        Schema.SERVICE_TYPE, release1 ? "Short Term Support: ST-Max" : "Short term support: ST-Max",
                        Schema.COMPONENT, "Reablement", Schema.EVENT_OUTCOME, release1
                                ? "NFA - Information & Advice / Signposting only" : "NFA: Information and advice or signposting",
                        Schema.PSR, "Mental health support"),
                // P3, 85: admitted to a care home in September, first ever: 2C; in 2E, not settled
                row(S, E, "P3", "15/01/1940", Schema.CLIENT_TYPE, su, Schema.EVENT_TYPE, "Service",
                        Schema.EVENT_START, "01/09/2024", Schema.SERVICE_TYPE,
                        release1 ? "Long Term Support: Residential Care" : "Long term support: Residential care",
                        Schema.COMPONENT, "Long term residential care", Schema.ACCOMMODATION, "Registered care home",
                        Schema.PSR, "Support with memory and cognition"));
    }

    @Test
    void aCohortWorkedOutByHandAndTheSameEventsInEitherRelease() throws Exception {
        write(dir.resolve("r2/cld.xlsx"), cohort(false));
        write(dir.resolve("r1/cld.xlsx"), cohort(true));
        Path r2 = run(dir.resolve("r2"), "CLD");
        assertThat(exit).as(stderr).isZero();
        ReturnRun.assertManifestBalances(r2);
        Map<String, String> c = cld(r2);
        // 2A: P2's cluster ends 20 June, no long-term support before it, outcome I&A: 1 of 1, aged 18-64
        assertThat(c).containsEntry("2A|18-64|Numerator", "1").containsEntry("2A|18-64|Denominator", "1")
                .containsEntry("2A|18-64|Outcome", "100.0").containsEntry("2A|65+|Denominator", "0")
                .containsEntry("2A|65+|Outcome", "").containsEntry("2A|Total|Outcome", "100.0");
        // 2C: P3's admission in the year; no population extract, so no rate
        assertThat(c).containsEntry("2C|65+|Numerator", "1").containsEntry("2C|65+|Denominator", "0")
                .containsEntry("2C|65+|Outcome", "").containsEntry("2B|18-64|Numerator", "0");
        // 2E: P1 (owner occupier, settled) and P3 (care home), both 65+: 1 of 2
        assertThat(c).containsEntry("2E|65+|Numerator", "1").containsEntry("2E|65+|Denominator", "2")
                .containsEntry("2E|65+|Outcome", "50.0").containsEntry("2E|Total|Outcome", "50.0")
                .containsEntry("2E Learning Disability|18-64|Denominator", "0");
        // 3D: only P1 is in community support on 31 March, by direct payment: 1 of 1 both ways
        assertThat(c).containsEntry("3D1|65+|Outcome", "100.0").containsEntry("3D2|Total|Numerator", "1")
                .containsEntry("3D2|Total|Denominator", "1");
        // no carers in the file: no carers' tables
        assertThat(c.keySet()).noneMatch(k -> k.startsWith("3D1 Carers"));
        // LTS001b (31 March): P1 community direct payment, P3 residential, both 65+
        assertThat(c).containsEntry("LTS001b Table 1b|Physical Support: Personal care support|Community: Direct Payment only", "1")
                .containsEntry("LTS001b Table 1b|Support with Memory & Cognition|Residential", "1")
                .containsEntry("LTS001b Table 1b|Total|Total", "2").containsEntry("LTS001b Table 1a|Total|Total", "0");
        // LTS001c: P1's support began more than a year before 31 March; P3's did not
        assertThat(c).containsEntry("LTS001c Table 1b|Total|Total", "1");
        // STS001: no requests
        assertThat(c).containsEntry("STS001 Table 1a|Total|Total", "0");
        assertThat(Files.exists(r2.resolve("CLD.xlsx"))).isTrue();

        Path r1 = run(dir.resolve("r1"), "CLD");
        assertThat(exit).as(stderr).isZero();
        assertThat(cld(r1)).isEqualTo(c);
    }

    @Test
    void anEventInTwoQuarterlyFilesIsCountedOnceFromTheLaterFile() throws Exception {
        Object[] service = {Schema.CLIENT_TYPE, "Service user", Schema.EVENT_TYPE, "Service", Schema.EVENT_START,
                "01/01/2024", Schema.SERVICE_TYPE, "Long term support: Community", Schema.COMPONENT,
                "Home support or domiciliary care", Schema.DELIVERY, "CASSR commissioned support"};
        write(dir.resolve("in/cld-q3.xlsx"), List.of(row("01/01/2024", "31/12/2024", "P1", "15/01/1950", service)));
        write(dir.resolve("in/cld-q4.xlsx"), List.of(row(S, E, "P1", "15/01/1950", service)));
        Path out = run(dir.resolve("in"), "CLD");
        assertThat(exit).as(stderr).isZero();
        ReturnRun.assertManifestBalances(out);
        assertThat(cld(out)).containsEntry("LTS001a Table 1b|Total|Total", "1").containsEntry("3D1|Total|Denominator", "1");
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("superseded duplicate");
    }

    @Test
    void aFileWhosePeriodIsNotTwelveMonthsToAQuarterEndIsRefused() throws Exception {
        write(dir.resolve("bad/cld.xlsx"), List.of(row("01/03/2024", "28/02/2025", "P1", "15/01/1950",
                Schema.CLIENT_TYPE, "Service user", Schema.EVENT_TYPE, "Service", Schema.EVENT_START, "01/01/2024")));
        run(dir.resolve("bad"), "CLD");
        assertThat(exit).isEqualTo(3);
        assertThat(stderr).contains("CLD-F02").contains("quarter");
    }

    @Test
    void onAGeneratedCouncilTheMeasuresWhoseDefinitionsAgreeAgree() throws Exception {
        Path sample = dir.resolve("sample");
        int made = Main.run(new String[] {"generate-sample", "--period", "2024-25", "--output", sample.toString(),
                "--scale", "0.05", "--seed", "7", "--defect-rate", "0.03"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(made).isZero();
        Path out = run(sample, "SALT, ASCOF, SAC, CareLeavers, CLD");
        assertThat(exit).as(stderr).isZero();
        ReturnRun.assertManifestBalances(out);
        Map<String, String> c = cld(out);
        // 3D and 2C are defined alike on both sides, and the CLD file holds the same services
        for (String measure : List.of("3D1", "3D2", "3D1 Carers", "3D2 Carers")) {
            for (String group : List.of("18-64", "65+", "Total")) {
                assertThat(c.get("Reconciliation|" + measure + " " + group + " Denominator|Difference"))
                        .as(measure + " " + group).isEqualTo("0");
                assertThat(c.get("Reconciliation|" + measure + " " + group + " Numerator|Difference"))
                        .as(measure + " " + group).isEqualTo("0");
            }
        }
        assertThat(c.get("Reconciliation|2C 65+ Numerator|Difference")).isEqualTo("0");
        assertThat(c.get("Reconciliation|3D1 Total Outcome|Difference")).isEqualTo("0.0");
        // every person the two 2A or 2E methods treat differently is listed with a reason
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out.resolve("CLD.xlsx")))) {
            var sheet = wb.getSheet("Reconciliation people");
            assertThat(sheet).isNotNull();
            for (var row : TestFiles.dataRows(sheet)) {
                assertThat(row.getCell(5).getStringCellValue()).isNotBlank();
            }
            assertThat(wb.getSheet("CLD data quality")).isNotNull();
        }
    }
}
