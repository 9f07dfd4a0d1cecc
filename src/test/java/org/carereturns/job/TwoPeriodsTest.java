package org.carereturns.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two periods at once into one output folder, on the embedded job repository: the first process
 * serves the H2 file to the second (the locks are per period, so both may run). When the first ends
 * before the second, it waits for the second before closing the repository, so both complete; and a
 * closed repository is never reported as a stop the system asked for.
 */
class TwoPeriodsTest {

    @TempDir
    Path dir;

    @Test
    void aRunForAnotherPeriodIntoTheSameFolderCompletesAfterTheFirstEnds() throws Exception {
        Path out = dir.resolve("out");
        // the first checks last year's extracts (validate); it ends while the second, which reads this year's
        // through it, pauses before writing its returns (as a county's long compute step would)
        Process first = start("validate", "2023-24", "input/2023-24", out, dir.resolve("first.txt"));
        Path lock = out.resolve(".jobrepo").resolve("care-returns.lock.db");
        for (int i = 0; i < 300 && !Files.exists(lock) && first.isAlive(); i++) {
            Thread.sleep(50); // the first process owns the repository, and serves it, from here on
        }
        assertThat(lock).as("the first run opened the repository").exists();
        Process second = start("year-end", "2024-25", "input/2024-25", out, dir.resolve("second.txt"),
                "-D" + FaultPoint.PAUSE + "=before-step:writeReturns", "-D" + FaultPoint.PAUSE_MS + "=8000");
        try {
            assertThat(first.waitFor(2, TimeUnit.MINUTES)).as("the first ended").isTrue();
            assertThat(second.waitFor(2, TimeUnit.MINUTES)).as("the second ended").isTrue();
        } finally {
            first.destroyForcibly();
            second.destroyForcibly();
        }
        String firstSaid = Files.readString(dir.resolve("first.txt"));
        String secondSaid = Files.readString(dir.resolve("second.txt"));
        assertThat(first.exitValue()).as(firstSaid).isZero();
        assertThat(second.exitValue()).as(secondSaid).isZero();
        assertThat(firstSaid + secondSaid).doesNotContain("asked it to stop", "was closed while the run used it",
                "could not be released");
        assertThat(firstSaid).as("the first waited for the second").contains("waiting for it to finish");
        assertThat(out.resolve("2024-25/returns.csv")).exists();
        assertThat(out.resolve("2023-24/validate/manifest.json")).exists();
    }

    /** A repository closed under a run is said as such, and a stop the system asked for only when one came. */
    @Test
    void aClosedRepositoryIsNotTakenForASignal() {
        String said = RepositoryProblems.problem(new java.sql.SQLException("Database is already closed [90121-240]"),
                dir.resolve("out"));
        assertThat(said).contains("was closed while the run used it").doesNotContain("asked it to stop");
    }

    private static Process start(String command, String period, String input, Path out, Path log,
                                 String... properties) throws Exception {
        List<String> jvm = new java.util.ArrayList<>(List.of("-Xmx512m"));
        jvm.addAll(List.of(properties));
        return org.carereturns.support.OwnJvm.start(log, jvm, command, "--period", period, "--input", input,
                "--output", out.toString());
    }
}
