package org.carereturns.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.carereturns.Period;
import org.carereturns.cli.ExitCode;
import org.carereturns.cli.Main;
import org.carereturns.ingest.Extract;
import org.carereturns.sample.SampleGenerator;
import org.carereturns.support.Repositories;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One run at a time per period: a second run refuses at once, naming the running execution (exit 5). */
class RunLockTest {

    @TempDir
    Path dir;

    String stdout;
    String stderr;
    Repositories.Repository repository;

    static java.util.List<String> repositories() {
        return Repositories.available();
    }

    void use(String kind) throws Exception {
        repository = Repositories.create(kind, dir.resolve("out"));
    }

    int run(String... args) {
        var result = org.carereturns.support.Cli.run(args);
        stdout = result.stdout();
        stderr = result.stderr();
        return result.code();
    }

    int yearEnd(Path input) {
        return run(with("year-end", "--period", "2024-25", "--input", input.toString(), "--output",
                dir.resolve("out").toString()));
    }

    String[] with(String... args) {
        return Stream.concat(Stream.of(args), Stream.of(repository.args())).toArray(String[]::new);
    }

    Connection repository() throws Exception {
        return repository.connect();
    }

    Path sample(double scale) throws Exception {
        Path input = dir.resolve("in");
        new SampleGenerator(new SampleGenerator.Options(Period.parse("2024-25"), scale, 11, 0.01,
                EnumSet.allOf(Extract.class))).generate(input);
        return input;
    }

    @ParameterizedTest
    @MethodSource("repositories")
    void aRunHeldOnAnotherMachineRefusesWithItsExecution(String kind) throws Exception {
        use(kind);
        Path input = sample(0.02);
        assertThat(yearEnd(input)).isZero(); // creates the repository and the lock table
        try (Connection c = repository()) {
            var st = c.prepareStatement("INSERT INTO CARE_RETURNS_RUN_LOCK VALUES ('2024-25', 77, 'year-end', "
                    + "'county-hall-02', 4242, ?, ?)");
            st.setTimestamp(1, Timestamp.from(Instant.parse("2025-04-02T01:00:00Z")));
            st.setTimestamp(2, Timestamp.from(Instant.now()));
            st.executeUpdate();
        }
        assertThat(yearEnd(input)).isEqualTo(ExitCode.ALREADY_RUNNING);
        assertThat(stderr.strip()).isEqualTo("care-returns: refused: another run for 2024-25 is in progress: "
                + "execution 77 (year-end 2024-25) started 2025-04-02T01:00:00Z on county-hall-02, process 4242; "
                + "try again when it has finished");
        // another period is not held
        assertThat(run(with("validate", "--period", "2023-24", "--input", input.toString(), "--output",
                dir.resolve("out").toString()))).isZero();
    }

    @ParameterizedTest
    @MethodSource("repositories")
    void aRunWhoseProcessDiedIsMarkedFailedAndTakenOver(String kind) throws Exception {
        use(kind);
        Path input = sample(0.02);
        assertThat(yearEnd(input)).isZero();
        long deadPid = deadPid();
        try (Connection c = repository()) {
            // what a kill -9 leaves behind: the execution still STARTED, and its lock
            c.createStatement().executeUpdate("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL, "
                    + "EXIT_CODE = 'UNKNOWN' WHERE JOB_EXECUTION_ID = 1");
            var st = c.prepareStatement("INSERT INTO CARE_RETURNS_RUN_LOCK VALUES ('2024-25', 1, 'year-end', ?, ?, ?, ?)");
            st.setString(1, java.net.InetAddress.getLocalHost().getHostName());
            st.setLong(2, deadPid);
            st.setTimestamp(3, Timestamp.from(Instant.now()));
            st.setTimestamp(4, Timestamp.from(Instant.now()));
            st.executeUpdate();
        }
        assertThat(yearEnd(input)).as(stderr).isZero();
        assertThat(run(with("runs", "--output", dir.resolve("out").toString()))).isZero();
        assertThat(stdout).containsPattern("2 +year-end +2024-25 .* COMPLETED")
                .containsPattern("1 +year-end +2024-25 .* FAILED");
    }

    @ParameterizedTest
    @MethodSource("repositories")
    void twoRunsStartedTogetherOneRunsOneRefuses(String kind) throws Exception {
        use(kind);
        Path input = sample(0.6);
        String[] args = with("year-end", "--period", "2024-25", "--input", input.toString(), "--output",
                dir.resolve("out").toString());
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> Main.run(args,
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
        long deadline = System.currentTimeMillis() + 60_000;
        while (!attached() && !first.isDone() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        int second = yearEnd(input);
        assertThat(first.get()).isZero();
        assertThat(second).as(stderr).isEqualTo(ExitCode.ALREADY_RUNNING);
        assertThat(stderr).containsPattern("another run for 2024-25 is in progress: execution \\d+ \\(year-end 2024-25\\)");
    }

    /** The first run has its execution: its run.log, in the staging folder, says so. */
    private boolean attached() throws Exception {
        Path log = dir.resolve("out/2024-25/.staging-run/run.log");
        return Files.exists(log) && Files.readString(log).matches("(?s).*execution \\d+ of year-end started.*");
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
