package org.carereturns.salt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carereturns.support.ReturnRun.cellsOf;
import static org.carereturns.support.ReturnRun.d;

import java.nio.file.Path;

import org.carereturns.support.ReturnRun;
import static org.carereturns.support.Labels.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SALT from hand-built cohorts for 2024-25 (1 April 2024 to 31 March 2025). Every expected cell is
 * worked out from returns.md in the comments; every cell not listed must be 0.
 */
class SaltTablesTest {


    @TempDir
    Path dir;

    @Test
    void sts001AndTheContactKpis() throws Exception {
        ReturnRun run = new ReturnRun(dir)
                // P10 has had community support since 2023: an existing client all year.
                .service("S10", "P10", d("1950-01-01"), MH, null, SU, COMMUNITY, COMMISSIONED, d("2023-01-01"), null, null)
                // P11's residential care starts 1 June 2024: a new client before that.
                .service("S11", "P11", d("1940-01-01"), MH, null, SU, RESIDENTIAL, null, d("2024-06-01"), null, null)
                // P18's community support ends 30 September 2024.
                .service("S18", "P18", d("1945-01-01"), MH, null, SU, COMMUNITY, COMMISSIONED, d("2023-01-01"),
                        d("2024-09-30"), null)
                // c1: new, 63 on 10 Apr 2024 -> 1a, Discharge x ST-Max; 10 days to outcome.
                .contact("c1", "P1", d("1960-05-01"), SU, d("2024-04-10"), "Discharge from Hospital",
                        "Short Term Support to Maximise Independence", d("2024-04-20"))
                // c2: 64 on 14 Jun 2024 (65 the next day) -> 1a, Community x Universal; 6 days.
                .contact("c2", "P2", d("1959-06-15"), SU, d("2024-06-14"), "Community / Other route",
                        "Universal Services/Signposted to other services", d("2024-06-20"))
                // c3: the same person on their 65th birthday -> 1b, Community x Ongoing Low Level; 15 days.
                .contact("c3", "P2", d("1959-06-15"), SU, d("2024-06-15"), "community / other route", "8", d("2024-06-30"))
                // c4: an existing client's contact: not in STS001 (counted in the KPIs); 9 days.
                .contact("c4", "P10", d("1950-01-01"), SU, d("2024-07-01"), "Community / Other route",
                        "Long Term Support: Community", d("2024-07-10"))
                // c5: P11 on 15 May 2024, before their care began: new, 84 -> 1b, Discharge x LTS Residential; 16 days.
                .contact("c5", "P11", d("1940-01-01"), SU, d("2024-05-15"), "Discharge from Hospital",
                        "Long Term Support: Residential Care", d("2024-05-31"))
                // c6: a carer's contact: not in STS001; 1 day.
                .contact("c6", "P12", d("1970-01-01"), "Carer", d("2024-08-01"), "Community / Other route",
                        "No Services Provided - other reason", d("2024-08-02"))
                // c7: outcome dated after the period: not in STS001; open at the period end.
                .contact("c7", "P13", d("1950-01-01"), SU, d("2025-03-20"), "Community / Other route", "12", d("2025-04-02"))
                // c8: received before the period, outcome in it: 1b, Prison x End of Life; 11 days.
                .contact("c8", "P14", d("1950-01-01"), SU, d("2024-03-25"), "Prison", "End of Life", d("2024-04-05"))
                // c9: still open.
                .contact("c9", "P15", d("1950-01-01"), SU, d("2024-09-01"), "Community / Other route", null, null)
                // c10: closed before the period: excluded.
                .contact("c10", "P16", d("1950-01-01"), SU, d("2024-02-01"), "Prison", "12", d("2024-03-01"))
                // c11: 16 years old: not in STS001 (adults only) but in the KPIs; 9 days.
                .contact("c11", "P17", d("2007-06-01"), SU, d("2024-05-01"), "Planned Entry (Transition)", "8",
                        d("2024-05-10"))
                // c12: received after the period: excluded.
                .contact("c12", "P19", d("1950-01-01"), SU, d("2025-04-05"), "Prison", null, null)
                // c13: the day after P18's support ended: new, 79 -> 1b, Community x ST (other); 4 days.
                .contact("c13", "P18", d("1945-01-01"), SU, d("2024-10-01"), "Community / Other route",
                        "Short Term Support (other)", d("2024-10-05"))
                // c14: on the day P18's support ended: still existing; 2 days.
                .contact("c14", "P18", d("1945-01-01"), SU, d("2024-09-30"), "Community / Other route", "12", d("2024-10-02"))
                .yearEnd();

        String ltsRes = "Long Term Support: Residential Care";
        run.assertTable("STS001 Table 1a", cellsOf(
                "Discharge from Hospital|Short Term Support to Maximise Independence", 1,
                "Discharge from Hospital|Total", 1,
                "Community / Other route|Universal Services/Signposted to other services", 1,
                "Community / Other route|Total", 1,
                "Total|Short Term Support to Maximise Independence", 1,
                "Total|Universal Services/Signposted to other services", 1,
                "Total|Total", 2));
        run.assertTable("STS001 Table 1b", cellsOf(
                "Community / Other route|Ongoing Low Level Support", 1,
                "Community / Other route|Short Term Support (other)", 1,
                "Community / Other route|Total", 2,
                "Discharge from Hospital|" + ltsRes, 1, "Discharge from Hospital|Total", 1,
                "Prison|End of Life", 1, "Prison|Total", 1,
                "Total|Ongoing Low Level Support", 1, "Total|Short Term Support (other)", 1, "Total|" + ltsRes, 1,
                "Total|End of Life", 1, "Total|Total", 4));

        String k = "Local KPIs";
        // Received in the period: every contact but c8 (before), c10 (before) and c12 (after) = 11.
        assertThat(run.cell(k, "Contacts received", "Value")).isEqualTo("11");
        assertThat(run.cell(k, "Contacts received", "Numerator")).isEmpty();
        // Outcome in the period: c1-c6, c8, c11, c13, c14 = 10.
        assertThat(run.cell(k, "Contacts with an outcome", "Value")).isEqualTo("10");
        // Open at 31 March 2025: c7 (outcome after) and c9 (none) = 2.
        assertThat(run.cell(k, "Contacts open at period end", "Value")).isEqualTo("2");
        // Days 1, 2, 4, 6, 9, 9, 10, 11, 15, 16: median (9 + 9) / 2.
        assertThat(run.cell(k, "Median days from contact to outcome", "Value")).isEqualTo("9.0");
        // LTS001c = {P10} with no review; LTS001b = {P10, P11}: P10 overdue (no review, in LTS001c).
        assertThat(run.cell(k, "Long-term clients reviewed in year (%)", "Numerator")).isEqualTo("0");
        assertThat(run.cell(k, "Long-term clients reviewed in year (%)", "Denominator")).isEqualTo("1");
        assertThat(run.cell(k, "Long-term clients reviewed in year (%)", "Value")).isEqualTo("0.0");
        assertThat(run.cell(k, "Long-term clients with an overdue review (%)", "Value")).isEqualTo("50.0");

        // c10 and c12 are excluded with their reasons; 12 contacts used; the file balances.
        assertThat(run.manifest()).contains("\"rows_read\": 14,\n      \"blank_rows\": 0,\n      \"rejected\": 0,\n"
                + "      \"excluded\": 2,\n      \"used\": 12")
                .contains("\"Contact Date after the period\": 1").contains("\"closed before the period\": 1");
    }

    @Test
    void sts002ForNewAndExistingClients() throws Exception {
        ReturnRun run = new ReturnRun(dir)
                // P20: new, ended 1 Jun 2024, 74 at the end -> 002a 65+ x no identified needs.
                .service("T20", "P20", d("1950-01-01"), MH, null, SU, ST_MAX, null, d("2024-05-01"), d("2024-06-01"),
                        "No identified needs")
                // P21: on community support since 2022 -> existing; 54 -> 002b 18-64 x Increased.
                .service("L21", "P21", d("1970-01-01"), MH, null, SU, COMMUNITY, DP, d("2022-01-01"), null, null)
                .service("T21", "P21", d("1970-01-01"), MH, null, SU, ST_MAX, null, d("2024-07-01"), d("2024-07-20"),
                        "Long Term Support increased")
                // P22: ends after the period: not counted.
                .service("T22", "P22", d("1950-01-01"), MH, null, SU, ST_MAX, null, d("2025-03-01"), d("2025-04-02"),
                        "No identified needs")
                // P23: began before the period, ended in it: counted, 65+ x Ongoing Low Level.
                .service("T23", "P23", d("1940-01-01"), MH, null, SU, ST_MAX, null, d("2024-03-20"), d("2024-04-10"),
                        "Ongoing Low Level Support")
                // P24: 64 at the start, 65 at the end (age at End Date) -> 65+ x Long Term Support (any setting).
                .service("T24", "P24", d("1959-08-15"), MH, null, SU, ST_MAX, null, d("2024-08-01"), d("2024-08-20"),
                        "Long Term Support: Community")
                // P25: a new client with an existing client's outcome: rejected (SVC-13).
                .service("T25", "P25", d("1950-01-01"), MH, null, SU, ST_MAX, null, d("2024-05-01"), d("2024-05-20"),
                        "No change in Long Term Support")
                // P26: an existing client with a new client's outcome: rejected (SVC-13), naming the nursing care.
                .service("L26", "P26", d("1950-01-01"), MH, null, SU, NURSING, null, d("2023-05-05"), null, null)
                .service("T26", "P26", d("1950-01-01"), MH, null, SU, ST_MAX, null, d("2024-06-01"), d("2024-06-20"),
                        "Self-funding")
                // P27: existing (residential), 94 -> 002b 65+ x early cessation (not returning) - other reason.
                .service("L27", "P27", d("1930-01-01"), MH, null, SU, RESIDENTIAL, null, d("2020-01-01"), null, null)
                .service("T27", "P27", d("1930-01-01"), MH, null, SU, ST_MAX, null, d("2024-10-01"), d("2024-10-03"),
                        "Early cessation: other reason")
                // P28: ST-Max began the day the support ended: existing -> 002b 65+ x All Long Term Support Ended.
                .service("L28", "P28", d("1940-01-01"), MH, null, SU, COMMUNITY, COMMISSIONED, d("2023-01-01"),
                        d("2024-11-01"), null)
                .service("T28", "P28", d("1940-01-01"), MH, null, SU, ST_MAX, null, d("2024-11-01"), d("2024-11-20"),
                        "All Long Term Support ended")
                // P29: ST-Max began the day after the support ended: new -> 002a 18-64 x support declined.
                .service("L29", "P29", d("1980-01-01"), MH, null, SU, COMMUNITY, COMMISSIONED, d("2023-01-01"),
                        d("2024-11-01"), null)
                .service("T29", "P29", d("1980-01-01"), MH, null, SU, ST_MAX, null, d("2024-11-02"), d("2024-11-25"),
                        "Support declined")
                // P30: still open: not counted.
                .service("T30", "P30", d("1950-01-01"), MH, null, SU, ST_MAX, null, d("2025-03-01"), null, null)
                .yearEnd();

        String declined = "No Services Provided - needs identified but support declined";
        run.assertTable("STS002a Table 1", cellsOf(
                "18-64|" + declined, 1, "18-64|Total", 1,
                "65+|No Services Provided - no identified needs", 1, "65+|Ongoing Low Level Support", 1,
                "65+|Long Term Support (any setting)", 1, "65+|Total", 3,
                "Total|" + declined, 1, "Total|No Services Provided - no identified needs", 1,
                "Total|Ongoing Low Level Support", 1, "Total|Long Term Support (any setting)", 1, "Total|Total", 4));
        String early = "Early Cessation of Service (not returning to long term support) - other reason";
        String ended = "All Long Term Support Ended - no ongoing eligible needs";
        run.assertTable("STS002b Table 1", cellsOf(
                "18-64|Level of Long Term Support Increased", 1, "18-64|Total", 1,
                "65+|" + early, 1, "65+|" + ended, 1, "65+|Total", 2,
                "Total|Level of Long Term Support Increased", 1, "Total|" + early, 1, "Total|" + ended, 1,
                "Total|Total", 3));
        assertThat(run.rejected()).contains("T25,P25,SVC-13").contains("on the ST-Max Start Date 2024-05-01 this "
                + "person had no long-term support.");
        assertThat(run.rejected()).contains("T26,P26,SVC-13").contains("'Self-funding' is for new clients, but on the "
                + "ST-Max Start Date 2024-06-01 this person had long-term support: Long Term Support: Nursing Care "
                + "(Service ID L26, from 2023-05-05, open).");
    }
}
