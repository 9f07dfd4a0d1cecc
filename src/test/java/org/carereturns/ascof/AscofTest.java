package org.carereturns.ascof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carereturns.support.ReturnRun.d;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.support.TestFiles;
import org.carereturns.support.ReturnRun;
import static org.carereturns.support.Labels.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ASCOF from hand-built cohorts for 2024-25; every figure worked out from returns.md in the comments. */
class AscofTest {


    @TempDir
    Path dir;

    private static void measure(ReturnRun run, String code, String group, String n, String d, String o) throws Exception {
        assertThat(run.cell(code, group, "Numerator")).as(code + " " + group + " numerator").isEqualTo(n);
        assertThat(run.cell(code, group, "Denominator")).as(code + " " + group + " denominator").isEqualTo(d);
        assertThat(run.cell(code, group, "Outcome")).as(code + " " + group + " outcome").isEqualTo(o);
    }

    @Test
    void shortTermServicesAndAdmissions() throws Exception {
        ReturnRun run = new ReturnRun(dir)
                .extract("population.xlsx", List.of("Age", "Population"))
                // 2A: new clients' ST-Max episodes ending in the year.
                .service("N1", "N1", d("1950-01-01"), MH, null, SU, ST_MAX, null, d("2024-05-01"), d("2024-05-20"),
                        "Ongoing Low Level Support")                                   // 65+, numerator
                .service("N2", "N2", d("1980-01-01"), MH, null, SU, ST_MAX, null, d("2024-06-01"), d("2024-06-10"),
                        "Long Term Support: Residential Care")                         // 18-64, denominator only
                .service("N3", "N3", d("1945-01-01"), MH, null, SU, ST_MAX, null, d("2024-06-01"), d("2024-06-10"),
                        "No identified needs")                                         // 65+, numerator
                .service("N4", "N4", d("1945-01-01"), MH, null, SU, ST_MAX, null, d("2024-06-01"), d("2024-06-10"),
                        "Early cessation: other reason")                               // in neither
                .service("N5", "N5", d("1945-01-01"), MH, null, SU, ST_MAX, null, d("2024-06-01"), d("2024-06-10"),
                        "Universal Services/Signposted")                               // 65+, numerator
                .service("N6", "N6", d("1945-01-01"), MH, null, SU, ST_MAX, null, d("2024-06-01"), d("2024-06-10"),
                        "Long Term Support: Community")                                // 65+, denominator only
                // 2B / 2C: admissions to residential and nursing care.
                // AD1: first ever placement, aged 63 -> an 18-64 admission.
                .service("AD1", "AD1", d("1960-06-01"), MH, null, SU, RESIDENTIAL, null, d("2024-05-01"), null, null)
                // AD2: aged 64 at admission on 1 Dec 2024 (65 a month later) -> still an 18-64 admission.
                .service("AD2", "AD2", d("1960-01-01"), MH, null, SU, NURSING, null, d("2024-12-01"), null, null)
                // AD3: an earlier stay ended 1 Feb 2024, within 365 days of 1 Sep 2024 -> not an admission.
                .service("AD3a", "AD3", d("1940-01-01"), MH, null, SU, RESIDENTIAL, null, d("2023-06-01"), d("2024-02-01"), null)
                .service("AD3b", "AD3", d("1940-01-01"), MH, null, SU, RESIDENTIAL, null, d("2024-09-01"), null, null)
                // AD4: an earlier stay ended 1 May 2023, 411 days before 15 Jun 2024 -> a 65+ admission.
                .service("AD4a", "AD4", d("1940-01-01"), MH, null, SU, RESIDENTIAL, null, d("2023-01-01"), d("2023-05-01"), null)
                .service("AD4b", "AD4", d("1940-01-01"), MH, null, SU, RESIDENTIAL, null, d("2024-06-15"), null, null)
                // AD5: a transfer from residential to nursing care (residential active the day before) -> not one.
                .service("AD5a", "AD5", d("1940-01-01"), MH, null, SU, RESIDENTIAL, null, d("2022-01-01"), d("2024-07-31"), null)
                .service("AD5b", "AD5", d("1940-01-01"), MH, null, SU, NURSING, null, d("2024-08-01"), null, null)
                // AD6: two placements in the year: counted once, at the earlier one -> a 65+ admission.
                .service("AD6a", "AD6", d("1938-01-01"), MH, null, SU, RESIDENTIAL, null, d("2024-04-10"), d("2024-05-10"), null)
                .service("AD6b", "AD6", d("1938-01-01"), MH, null, SU, RESIDENTIAL, null, d("2025-01-10"), null, null);
        // Population: 1,000 at each age 0-64, 400 at each age 65-89, 2,000 aged 90+.
        for (int age = 0; age <= 89; age++) {
            run.row("population.xlsx", age, age < 65 ? 1000 : 400);
        }
        run.row("population.xlsx", "90+", 2000);
        run.yearEnd();

        // 2A: 18-64: N2 only in the denominator -> 0/1; 65+: N1, N3, N5 of N1, N3, N5, N6 -> 3/4; N4 in neither.
        measure(run, "2A", "18-64", "0", "1", "0.0");
        measure(run, "2A", "65+", "3", "4", "75.0");
        measure(run, "2A", "Total", "3", "5", "60.0");
        // 2B: AD1, AD2 over 47 x 1,000 aged 18-64: 2 / 47,000 x 100,000 = 4.255 -> 4.3.
        measure(run, "2B", "18-64", "2", "47000", "4.3");
        // 2C: AD4, AD6 over 25 x 400 + 2,000 aged 65+ (90+ included): 2 / 12,000 x 100,000 = 16.67 -> 16.7.
        measure(run, "2C", "65+", "2", "12000", "16.7");
        assertThat(run.cells()).doesNotContainKey("2B|65+|Numerator").doesNotContainKey("2C|18-64|Numerator");
        assertEvidenceMatches(run);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(run.output().resolve("ASCOF.xlsx")))) {
            var evidence = TestFiles.dataRows(wb.getSheet("Evidence 2C"));
            assertThat(evidence.get(0).getCell(0).getStringCellValue()).isEqualTo("AD4b");
            assertThat(evidence.get(0).getCell(4).getStringCellValue())
                    .isEqualTo("Long Term Support: Residential Care from 2024-06-15, aged 84 at admission");
            assertThat(evidence.get(1).getCell(0).getStringCellValue()).isEqualTo("AD6a");
        }
    }

    @Test
    void livingAtHomeSelfDirectedSupportCarersAndEmployment() throws Exception {
        ReturnRun run = new ReturnRun(dir)
                // E1 65+, community commissioned, owner occupier -> 2E settled; 3D: commissioned only (no SDS).
                .service("E1", "E1", d("1950-01-01"), PERSONAL_CARE, null, SU, COMMUNITY, COMMISSIONED, d("2020-01-01"), null, null,
                        "Owner occupier or shared ownership scheme", null)
                // E2 18-64 LD: a DP row (Tenant, paid 16+ hours) and a later commissioned row with neither recorded
                //    -> Part Direct Payment; 2E settled and 1E paid, both from the earlier row.
                .service("E2a", "E2", d("1970-01-01"), LD, null, SU, COMMUNITY, DP, d("2021-01-01"), null, null,
                        "Tenant", "Paid: 16 or more hours a week")
                .service("E2b", "E2", d("1970-01-01"), LD, null, SU, COMMUNITY, COMMISSIONED, d("2024-06-01"), null, null, null, null)
                // E3 18-64 LD in residential care: unsettled; employment never recorded -> Unknown, not paid.
                .service("E3", "E3", d("1980-01-01"), LD, null, SU, RESIDENTIAL, null, d("2019-01-01"), null, null,
                        "Registered care home", null)
                // E4 65+ in nursing care, accommodation never recorded -> Unknown, unsettled.
                .service("E4", "E4", d("1940-01-01"), PERSONAL_CARE, null, SU, NURSING, null, d("2018-01-01"), null, null, null, null)
                // E5 18-64 LD in prison: unsettled; left out of 1E (prison setting).
                .service("E5", "E5", d("1985-01-01"), LD, null, SU, PRISON, MPB, d("2024-01-01"), null, null,
                        "Prison / Young offenders institution / detention centre", "Paid: Less than 16 hours a week")
                // E6 65+ community with a managed budget, sheltered housing -> settled; 3D SDS, not DP.
                .service("E6", "E6", d("1945-01-01"), PERSONAL_CARE, null, SU, COMMUNITY, MPB, d("2022-01-01"), null, null,
                        "Sheltered housing / extra care housing / other sheltered housing", null)
                // E7 18-64 MH, direct payment only, tenant -> settled; 3D SDS and DP.
                .service("E7", "E7", d("1990-01-01"), MH, null, SU, COMMUNITY, DP, d("2024-02-01"), null, null,
                        "Tenant - private landlord", null)
                // Carers (age at 31 March 2025): K1 64 DP only; K2 75 managed budget; K3 69 commissioned;
                // K4 50 DP and commissioned (Part DP); K5 support ended before the year: not counted.
                .service("K1", "K1", d("1960-06-01"), null, null, CARER, CARER_SUPPORT, DP, d("2024-05-01"), d("2024-05-01"), null)
                .service("K2", "K2", d("1950-01-01"), null, null, CARER, CARER_SUPPORT, MPB, d("2024-07-01"), d("2024-12-31"), null)
                .service("K3", "K3", d("1955-06-01"), null, null, CARER, CARER_SUPPORT, COMMISSIONED, d("2024-08-01"), null, null)
                .service("K4a", "K4", d("1975-01-01"), null, null, CARER, CARER_SUPPORT, DP, d("2024-04-15"), d("2024-04-15"), null)
                .service("K4b", "K4", d("1975-01-01"), null, null, CARER, CARER_SUPPORT, COMMISSIONED, d("2024-09-01"), null, null)
                .service("K5", "K5", d("1975-01-01"), null, null, CARER, CARER_SUPPORT, DP, d("2024-01-01"), d("2024-02-01"), null)
                .yearEnd();

        // 2E: 18-64 E2, E7 settled of E2, E3, E5, E7 -> 2/4; 65+ E1, E6 of E1, E4, E6 -> 2/3; LD: E2 of E2, E3, E5.
        measure(run, "2E", "18-64", "2", "4", "50.0");
        measure(run, "2E", "65+", "2", "3", "66.7");
        measure(run, "2E", "Total", "4", "7", "57.1");
        measure(run, "2E", "18-64 Learning Disability", "1", "3", "33.3");
        // 3D1 (LTS001b community): 18-64 E2 (Part DP), E7 (DP) -> 2/2; 65+ E6 (MPB) of E1, E6 -> 1/2.
        measure(run, "3D1", "18-64", "2", "2", "100.0");
        measure(run, "3D1", "65+", "1", "2", "50.0");
        measure(run, "3D1", "Total", "3", "4", "75.0");
        // 3D2: direct payments: 18-64 2/2; 65+ 0/2.
        measure(run, "3D2", "18-64", "2", "2", "100.0");
        measure(run, "3D2", "65+", "0", "2", "0.0");
        measure(run, "3D2", "Total", "2", "4", "50.0");
        // Carers: 18-64 K1, K4 -> SDS 2/2, DP 2/2; 65+ K2 (MPB) of K2, K3 -> SDS 1/2, DP 0/2.
        measure(run, "3D1 Carers", "18-64", "2", "2", "100.0");
        measure(run, "3D1 Carers", "65+", "1", "2", "50.0");
        measure(run, "3D1 Carers", "Total", "3", "4", "75.0");
        measure(run, "3D2 Carers", "65+", "0", "2", "0.0");
        measure(run, "3D2 Carers", "Total", "2", "4", "50.0");
        // 1E: 18-64 LD not in prison: E2 (paid, from the earlier row), E3 (Unknown) -> 1/2.
        measure(run, "1E", "18-64", "1", "2", "50.0");
        // 2A: no ST-Max at all -> a denominator of 0 and an empty outcome.
        measure(run, "2A", "Total", "0", "0", "");
        // 2B, 2C: no population extract -> not computed, cells empty, and the Measures sheet says why.
        measure(run, "2B", "18-64", "", "", "");
        measure(run, "2C", "65+", "", "", "");
        assertEvidenceMatches(run);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(run.output().resolve("ASCOF.xlsx")))) {
            var measures = wb.getSheet("Measures");
            assertThat(TestFiles.headings(measures).getCell(1).getStringCellValue()).isEqualTo("Old code");
            boolean twoB = false;
            boolean twoD = false;
            for (Row r : TestFiles.dataRows(measures)) {
                String code = r.getCell(0).getStringCellValue();
                String note = r.getCell(7) == null ? "" : r.getCell(7).getStringCellValue();
                twoB |= code.equals("2B") && note.startsWith("Not computed: population missing");
                twoD |= code.equals("2D") && note.contains("hospital discharge data");
            }
            assertThat(twoB).isTrue();
            assertThat(twoD).isTrue();
            var e2 = wb.getSheet("Evidence 2E");
            boolean found = false;
            for (Row r : TestFiles.dataRows(e2)) {
                if (r.getCell(column(e2, "Person ID")).getStringCellValue().equals("E2")) {
                    assertThat(r.getCell(column(e2, "Decided by")).getStringCellValue())
                            .isEqualTo("Accommodation Status: Tenant (Service ID E2a)");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    /**
     * Every numerator and denominator on the Measures sheet can be counted back from its evidence sheet:
     * the lines of that group (Total: every line), and of those, the ones in the numerator. 2B and 2C are
     * skipped (their denominator is the population) and so is the LD row of 2E (a subset of 18-64).
     */
    private static void assertEvidenceMatches(ReturnRun run) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(run.output().resolve("ASCOF.xlsx")))) {
            for (Row r : TestFiles.dataRows(wb.getSheet("Measures"))) {
                String code = r.getCell(0).getStringCellValue();
                String group = r.getCell(3).getStringCellValue();
                if (r.getCell(4) == null || List.of("2B", "2C", "2D").contains(code)
                        || group.equals("18-64 Learning Disability")) {
                    continue;
                }
                long in = 0;
                long all = 0;
                var evidence = wb.getSheet("Evidence " + code);
                int groupColumn = column(evidence, "Group");
                int inColumn = column(evidence, "In numerator");
                assertThat(column(evidence, "Person ID")).as("Person ID once").isEqualTo(
                        headers(evidence).lastIndexOf("Person ID"));
                for (Row e : TestFiles.dataRows(evidence)) {
                    if ((group.equals("Total")
                            || e.getCell(groupColumn).getStringCellValue().equals(group))) {
                        all++;
                        in += e.getCell(inColumn).getStringCellValue().equals("Yes") ? 1 : 0;
                    }
                }
                assertThat((long) r.getCell(4).getNumericCellValue()).as(code + " " + group + " numerator").isEqualTo(in);
                assertThat((long) r.getCell(5).getNumericCellValue()).as(code + " " + group + " denominator").isEqualTo(all);
            }
        }
    }

    private static List<String> headers(org.apache.poi.ss.usermodel.Sheet sheet) {
        List<String> out = new java.util.ArrayList<>();
        TestFiles.headings(sheet).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static int column(org.apache.poi.ss.usermodel.Sheet sheet, String header) {
        int i = headers(sheet).indexOf(header);
        assertThat(i).as(sheet.getSheetName() + " has a column " + header).isNotNegative();
        return i;
    }
}
