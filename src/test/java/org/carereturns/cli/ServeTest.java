package org.carereturns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.carereturns.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve, in its own JVM, on a schedule every two seconds: it runs nightly at least twice and stops on SIGTERM. */
class ServeTest {

    @TempDir
    Path dir;

    @Test
    void runsNightlyOnItsScheduleAndStopsCleanlyOnSigterm() throws Exception {
        Path input = dir.resolve("in");
        TestFiles.workbook("Contacts")
                .row("Contact ID", "Person ID", "Date of Birth", "Contact Date", "Route of Access", "Outcome", "Outcome Date")
                .row("c1", "P1", LocalDate.of(1950, 1, 1), LocalDate.now().minusDays(1), "Prison", null, null)
                .save(input.resolve("contacts.xlsx"));
        Path schedule = Files.writeString(dir.resolve("schedule.yml"), """
                nightly:
                  cron: "*/2 * * * * *"
                  input: "%s"
                  output: "%s"
                """.formatted(input, dir.resolve("out")));
        Path log = dir.resolve("serve.log");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.carereturns.cli.Main", "serve", "--schedule",
                schedule.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.currentTimeMillis() + 120_000;
            while (finished(log) < 2 && serve.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertThat(finished(log)).as(Files.readString(log)).isGreaterThanOrEqualTo(2);
            serve.destroy();                                   // SIGTERM
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            serve.destroyForcibly(); // a failed assertion must not leave serve running on its schedule
        }
        String text = Files.readString(log);
        assertThat(text).contains("SIGTERM: stopping after the run in progress").endsWith("stopped\n")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(serve.exitValue()).isIn(0, 143);       // 143: the JVM's exit after SIGTERM
        assertThat(text.lines().filter(l -> l.contains(": finished, exit code 6")).count()).isGreaterThanOrEqualTo(2);
        Path nightly = dir.resolve("out").resolve(org.carereturns.Period.yearTo(LocalDate.now()).toString())
                .resolve("nightly").resolve(LocalDate.now().toString());
        assertThat(nightly.resolve("returns.csv")).exists();
        assertThat(nightly.resolve("history")).isDirectory();   // the second run moved the first run's files there
    }

    private static long finished(Path log) throws Exception {
        // contacts alone produce none of the returns the council expects: each night is done but incomplete (6)
        return Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> l.contains(": finished, exit code 6"))
                .count() : 0;
    }

}
