package org.carereturns.careleavers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carereturns.support.ReturnRun.cellsOf;
import static org.carereturns.support.ReturnRun.d;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.support.TestFiles;
import org.carereturns.support.ReturnRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Care leavers (SSDA903 OC3) for 2024-25. Age in year = the age on the birthday falling between
 * 1 April 2024 and 31 March 2025; every cell worked out below.
 */
class CareLeaversTest {

    @TempDir
    Path dir;

    @Test
    void theFourTablesByAgeInYear() throws Exception {
        ReturnRun run = new ReturnRun(dir).extract("care-leavers.xlsx",
                List.of("CHILD", "DOB", "SEX", "IN_TOUCH", "ACTIV", "ACCOM"));
        Object[][] rows = {
            {"L1", d("2007-04-01"), 1, "yes", "f2", "d1"},   // 17 (birthday 1 April 2024); lower-case codes
            {"L2", d("2007-03-31"), 2, "YES", "G5", "U2"},   // 18 (birthday 31 March 2025)
            {"L3", d("2004-02-29"), 2, "NO", "0", "0"},      // 21 (birthday falls on 28 February 2025)
            {"L4", d("2005-06-01"), 1, "YES", "F1", "U1"},   // 19, higher education, suitable
            {"L5", d("2004-06-01"), 1, "REFU", 0, 0},        // 20 (numeric zeros are the code 0)
            {"L6", d("2003-06-01"), 2, "NREQ", "F5", "R1"},  // 21
            {"L7", d("2005-08-01"), 1, "YES", "P4", "S2"},   // 19, homeless: always unsuitable
            {"L8", d("2006-01-10"), 2, "YES", "G6", "X2"},   // 19 (birthday January 2025), in custody
            {"L9", d("2005-06-01"), 1, "YES", "F1", "S1"},   // rejected: 133 (S1 is not valid)
            {"L10", d("2005-06-01"), 1, "YES", "F1", "X1"},  // rejected: 133 (X1 is not valid)
            {"L11", d("2001-06-01"), 1, "YES", "F1", "U1"},  // 23: excluded (22 to 25)
            {"L12", d("2005-06-01"), 1, "DIED", "0", "0"},   // excluded (DIED)
            {"L13", d("2006-06-01"), 2, null, null, null},   // excluded (all three blank)
            {"L14", d("2006-05-01"), 2, "RHOM", "0", "0"},   // excluded (RHOM)
        };
        for (Object[] r : rows) {
            run.row("care-leavers.xlsx", r);
        }
        run.yearEnd();

        // Cohort: L1 (17), L2 (18), L4, L7, L8 (19), L5 (20), L3, L6 (21) = 8.
        run.assertTable("In touch", cellsOf("YES|17", 1, "YES|18", 1, "YES|19", 3, "REFU|20", 1, "NO|21", 1,
                "NREQ|21", 1, "YES|17 to 18", 2, "YES|19 to 21", 3, "NO|19 to 21", 1, "REFU|19 to 21", 1,
                "NREQ|19 to 21", 1, "YES|Total", 5, "NO|Total", 1, "REFU|Total", 1, "NREQ|Total", 1,
                "Total|17", 1, "Total|18", 1, "Total|19", 3, "Total|20", 1, "Total|21", 2, "Total|17 to 18", 2,
                "Total|19 to 21", 6, "Total|Total", 8));
        run.assertTable("Activity", cellsOf("F2|17", 1, "EET|17", 1, "Total|17", 1,
                "G5|18", 1, "NEET|18", 1, "Total|18", 1,
                "F1|19", 1, "P4|19", 1, "G6|19", 1, "EET|19", 2, "NEET|19", 1, "Total|19", 3,
                "0|20", 1, "Total|20", 1,
                "0|21", 1, "F5|21", 1, "EET|21", 1, "Total|21", 2,
                "F2|17 to 18", 1, "G5|17 to 18", 1, "EET|17 to 18", 1, "NEET|17 to 18", 1, "Total|17 to 18", 2,
                "F1|19 to 21", 1, "P4|19 to 21", 1, "G6|19 to 21", 1, "0|19 to 21", 2, "F5|19 to 21", 1,
                "EET|19 to 21", 3, "NEET|19 to 21", 1, "Total|19 to 21", 6,
                "F2|Total", 1, "G5|Total", 1, "F1|Total", 1, "P4|Total", 1, "G6|Total", 1, "0|Total", 2, "F5|Total", 1,
                "EET|Total", 4, "NEET|Total", 2, "Total|Total", 8));
        run.assertTable("Accommodation", cellsOf("D|17", 1, "Suitable|17", 1, "Total|17", 1,
                "U|18", 1, "Unsuitable|18", 1, "Total|18", 1,
                "U|19", 1, "S|19", 1, "X|19", 1, "Suitable|19", 1, "Unsuitable|19", 2, "Total|19", 3,
                "0|20", 1, "No information|20", 1, "Total|20", 1,
                "0|21", 1, "R|21", 1, "Suitable|21", 1, "No information|21", 1, "Total|21", 2,
                "D|17 to 18", 1, "U|17 to 18", 1, "Suitable|17 to 18", 1, "Unsuitable|17 to 18", 1, "Total|17 to 18", 2,
                "U|19 to 21", 1, "S|19 to 21", 1, "X|19 to 21", 1, "0|19 to 21", 2, "R|19 to 21", 1,
                "Suitable|19 to 21", 2, "Unsuitable|19 to 21", 2, "No information|19 to 21", 2, "Total|19 to 21", 6,
                "D|Total", 1, "U|Total", 2, "S|Total", 1, "X|Total", 1, "0|Total", 2, "R|Total", 1,
                "Suitable|Total", 3, "Unsuitable|Total", 3, "No information|Total", 2, "Total|Total", 8));
        String[] ages = {"17", "18", "19", "20", "21", "17 to 18", "19 to 21", "Total"};
        String[][] expected = {
            {"In touch (%)", "100.0", "100.0", "100.0", "0.0", "0.0", "100.0", "50.0", "62.5"},
            {"In education, employment or training (%)", "100.0", "0.0", "66.7", "0.0", "50.0", "50.0", "50.0", "50.0"},
            {"In higher education (%)", "0.0", "0.0", "33.3", "0.0", "0.0", "0.0", "16.7", "12.5"},
            {"In suitable accommodation (%)", "100.0", "0.0", "33.3", "0.0", "50.0", "50.0", "33.3", "37.5"}};
        for (String[] row : expected) {
            for (int i = 0; i < ages.length; i++) {
                assertThat(run.cell("Indicators", row[0], ages[i])).as(row[0] + " " + ages[i]).isEqualTo(row[i + 1]);
            }
        }
        assertThat(run.manifest()).contains("\"rows_read\": 14,\n      \"blank_rows\": 0,\n      \"rejected\": 2,\n"
                + "      \"excluded\": 4,\n      \"used\": 8");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(run.output().resolve("CareLeavers.xlsx")))) {
            var rules = TestFiles.dataRows(wb.getSheet("Rules"));
            assertThat(rules).hasSizeGreaterThan(10);
            for (var row : rules) {
                String rule = row.getCell(0).getStringCellValue();
                assertThat(row.getCell(1).getNumericCellValue()).as(rule).isEqualTo(rule.equals("133") ? 2 : 0);
            }
            var inTouch = wb.getSheet("In touch");
            var headings = TestFiles.headings(inTouch);
            var yes = TestFiles.dataRows(inTouch).get(0);
            assertThat(headings.getCell(1).getStringCellValue()).isEqualTo("Meaning");
            assertThat(yes.getCell(1).getStringCellValue()).isEqualTo("In touch");
            assertThat(headings.getCell(2).getStringCellValue()).isEqualTo("17 (number)");
            assertThat(headings.getCell(3).getStringCellValue()).isEqualTo("17 (%)");
            assertThat(yes.getCell(17).getNumericCellValue()).isEqualTo(0.625); // YES, Total: 5 of 8
            assertThat(yes.getCell(17).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(yes.getCell(16).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(TestFiles.dataRows(wb.getSheet("Activity")).get(4).getCell(1).getStringCellValue())
                    .isEqualTo("Full time in an apprenticeship"); // F4
        }
    }

    /**
     * The whole SSDA903 for 2024-25: who should be in OC3, and who is missing from it. Each child's
     * history is given in its comment; every Cohort cell is worked out below.
     */
    @Test
    void eligibilityFromTheHeaderAndEpisodes() throws Exception {
        ReturnRun run = new ReturnRun(dir).extract("care-leavers.xlsx",
                List.of("CHILD", "DOB", "SEX", "IN_TOUCH", "ACTIV", "ACCOM"))
                .extract("903-header.xlsx", List.of("CHILD", "SEX", "DOB"))
                .extract("episodes.xlsx", List.of("CHILD", "DECOM", "LS", "DEC", "REC"));
        Object[][] children = { // child, date of birth, OC3 row (null: none)
            {"E1", d("2005-06-01"), new Object[] {"YES", "F1", "U1"}},   // 19; relevant: in the cohort
            {"E2", d("2007-04-10"), new Object[] {"YES", "F2", "D1"}},   // 17; left care before 10 April 2024
            {"E3", d("2006-06-01"), new Object[] {"YES", "G5", "U1"}},   // 18; still in care: rejected, 1007
            {"E4", d("2004-06-01"), new Object[] {"NO", "0", "0"}},      // 20; short breaks only: rejected, 1001
            {"E5", d("2005-06-01"), new Object[] {null, null, null}},    // 19; all three blank: excluded
            {"E6", d("2001-06-01"), new Object[] {"YES", "F5", "U1"}},   // 23: excluded (22 to 25)
            {"E7", d("2005-06-01"), new Object[] {"DIED", "0", "0"}},    // 19: excluded (DIED)
            {"E8", d("2003-06-01"), null},                               // 21, relevant, no OC3 row: CL-01
            {"E9", d("2007-04-10"), null},                               // 17, still in care: not due
            {"E10", d("2019-06-01"), null},                              // 5, looked after now
        };
        for (Object[] c : children) {
            run.row("903-header.xlsx", c[0], 1, c[1]);
            if (c[2] instanceof Object[] oc3) {
                run.row("care-leavers.xlsx", c[0], c[1], 1, oc3[0], oc3[1], oc3[2]);
            }
        }
        run.row("episodes.xlsx", "E1", d("2019-07-01"), "C2", d("2021-09-01"), "E8");
        run.row("episodes.xlsx", "E2", d("2021-01-01"), "C2", d("2024-03-01"), "E8");
        run.row("episodes.xlsx", "E3", d("2020-07-01"), "C2", null, null);
        for (String month : List.of("2018-07-01", "2019-07-01", "2020-07-01")) {
            run.row("episodes.xlsx", "E4", d(month), "V3", d(month).plusDays(2), "E13");
        }
        run.row("episodes.xlsx", "E5", d("2019-07-01"), "C2", d("2021-09-01"), "E8");
        run.row("episodes.xlsx", "E6", d("2014-07-01"), "C2", d("2019-05-01"), "E8"); // the earliest episode
        run.row("episodes.xlsx", "E7", d("2019-07-01"), "C2", d("2021-09-01"), "E8");
        run.row("episodes.xlsx", "E8", d("2017-07-01"), "C2", d("2021-05-01"), "E8");
        run.row("episodes.xlsx", "E9", d("2020-07-01"), "J2", null, null);
        run.row("episodes.xlsx", "E10", d("2020-01-01"), "C1", null, null);
        run.yearEnd();

        // OC3 rows 7 = all blank 1 (E5) + aged 22 to 25 1 (E6) + died 1 (E7) + rejected 2 (E3, E4) + cohort 2 (E1, E2)
        run.assertTable("Cohort", cellsOf("OC3 rows|Value", 7, "Excluded: all three blank|Value", 1,
                "Excluded: aged 22 to 25|Value", 1, "Excluded: died or returned home|Value", 1, "Rejected|Value", 2,
                "In the cohort|Value", 2, "Care leavers without an OC3 row|Value", 1));
        run.assertTable("In touch", cellsOf("YES|17", 1, "YES|19", 1, "YES|17 to 18", 1, "YES|19 to 21", 1,
                "YES|Total", 2, "Total|17", 1, "Total|19", 1, "Total|17 to 18", 1, "Total|19 to 21", 1,
                "Total|Total", 2));
        assertThat(run.rejected()).contains("care-leavers.xlsx,Data,4,E3,E3,1007,error",
                "care-leavers.xlsx,Data,5,E4,E4,1001,error", "903-header.xlsx,Data,9,E8,E8,CL-01,warning");
        // header rows used: the six OC3 children whose rows were checked (E1, E2, E3, E4, E6, E7) and E8 (CL-01);
        // episodes used: theirs, 9 (E4 has three); E5, E9 and E10 decided nothing
        String manifest = run.manifest();
        assertThat(manifest).contains("\"name\": \"903-header.xlsx\"").contains("\"rows_read\": 10,\n"
                + "      \"blank_rows\": 0,\n      \"rejected\": 0,\n      \"excluded\": 3,\n      \"used\": 7")
                .contains("\"rows_read\": 12,\n      \"blank_rows\": 0,\n      \"rejected\": 0,\n"
                        + "      \"excluded\": 3,\n      \"used\": 9")
                .contains("\"care_leaver_eligibility\"", "\"due_with_no_oc3_row\": 1", "\"not_decidable\": 0");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(run.output().resolve("CareLeavers.xlsx")))) {
            var sheet = TestFiles.dataRows(wb.getSheet("Eligibility"));
            assertThat(sheet).as("E1 to E8: E5 all blank").hasSize(8);
            var e4 = sheet.get(3); // sorted by Child ID: E1, E2, E3, E4
            assertThat(e4.getCell(0).getStringCellValue()).isEqualTo("E4");
            assertThat(e4.getCell(2).getNumericCellValue()).as("short breaks do not count").isEqualTo(0);
            assertThat(e4.getCell(7).getStringCellValue()).isEqualTo("1001");
            var e2 = sheet.get(1);
            // since the 14th birthday (10 April 2021) to 1 March 2024: 1,056 days; since the 16th (10 April 2023): 326
            assertThat(e2.getCell(2).getNumericCellValue()).isEqualTo(1056);
            assertThat(e2.getCell(3).getNumericCellValue()).isEqualTo(326);
            assertThat(e2.getCell(6).getStringCellValue()).isEqualTo("Yes");
        }
    }

    /**
     * 2025-26 (year 1 April 2025 to 31 March 2026); everyone born 1 June 2006, so 19 in the year, 14 on
     * 1 June 2020 and 16 on 1 June 2022. The episodes reach back to 2015, so every history is decidable.
     * Every rule that holds is reported (the DfE gives them no precedence); one Eligibility line per
     * young person, from the row that was kept; all-blank rows are excluded, never ruled on, and on the sheet.
     */
    @Test
    void everyRuleThatHoldsIsReportedAndEachYoungPersonHasOneLine() throws Exception {
        List<String> oc3 = List.of("CHILD", "DOB", "SEX", "IN_TOUCH", "ACTIV", "ACCOM");
        org.carereturns.support.TestFiles.workbook("OC3").row(oc3.toArray())
                .row("D1", d("2006-06-01"), 1, "DIED", "0", "0")
                .save(dir.resolve("last-year/care-leavers.xlsx"));
        ReturnRun run = new ReturnRun(dir).period("2025-26")
                .options("--previous-input", dir.resolve("last-year").toString())
                .extract("care-leavers.xlsx", oc3)
                .extract("903-header.xlsx", List.of("CHILD", "SEX", "DOB"))
                .extract("episodes.xlsx", List.of("CHILD", "DECOM", "LS", "DEC", "REC"));
        for (String child : List.of("K1", "R1", "N1", "B1", "D1")) {
            run.row("903-header.xlsx", child, 1, d("2006-06-01"));
        }
        for (String child : List.of("K1", "R1", "B1", "D1")) { // relevant: looked after from 2015 to 2023
            run.row("episodes.xlsx", child, d("2015-07-01"), "C2", d("2023-01-01"), "E8");
        }
        run.row("care-leavers.xlsx", "K1", d("2006-06-01"), 1, "YES", "F1", "U1");  // in the cohort
        run.row("care-leavers.xlsx", "R1", d("2006-06-01"), 1, "YES", "F1", "U1");  // in the cohort (kept)
        run.row("care-leavers.xlsx", "N1", d("2006-06-01"), 1, "YES", "F1", "U1");  // no episode: 1002 and 1001
        run.row("care-leavers.xlsx", "X1", d("2006-06-01"), 1, "YES", "F1", "U1");  // not in the header either
        run.row("care-leavers.xlsx", "R1", d("2006-06-01"), 1, "YES", "F1", "U1");  // repeated: INT34
        run.row("care-leavers.xlsx", "B1", d("2006-06-01"), 1, null, null, null);   // all blank: excluded
        run.row("care-leavers.xlsx", "D1", d("2006-06-01"), 1, null, null, null);   // all blank, DIED last year: no 348
        run.yearEnd();

        assertThat(run.rejected().lines().filter(l -> l.startsWith("care leavers,"))
                .map(l -> l.split(",")[3] + " " + l.split(",")[4] + " " + l.split(",")[6]).sorted())
                .containsExactly("4 N1 1001", "4 N1 1002", "5 X1 1001", "5 X1 1002", "5 X1 INT06", "6 R1 INT34");
        // OC3 rows 7 = all blank 2 (B1, D1) + rejected 3 (N1, X1, the second R1) + cohort 2 (K1, R1)
        run.assertTable("Cohort", cellsOf("OC3 rows|Value", 7, "Excluded: all three blank|Value", 2,
                "Excluded: aged 22 to 25|Value", 0, "Excluded: died or returned home|Value", 0, "Rejected|Value", 3,
                "In the cohort|Value", 2, "Care leavers without an OC3 row|Value", 0,
                "Not decidable: episode history too short|Value", 0));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(run.output().resolve("CareLeavers.xlsx")))) {
            var sheet = TestFiles.dataRows(wb.getSheet("Eligibility"));
            List<String> lines = new java.util.ArrayList<>();
            for (var row : sheet) {
                lines.add(row.getCell(0).getStringCellValue() + " | " + row.getCell(6).getStringCellValue() + " | "
                        + row.getCell(7).getStringCellValue());
            }
            assertThat(lines).containsExactly("B1 | No | Excluded: all three blank", "D1 | No | Excluded: all three blank",
                    "K1 | Yes | in the cohort", "N1 | No | 1002, 1001", "R1 | Yes | in the cohort",
                    "X1 | No | INT06, 1002, 1001");
            // B1's facts as they stand: since 1 June 2020 to 1 January 2023 is 944 days, since 1 June 2022 214
            assertThat(sheet.get(0).getCell(2).getNumericCellValue()).isEqualTo(944);
            assertThat(sheet.get(0).getCell(3).getNumericCellValue()).isEqualTo(214);
        }
        // B1's and D1's header and episode rows decided nothing, and say why
        assertThat(run.manifest()).contains("episode of a young person whose OC3 row has all three items blank");
    }

    /** Rule 348 through the command line: last year's OC3 found beside this year's input folder. */
    @Test
    void lastYearsOc3FromThePreviousPeriodsFolderDecidesRule348() throws Exception {
        List<String> header = List.of("CHILD", "DOB", "SEX", "IN_TOUCH", "ACTIV", "ACCOM");
        org.carereturns.support.TestFiles.workbook("OC3").row(header.toArray())
                .row("D1", d("2005-06-01"), 1, "DIED", "0", "0")
                .row("D2", d("2005-06-01"), 1, "YES", "F1", "U1")
                .save(dir.resolve("input/2024-25/care-leavers.xlsx"));
        org.carereturns.support.TestFiles.workbook("OC3").row(header.toArray())
                .row("D1", d("2005-06-01"), 1, "YES", "F1", "U1")   // died last year: rejected, 348
                .row("D2", d("2005-06-01"), 1, "YES", "F1", "U1")   // in touch last year too: kept
                .save(dir.resolve("input/2025-26/care-leavers.xlsx"));
        var r = org.carereturns.support.Cli.run("year-end", "--period", "2025-26", "--input",
                dir.resolve("input/2025-26").toString(), "--output", dir.resolve("out").toString(), "--returns",
                "CareLeavers");
        assertThat(r.code()).as(r.stderr()).isZero();
        String rejected = Files.readString(dir.resolve("out/2025-26/rejected.csv"));
        assertThat(rejected).contains("care-leavers.xlsx,OC3,2,D1,D1,348,error").doesNotContain(",D2,");
        assertThat(Files.readString(dir.resolve("out/2025-26/run.log")))
                .contains("rule 348: last year's OC3 read from", "(2 rows, 1 recorded as DIED)");
        // last year's folder named with --previous-input: one where nobody was recorded as DIED
        var alone = org.carereturns.support.Cli.run("year-end", "--period", "2025-26", "--input",
                dir.resolve("input/2025-26").toString(), "--output", dir.resolve("out2").toString(), "--returns",
                "CareLeavers", "--previous-input", dir.resolve("input/2025-26").toString());
        assertThat(alone.code()).as(alone.stderr()).isZero();
        assertThat(Files.readString(dir.resolve("out2/2025-26/rejected.csv"))).doesNotContain(",348,");
    }

    /** The header without the episodes: OC3 is still checked against it (INT06), eligibility is not. */
    @Test
    void aHeaderWithoutEpisodesChecksOc3AgainstItButNotEligibility() throws Exception {
        ReturnRun run = new ReturnRun(dir).extract("care-leavers.xlsx",
                List.of("CHILD", "DOB", "SEX", "IN_TOUCH", "ACTIV", "ACCOM"))
                .extract("903-header.xlsx", List.of("CHILD", "SEX", "DOB"));
        run.row("903-header.xlsx", "H1", 1, d("2005-06-01"));
        run.row("care-leavers.xlsx", "H1", d("2005-06-01"), 1, "YES", "F1", "U1"); // in the header: in the cohort
        run.row("care-leavers.xlsx", "H2", d("2005-06-01"), 1, "YES", "F1", "U1"); // not in it: rejected, INT06
        run.yearEnd();
        assertThat(run.rejected()).contains("care-leavers.xlsx,Data,3,H2,H2,INT06,error");
        run.assertTable("In touch", cellsOf("YES|19", 1, "YES|19 to 21", 1, "YES|Total", 1, "Total|19", 1,
                "Total|19 to 21", 1, "Total|Total", 1));
        assertThat(run.cells()).noneSatisfy((k, v) -> assertThat(k).contains("Cohort"));
        assertThat(run.manifest()).contains("\"care-leaver eligibility not checked: it needs both the 903 header and"
                + " the episodes\": 1").contains("\"checked\": false");
    }
}
