package org.carereturns.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTest {

    @TempDir
    Path dir;

    @Test
    void aLedgerThatLosesARowFailsLoudly() {
        InputFile file = new InputFile(Extract.CONTACTS, dir.resolve("contacts.xlsx"), "Contacts", 1, new int[0], "", 0,
                List.of());
        FileTally tally = new FileTally(file);
        tally.used();
        tally.excluded("closed before the period");
        tally.rejected();
        tally.blank();
        assertThat(tally.balances()).isTrue();
        assertThat(tally.rowsRead()).isEqualTo(3);
        assertThat(tally.blankRows()).isEqualTo(1);
        assertThat(tally.usedRows()).isEqualTo(1);
        assertThat(tally.exclusions()).containsEntry("closed before the period", 1L);

        var plan = new org.carereturns.ingest.InputPlan();
        RunLedger ledger = new RunLedger(plan);
        assertThatThrownBy(() -> ledger.tally(file)).hasMessageContaining("not in the run's plan");
    }

    @Test
    void formulaLeadersAreNeutralised() {
        for (String v : List.of("=1+1", "+44", "-3", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(RejectedCsv.safe(v)).isEqualTo("'" + v);
        }
        assertThat(RejectedCsv.safe("Prison")).isEqualTo("Prison");
        assertThat(RejectedCsv.safe("")).isEmpty();
        assertThat(RejectedCsv.quote("a,b \"c\"")).isEqualTo("\"a,b \"\"c\"\"\"");
    }

    @Test
    void publishingMovesEarlierFilesToHistoryAndNewOnesIn() throws Exception {
        Path target = dir.resolve("2024-25");
        Files.createDirectories(target);
        Files.writeString(target.resolve("rejected.csv"), "old");
        OutputFolder folder = new OutputFolder(target, "t1");
        Path staging = folder.prepare();
        // inside the target, so that publishing is a rename within one file system even on a mounted share
        assertThat(staging.getParent()).isEqualTo(target);
        assertThat(staging.getFileName().toString()).startsWith(".");
        Files.writeString(staging.resolve("rejected.csv"), "new");
        Path history = folder.publish(LocalDateTime.of(2025, 4, 3, 2, 0));
        assertThat(history).isEqualTo(target.resolve("history/20250403T020000"));
        assertThat(history.resolve("rejected.csv")).hasContent("old");
        assertThat(target.resolve("rejected.csv")).hasContent("new");
        assertThat(staging).doesNotExist();
    }

    @Test
    void jsonIsEscaped() {
        assertThat(Json.write(java.util.Map.of("a", "x\"y\n"))).isEqualTo("{\n  \"a\": \"x\\\"y\\n\"\n}\n");
    }
}
