package org.carereturns.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.carereturns.cli.ExitCode;
import org.carereturns.support.Cli;
import org.carereturns.support.Sample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the run's surroundings do to it: a run stopped with Ctrl-Z (SIGSTOP) while it holds the period,
 * a damaged job repository, an output that is a file. Each gets one plain line and the right exit code,
 * at once, never a hang or the database's own words.
 */
class RepositoryFaultTest {

    @TempDir
    Path dir;

    Path input;
    Path output;

    @BeforeEach
    void sample() throws Exception {
        input = Sample.copyTo(dir.resolve("in"));
        output = dir.resolve("out");
    }

    String[] yearEnd() {
        return new String[] {"year-end", "--period", "2024-25", "--input", input.toString(), "--output",
            output.toString()};
    }

    @Test
    void aRunStoppedWithCtrlZIsNamedAndTheNextRunRefusedAtOnce() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "org.carereturns.cli.Main"));
        command.addAll(List.of(yearEnd()));
        Process holder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("holder.log").toFile()).start();
        try {
            Path log = output.resolve("2024-25/.staging-run/run.log");
            long deadline = System.currentTimeMillis() + 60_000;
            while (!(Files.exists(log) && Files.readString(log).contains("started")) && holder.isAlive()
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            assertThat(holder.isAlive()).as("the first run is still going when it is stopped").isTrue();
            assertThat(new ProcessBuilder("kill", "-STOP", Long.toString(holder.pid())).start().waitFor()).isZero();
            long stopBy = System.currentTimeMillis() + 10_000; // the signal is sent; wait until it has taken effect
            while (!LocalRunLock.isStopped(holder.pid()) && System.currentTimeMillis() < stopBy) {
                Thread.sleep(5);
            }

            long started = System.nanoTime();
            Cli.Result second = Cli.run(yearEnd());
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            assertThat(second.code()).as(second.stderr()).isEqualTo(ExitCode.ALREADY_RUNNING);
            assertThat(second.stderr()).contains("another run for 2024-25 is in progress", "process " + holder.pid(),
                    "stopped").doesNotContain("Exception", "H2", "AUTO_SERVER");
            assertThat(seconds).as("refused at once, not after a time-out").isLessThan(10);
        } finally {
            new ProcessBuilder("kill", "-CONT", Long.toString(holder.pid())).start().waitFor();
        }
        assertThat(holder.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(holder.exitValue()).as(Files.readString(dir.resolve("holder.log"))).isZero();
    }

    @Test
    void aDamagedJobRepositoryGetsAdviceNotTheDatabasesWords() throws Exception {
        assertThat(Cli.run(yearEnd()).code()).isZero();
        Path repository = output.resolve(".jobrepo/care-returns.mv.db");
        assertThat(repository).exists();
        byte[] bytes = Files.readAllBytes(repository);
        java.util.Arrays.fill(bytes, 0, Math.min(bytes.length, 8192), (byte) 'x');
        Files.write(repository, bytes);

        Cli.Result r = Cli.run(yearEnd());
        assertThat(r.code()).isEqualTo(ExitCode.JOB_FAILED);
        assertThat(r.stderr().lines().filter(l -> !l.isBlank()).count()).isEqualTo(1);
        assertThat(r.stderr()).contains("job repository", "is damaged", "move that folder aside")
                .doesNotContain("Store header", "MVStore", "Exception");
        assertThat(output.resolve("2024-25/returns.csv")).exists();
    }

    @Test
    void anOutputThatIsAFileIsRefusedInOneLine() throws Exception {
        Files.writeString(dir.resolve("not-a-folder"), "x");
        Cli.Result r = Cli.run("year-end", "--period", "2024-25", "--input", input.toString(), "--output",
                dir.resolve("not-a-folder").toString());
        assertThat(r.code()).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(r.stderr().lines().count()).isEqualTo(1);
        assertThat(r.stderr()).contains("is a file, not a folder").doesNotContain("Exception", "H2");
    }
}
