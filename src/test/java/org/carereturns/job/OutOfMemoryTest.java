package org.carereturns.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.carereturns.Period;
import org.carereturns.cli.ExitCode;
import org.carereturns.ingest.Extract;
import org.carereturns.sample.SampleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council too large for the heap Java was given: the operator is told which step ran out of memory
 * and how to give it more, in one line and not as a stack trace, and nothing is published.
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aStepThatRunsOutOfMemorySaysSoAndHowToGiveItMore() throws Exception {
        Path input = dir.resolve("in");
        new SampleGenerator(new SampleGenerator.Options(Period.parse("2024-25"), 0.02, 3, 0.01,
                EnumSet.allOf(Extract.class))).generate(input);
        Path out = dir.resolve("out");
        Path log = dir.resolve("run.log");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-D" + FaultPoint.EXHAUST + "=before-step:computeSalt",
                "-cp", System.getProperty("java.class.path"), "org.carereturns.cli.Main", "year-end", "--period",
                "2024-25", "--input", input.toString(), "--output", out.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String said = Files.readString(log);
        assertThat(p.exitValue()).as(said).isEqualTo(ExitCode.JOB_FAILED);
        assertThat(said).contains("the year-end job failed (execution 1): step computeSalt ran out of memory: Java"
                + " was given ").contains("MB. Run it again with more, for example java -Xmx")
                .contains("the earlier outputs in " + out.resolve("2024-25") + " were left as they were")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(out.resolve("2024-25").resolve("returns.csv")).doesNotExist();
    }
}
