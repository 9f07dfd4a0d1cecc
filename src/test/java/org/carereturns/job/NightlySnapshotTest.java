package org.carereturns.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carereturns.support.Labels.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.carereturns.ingest.CsvReading;
import org.carereturns.ingest.SheetRow;
import org.carereturns.support.Cli;
import org.carereturns.support.ReturnRun;
import org.carereturns.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nightly run's as-of date stands in for 31 March: the same extracts give different snapshots on
 * 30 September and 31 October 2024. Every figure worked out by hand below.
 */
class NightlySnapshotTest {

    @TempDir
    Path dir;

    private Map<String, String> night(String asOf) throws Exception {
        Path input = dir.resolve("in");
        TestFiles.workbook("Services").row(ReturnRun.SERVICE_COLUMNS.toArray())
                // N1, 74: community support from 2023 ending 15 October 2024
                .row("S1", "N1", LocalDate.of(1950, 1, 1), MH, null, SU, COMMUNITY, COMMISSIONED,
                        LocalDate.of(2023, 1, 1), LocalDate.of(2024, 10, 15), null)
                // N2, 44: a direct payment from 1 September 2024, open
                .row("S2", "N2", LocalDate.of(1980, 1, 1), LD, null, SU, COMMUNITY, DP, LocalDate.of(2024, 9, 1), null, null)
                .save(input.resolve("services.xlsx"));
        TestFiles.workbook("Contacts").row(ReturnRun.CONTACT_COLUMNS.toArray())
                // P9, 74, a new client: received 20 September, outcome 20 October
                .row("c1", "P9", LocalDate.of(1950, 1, 1), SU, LocalDate.of(2024, 9, 20), "Prison",
                        "No Services Provided - other reason", LocalDate.of(2024, 10, 20))
                .save(input.resolve("contacts.xlsx"));
        TestFiles.workbook("Reviews").row(ReturnRun.REVIEW_COLUMNS.toArray()).save(input.resolve("reviews.xlsx"));
        var result = Cli.run("nightly", "--as-of", asOf, "--input", input.toString(), "--output",
                dir.resolve("out").toString());
        // no safeguarding or care-leaver extract: SALT and ASCOF are published, and the run says it is incomplete
        assertThat(result.code()).as(result.stderr()).isEqualTo(org.carereturns.cli.ExitCode.INCOMPLETE);
        Map<String, String> cells = new LinkedHashMap<>();
        try (var csv = CsvReading.open(dir.resolve("out/2024-25/nightly").resolve(asOf).resolve("returns.csv"))) {
            SheetRow r = csv.next();
            while ((r = csv.next()) != null) {
                cells.put(r.cell(1).text() + "|" + r.cell(2).text() + "|" + r.cell(3).text(), r.cell(4).text());
            }
        }
        return cells;
    }

    @Test
    void theAsOfDateStandsInForTheEndOfThePeriod() throws Exception {
        String comm = "Community: CASSR Commissioned Support only";
        String dp = "Community: Direct Payment only";
        String other = "No Services Provided - other reason";

        // As of 30 September: both N1 and N2 have support that day (LTS001b); N1's covers every day from
        // 31 March (LTS001c), N2's began in September. The contact is open (its outcome is after 30 Sept),
        // so it is in no STS001 cell.
        Map<String, String> sept = night("2024-09-30");
        assertThat(sept.get("LTS001b Table 1b|" + MH + "|" + comm)).isEqualTo("1");
        assertThat(sept.get("LTS001b Table 1a|" + LD + "|" + dp)).isEqualTo("1");
        assertThat(sept.get("LTS001c Table 1b|" + MH + "|" + comm)).isEqualTo("1");
        assertThat(sept.get("LTS001c Table 1a|Total|Total")).isEqualTo("0");
        assertThat(sept.get("Local KPIs|Contacts received|Value")).isEqualTo("1");
        assertThat(sept.get("Local KPIs|Contacts open at period end|Value")).isEqualTo("1");
        assertThat(sept.get("Local KPIs|Contacts with an outcome|Value")).isEqualTo("0");
        assertThat(sept.get("STS001 Table 1b|Total|Total")).isEqualTo("0");

        // As of 31 October: N1's support ended on 15 October, so only N2 is in LTS001b (N1 is still in
        // LTS001a, aged at the end of their support). The outcome on 20 October now counts: STS001 1b,
        // Prison x No Services Provided - other reason; nothing is open.
        Map<String, String> oct = night("2024-10-31");
        assertThat(oct.get("LTS001b Table 1b|Total|Total")).isEqualTo("0");
        assertThat(oct.get("LTS001b Table 1a|" + LD + "|" + dp)).isEqualTo("1");
        assertThat(oct.get("LTS001a Table 1b|" + MH + "|" + comm)).isEqualTo("1");
        assertThat(oct.get("Local KPIs|Contacts open at period end|Value")).isEqualTo("0");
        assertThat(oct.get("Local KPIs|Contacts with an outcome|Value")).isEqualTo("1");
        assertThat(oct.get("STS001 Table 1b|Prison|" + other)).isEqualTo("1");
        assertThat(oct.get("STS001 Table 1b|Total|Total")).isEqualTo("1");
    }
}
