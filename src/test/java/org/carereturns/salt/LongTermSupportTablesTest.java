package org.carereturns.salt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carereturns.support.ReturnRun.cellsOf;
import static org.carereturns.support.ReturnRun.d;

import java.nio.file.Path;

import org.carereturns.support.TestFiles;
import org.carereturns.support.ReturnRun;
import static org.carereturns.support.Labels.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LTS001a/b/c and LTS002a/b with the review KPIs, from hand-built cohorts for 2024-25. */
class LongTermSupportTablesTest {


    static final String NURS = "Nursing";
    static final String RES = "Residential";
    static final String C_DP = "Community: Direct Payment only";
    static final String C_PART = "Community: Part Direct Payment";
    static final String C_MPB = "Community: CASSR Managed Personal Budget";
    static final String C_COMM = "Community: CASSR Commissioned Support only";
    static final String P_MPB = "Prison: CASSR Managed Personal Budget";

    @TempDir
    Path dir;

    @Test
    void lts001abc() throws Exception {
        ReturnRun run = new ReturnRun(dir)
                // A1: nursing since 2020, 89 -> a, b, c: 1b Personal care x Nursing.
                .service("A1", "A1", d("1935-01-01"), PERSONAL_CARE, null, SU, NURSING, null, d("2020-01-01"), null, null)
                // A2: a direct payment since 2023 and commissioned support from May 2024, both open, 44
                //     -> a, b: 1a MH x Part DP; continuous since 2023 -> c too.
                .service("A2a", "A2", d("1980-01-01"), MH, null, SU, COMMUNITY, DP, d("2023-01-01"), null, null)
                .service("A2b", "A2", d("1980-01-01"), MH, null, SU, COMMUNITY, COMMISSIONED, d("2024-05-01"), null, null)
                // A3: ended 31 March 2024, the day before the period: in no table.
                .service("A3", "A3", d("1950-01-01"), LD, null, SU, COMMUNITY, COMMISSIONED, d("2022-01-01"),
                        d("2024-03-31"), null)
                // A4: starts 1 April 2025, the day after the period: in no table.
                .service("A4", "A4", d("1950-01-01"), LD, null, SU, COMMUNITY, COMMISSIONED, d("2025-04-01"), null, null)
                // A5: starts 1 April 2024; 64 when it starts, 65 on 1 Feb 2025 -> a, b: 1b Memory x Commissioned;
                //     not c (nothing covers 31 March 2024).
                .service("A5", "A5", d("1960-02-01"), MEMORY, null, SU, COMMUNITY, COMMISSIONED, d("2024-04-01"), null, null)
                // A6: died 10 Oct 2024 (support ends then); age at death 63 -> a: 1a Mobility x MPB; not b.
                .service("A6", "A6", d("1960-12-01"), MOBILITY, d("2024-10-10"), SU, COMMUNITY, MPB, d("2021-01-01"),
                        d("2024-10-10"), null)
                // A7: died 1 March 2024, before the period, though the row was never closed: in no table.
                .service("A7", "A7", d("1940-01-01"), MOBILITY, d("2024-03-01"), SU, COMMUNITY, MPB, d("2020-01-01"), null, null)
                // A8: community DP to 31 Aug 2024, residential from 1 Sep 2024 (the next day) -> a: hierarchy
                //     Residential, PSR from the residential row (Memory): 1b Memory x Residential; b same;
                //     continuous (1 Sep = day after 31 Aug) -> c.
                .service("A8a", "A8", d("1940-01-01"), MH, null, SU, COMMUNITY, DP, d("2023-01-01"), d("2024-08-31"), null)
                .service("A8b", "A8", d("1940-01-01"), MEMORY, null, SU, RESIDENTIAL, null, d("2024-09-01"), null, null)
                // A9: a one-day gap (1 July uncovered) -> a, b: 1a LD x Commissioned; not c.
                .service("A9a", "A9", d("1990-01-01"), LD, null, SU, COMMUNITY, COMMISSIONED, d("2023-01-01"),
                        d("2024-06-30"), null)
                .service("A9b", "A9", d("1990-01-01"), LD, null, SU, COMMUNITY, COMMISSIONED, d("2024-07-02"), null, null)
                // A10: a two-day gap -> a, b: 1a LD x MPB; not c.
                .service("A10a", "A10", d("1991-01-01"), LD, null, SU, COMMUNITY, MPB, d("2023-01-01"), d("2024-06-30"), null)
                .service("A10b", "A10", d("1991-01-01"), LD, null, SU, COMMUNITY, MPB, d("2024-07-03"), null, null)
                // A11: prison with a managed budget since January 2024 -> a, b, c: 1a Substance x Prison MPB.
                .service("A11", "A11", d("1985-01-01"), SUBSTANCE, null, SU, PRISON, MPB, d("2024-01-01"), null, null)
                // A12: a direct payment from 1 Dec 2024 -> a, b: 1b Visual x DP only; not c.
                .service("A12", "A12", d("1950-01-01"), VISUAL, null, SU, COMMUNITY, DP, d("2024-12-01"), null, null)
                // A13: carer support: not long-term support.
                .service("A13", "A13", d("1970-01-01"), null, null, "Carer", "Carer Support: Direct to Carer", DP,
                        d("2024-05-01"), d("2024-05-01"), null)
                // A14: DP open plus commissioned support that ended 1 Jun 2024 -> a: Part DP (both in the year);
                //      b: only the DP on 31 March -> DP only; c (the DP covers it all): 1b Personal care.
                .service("A14a", "A14", d("1945-01-01"), PERSONAL_CARE, null, SU, COMMUNITY, DP, d("2023-06-01"), null, null)
                .service("A14b", "A14", d("1945-01-01"), PERSONAL_CARE, null, SU, COMMUNITY, COMMISSIONED, d("2023-06-01"),
                        d("2024-06-01"), null)
                .yearEnd();

        run.assertTable("LTS001a Table 1a", cellsOf(
                MH + "|" + C_PART, 1, MOBILITY + "|" + C_MPB, 1, LD + "|" + C_COMM, 1, LD + "|" + C_MPB, 1,
                SUBSTANCE + "|" + P_MPB, 1,
                MH + "|Total", 1, MOBILITY + "|Total", 1, LD + "|Total", 2, SUBSTANCE + "|Total", 1,
                "Total|" + C_PART, 1, "Total|" + C_MPB, 2, "Total|" + C_COMM, 1, "Total|" + P_MPB, 1, "Total|Total", 5));
        run.assertTable("LTS001a Table 1b", cellsOf(
                PERSONAL_CARE + "|" + NURS, 1, MEMORY + "|" + C_COMM, 1, MEMORY + "|" + RES, 1, VISUAL + "|" + C_DP, 1,
                PERSONAL_CARE + "|" + C_PART, 1,
                PERSONAL_CARE + "|Total", 2, MEMORY + "|Total", 2, VISUAL + "|Total", 1,
                "Total|" + NURS, 1, "Total|" + C_COMM, 1, "Total|" + RES, 1, "Total|" + C_DP, 1, "Total|" + C_PART, 1,
                "Total|Total", 5));
        run.assertTable("LTS001b Table 1a", cellsOf(
                MH + "|" + C_PART, 1, LD + "|" + C_COMM, 1, LD + "|" + C_MPB, 1, SUBSTANCE + "|" + P_MPB, 1,
                MH + "|Total", 1, LD + "|Total", 2, SUBSTANCE + "|Total", 1,
                "Total|" + C_PART, 1, "Total|" + C_COMM, 1, "Total|" + C_MPB, 1, "Total|" + P_MPB, 1, "Total|Total", 4));
        run.assertTable("LTS001b Table 1b", cellsOf(
                PERSONAL_CARE + "|" + NURS, 1, MEMORY + "|" + C_COMM, 1, MEMORY + "|" + RES, 1, VISUAL + "|" + C_DP, 1,
                PERSONAL_CARE + "|" + C_DP, 1,
                PERSONAL_CARE + "|Total", 2, MEMORY + "|Total", 2, VISUAL + "|Total", 1,
                "Total|" + NURS, 1, "Total|" + C_COMM, 1, "Total|" + RES, 1, "Total|" + C_DP, 2, "Total|Total", 5));
        run.assertTable("LTS001c Table 1a", cellsOf(
                MH + "|" + C_PART, 1, SUBSTANCE + "|" + P_MPB, 1, MH + "|Total", 1, SUBSTANCE + "|Total", 1,
                "Total|" + C_PART, 1, "Total|" + P_MPB, 1, "Total|Total", 2));
        run.assertTable("LTS001c Table 1b", cellsOf(
                PERSONAL_CARE + "|" + NURS, 1, MEMORY + "|" + RES, 1, PERSONAL_CARE + "|" + C_DP, 1,
                PERSONAL_CARE + "|Total", 2, MEMORY + "|Total", 1,
                "Total|" + NURS, 1, "Total|" + RES, 1, "Total|" + C_DP, 1, "Total|Total", 3));
        // A3, A4 and A7 decided no figure: excluded with reasons; 16 of 19 rows used (the carer's row
        // by ASCOF 3D Carers).
        assertThat(run.manifest()).contains("\"rows_read\": 19,").contains("\"excluded\": 3,")
                .contains("\"used\": 16").contains("\"starts after the period\": 1")
                .contains("\"ended before the period\": 1").contains("\"the person died before the period\": 1");
    }

    @Test
    void lts002abAndTheReviewKpis() throws Exception {
        String noChange = "No change in setting - No Change in Long Term Support";
        String increased = "No change in setting - Level of Long Term Support Increased";
        String decreased = "No change in setting - Level of Long Term Support Decreased";
        String stMax = "Short Term Support to Maximise Independence";
        String ended = "No change in setting - All Long Term Support Ended";
        String toNursing = "Change in setting - Move to Nursing Care (from community)";
        String toResidential = "Change in setting - Move to Residential Care (from community)";
        ReturnRun run = new ReturnRun(dir)
                // B1 community since 2022, 74 (LTS001c); B2 residential since 2022, 54 (c); B3 community DP from
                // June 2024, 49 (b, not c); B4 prison since Jan 2024, 34 (c); B5 nursing to 30 Sep 2024, 89 (a only);
                // B6 community to 31 Oct 2024 then residential from 1 Nov, 84 (c); B7, B8, B9 community since 2020 (c).
                .service("B1", "B1", d("1950-01-01"), PERSONAL_CARE, null, SU, COMMUNITY, COMMISSIONED, d("2022-01-01"), null, null)
                .service("B2", "B2", d("1970-01-01"), LD, null, SU, RESIDENTIAL, null, d("2022-01-01"), null, null)
                .service("B3", "B3", d("1975-01-01"), MH, null, SU, COMMUNITY, DP, d("2024-06-01"), null, null)
                .service("B4", "B4", d("1990-01-01"), MH, null, SU, PRISON, COMMISSIONED, d("2024-01-01"), null, null)
                .service("B5", "B5", d("1935-01-01"), PERSONAL_CARE, null, SU, NURSING, null, d("2021-01-01"), d("2024-09-30"), null)
                .service("B6a", "B6", d("1940-01-01"), MEMORY, null, SU, COMMUNITY, COMMISSIONED, d("2023-01-01"),
                        d("2024-10-31"), null)
                .service("B6b", "B6", d("1940-01-01"), MEMORY, null, SU, RESIDENTIAL, null, d("2024-11-01"), null, null)
                .service("B7", "B7", d("1950-01-01"), PERSONAL_CARE, null, SU, COMMUNITY, COMMISSIONED, d("2020-01-01"), null, null)
                .service("B8", "B8", d("1950-01-01"), PERSONAL_CARE, null, SU, COMMUNITY, COMMISSIONED, d("2020-01-01"), null, null)
                .service("B9", "B9", d("1950-01-01"), PERSONAL_CARE, null, SU, COMMUNITY, COMMISSIONED, d("2020-01-01"), null, null)
                // r1, r2: B1 (community, 65+), unplanned after hospital: 1b Hospital x No change, x Increased.
                .review("r1", "B1", d("1950-01-01"), d("2024-05-10"), "Unplanned", "Hospital", noChange)
                .review("r2", "B1", d("1950-01-01"), d("2024-08-10"), "Unplanned", "Hospital", increased)
                // r3: B2 (residential, 18-64), carer related: 2a Carer related x Decreased.
                .review("r3", "B2", d("1970-01-01"), d("2024-07-01"), "Unplanned", "Carer related", decreased)
                // r4: B3 (community, 18-64), safeguarding: 1a Safeguarding x ST-Max.
                .review("r4", "B3", d("1975-01-01"), d("2024-09-01"), "Unplanned", "Safeguarding concern", stMax)
                // r5: B4 (prison): Table 3 Other reason (provider failure counts as other) x All ended.
                .review("r5", "B4", d("1990-01-01"), d("2024-06-01"), "Unplanned", "Provider failure", ended)
                // r6: B5 on the day the nursing care ends (still active): 2b Hospital x No change.
                .review("r6", "B5", d("1935-01-01"), d("2024-09-30"), "Unplanned", "Hospital", noChange)
                // r7: B5 the next day: no long-term support that day -> excluded.
                .review("r7", "B5", d("1935-01-01"), d("2024-10-01"), "Unplanned", "Hospital", noChange)
                // r8: B1 planned, move to residential: Table 4 65+.
                .review("r8", "B1", d("1950-01-01"), d("2024-11-11"), "Planned", null, toResidential)
                // r9: B3 planned, move to nursing: Table 4 18-64.
                .review("r9", "B3", d("1975-01-01"), d("2024-12-01"), "Planned", null, toNursing)
                // r10: B2 planned, no change: not in LTS002a (not a move from community); in LTS002b.
                .review("r10", "B2", d("1970-01-01"), d("2024-10-10"), "Planned", null, noChange)
                // r11: B6 planned while still in the community: Table 4 65+.
                .review("r11", "B6", d("1940-01-01"), d("2024-10-15"), "Planned", null, toResidential)
                // r12: B6 unplanned once in residential care: 2b Hospital x No change.
                .review("r12", "B6", d("1940-01-01"), d("2024-12-01"), "Unplanned", "Hospital", noChange)
                // r13: after the period: excluded.
                .review("r13", "B1", d("1950-01-01"), d("2025-04-02"), "Planned", null, noChange)
                // r14: B3 planned, no change: in no table, not B3's latest review -> excluded.
                .review("r14", "B3", d("1975-01-01"), d("2024-07-01"), "Planned", null, noChange)
                // r15: B4 before the period, not their latest -> excluded.
                .review("r15", "B4", d("1990-01-01"), d("2024-02-15"), "Planned", null, noChange)
                // r16: B7's latest review, 1 March 2024, is before 31 March 2024 (end - 365 days): overdue.
                .review("r16", "B7", d("1950-01-01"), d("2024-03-01"), "Planned", null, noChange)
                // r17: B8's latest review is on 31 March 2024 exactly: not overdue.
                .review("r17", "B8", d("1950-01-01"), d("2024-03-31"), "Planned", null, noChange)
                .yearEnd();

        String r = "Total reviews";
        String c = "Total clients in table";
        run.assertTable("LTS002a Table 1a", cellsOf(stMax + "|Safeguarding concern", 1, stMax + "|Total", 1,
                r + "|Safeguarding concern", 1, r + "|Total", 1, c + "|Safeguarding concern", 1, c + "|Total", 1));
        run.assertTable("LTS002a Table 1b", cellsOf(noChange + "|Hospital", 1, increased + "|Hospital", 1,
                noChange + "|Total", 1, increased + "|Total", 1, r + "|Hospital", 2, r + "|Total", 2,
                c + "|Hospital", 1, c + "|Total", 1));
        run.assertTable("LTS002a Table 2a", cellsOf(decreased + "|Carer related", 1, decreased + "|Total", 1,
                r + "|Carer related", 1, r + "|Total", 1, c + "|Carer related", 1, c + "|Total", 1));
        run.assertTable("LTS002a Table 2b", cellsOf(noChange + "|Hospital", 2, noChange + "|Total", 2,
                r + "|Hospital", 2, r + "|Total", 2, c + "|Hospital", 2, c + "|Total", 2));
        run.assertTable("LTS002a Table 3", cellsOf(ended + "|Other reason", 1, ended + "|Total", 1,
                r + "|Other reason", 1, r + "|Total", 1, c + "|Other reason", 1, c + "|Total", 1));
        run.assertTable("LTS002a Table 4", cellsOf(
                "Move to Nursing Care (from community)|18-64", 1, "Move to Nursing Care (from community)|Total", 1,
                "Move to Residential Care (from community)|65+", 2, "Move to Residential Care (from community)|Total", 2,
                "Total|18-64", 1, "Total|65+", 2, "Total|Total", 3));
        // LTS002b: the LTS001c people B1, B2, B4, B6 (B3 and B5 are not in LTS001c).
        run.assertTable("LTS002b Table 1", cellsOf(
                noChange + "|Unplanned 65+", 2, increased + "|Unplanned 65+", 1,
                decreased + "|Unplanned 18-64", 1, ended + "|Unplanned 18-64", 1,
                toResidential + "|Planned 65+", 2, noChange + "|Planned 18-64", 1,
                noChange + "|Total", 3, increased + "|Total", 1, decreased + "|Total", 1, ended + "|Total", 1,
                toResidential + "|Total", 2,
                r + "|Unplanned 18-64", 2, r + "|Unplanned 65+", 3, r + "|Planned 18-64", 1, r + "|Planned 65+", 2,
                r + "|Total", 8,
                c + "|Unplanned 18-64", 2, c + "|Unplanned 65+", 2, c + "|Planned 18-64", 1, c + "|Planned 65+", 2,
                c + "|Total", 4));
        String k = "Local KPIs";
        // LTS001c = B1, B2, B4, B6, B7, B8, B9 (7); reviewed in the year: B1, B2, B4, B6 -> 4/7 = 57.1%.
        assertThat(run.cell(k, "Long-term clients reviewed in year (%)", "Numerator")).isEqualTo("4");
        assertThat(run.cell(k, "Long-term clients reviewed in year (%)", "Denominator")).isEqualTo("7");
        assertThat(run.cell(k, "Long-term clients reviewed in year (%)", "Value")).isEqualTo("57.1");
        // LTS001b = LTS001c + B3 (8); overdue: B7 (latest 1 March 2024) and B9 (none, in LTS001c) -> 2/8 = 25.0%.
        assertThat(run.cell(k, "Long-term clients with an overdue review (%)", "Numerator")).isEqualTo("2");
        assertThat(run.cell(k, "Long-term clients with an overdue review (%)", "Denominator")).isEqualTo("8");
        assertThat(run.cell(k, "Long-term clients with an overdue review (%)", "Value")).isEqualTo("25.0");
        // r7, r13, r14, r15 excluded with their reasons; the other 13 reviews used.
        assertThat(run.manifest()).contains("\"no long-term support on the Review Date\": 1")
                .contains("\"Review Date after the period\": 1")
                .contains("\"before the period and not the person's latest review\": 1")
                .contains("\"planned review of a person not in LTS001c, with no move to a care home\": 1");
        // Every check passes on this cohort.
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(
                run.output().resolve("SALT.xlsx")))) {
            var checks = TestFiles.dataRows(wb.getSheet("Checks"));
            assertThat(checks).hasSize(5);
            for (var row : checks) {
                assertThat(row.getCell(2).getStringCellValue()).as(row.getCell(0)
                        .getStringCellValue() + ": " + row.getCell(3).getStringCellValue()).isEqualTo("Pass");
            }
        }
    }
}
