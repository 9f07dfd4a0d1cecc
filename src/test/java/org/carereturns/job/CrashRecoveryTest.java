package org.carereturns.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.carereturns.Period;
import org.carereturns.cli.Main;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputLocator;
import org.carereturns.sample.SampleGenerator;
import org.carereturns.support.Repositories;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run killed with SIGKILL in the middle of a large read, in its own JVM: the earlier outputs are
 * untouched, and the next run finds the dead execution, marks it failed, resumes it from its last
 * committed chunk, and writes returns.csv and rejected.csv byte for byte as an uninterrupted run does. On H2, and on PostgreSQL when
 * CARE_RETURNS_TEST_PG_URL names a server (CI starts a real one).
 */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    /** One generated council for both repositories: generating it is a good part of the test's time. */
    @TempDir
    static Path generated;

    static Path input;

    @org.junit.jupiter.api.BeforeAll
    static void generate() throws Exception {
        input = generated.resolve("in");
        new SampleGenerator(new SampleGenerator.Options(Period.parse("2024-25"), 1, 21, 0.02,
                EnumSet.allOf(Extract.class))).generate(input);
    }

    Repositories.Repository repository;

    static java.util.List<String> repositories() {
        return Repositories.available();
    }

    String[] dbArgs(Path output) {
        return repository.args();
    }

    /** Runs the command in this JVM, expecting it to succeed; what it said on standard error. */
    static String inProcess(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return err.toString(StandardCharsets.UTF_8);
    }

    String[] yearEnd(Path input, Path output) {
        return Stream.concat(Stream.of("year-end", "--period", "2024-25", "--input", input.toString(), "--output",
                output.toString()), Stream.of(dbArgs(output))).toArray(String[]::new);
    }

    @ParameterizedTest
    @MethodSource("repositories")
    void aKilledRunIsFoundAndTheNextRunWritesWhatAnUninterruptedRunWrites(String kind) throws Exception {
        repository = Repositories.create(kind, dir.resolve("out"));

        Path reference = dir.resolve("reference");
        Repositories.Repository main = repository;
        repository = Repositories.create(kind, reference); // the uninterrupted run keeps its own history
        inProcess(yearEnd(input, reference));
        repository = main;
        Path out = dir.resolve("out");
        inProcess(yearEnd(input, out));                 // the earlier outputs
        Map<String, String> earlier = hashes(out.resolve("2024-25"));

        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.carereturns.cli.Main"));
        command.addAll(List.of(yearEnd(input, out)));
        Process victim = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("victim.log").toFile()).start();
        Path log = waitForStaging(out).resolve("run.log");
        long deadline = System.currentTimeMillis() + 120_000;
        while (!(Files.exists(log) && Files.readString(log).contains("step readServices: COMPLETED"))
                && victim.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(victim.isAlive()).as("the run is still reading when it is killed").isTrue();
        victim.destroyForcibly();                       // SIGKILL: no shutdown hook, no clean-up
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(hashes(out.resolve("2024-25"))).as("earlier outputs untouched").isEqualTo(earlier);

        String said = inProcess(yearEnd(input, out));   // the next invocation of the same command
        assertThat(said.lines().filter(l -> l.contains("was marked failed")).toList()).as("said in one line")
                .singleElement().asString().matches("care-returns: note: execution \\d+, which stopped without "
                        + "finishing, was marked failed; this run resumes it from its last committed chunk");
        for (String file : List.of("returns.csv", "rejected.csv")) {
            assertThat(Files.readAllBytes(out.resolve("2024-25").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(reference.resolve("2024-25").resolve(file)));
        }
        try (Stream<Path> s = Files.list(out.resolve("2024-25"))) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
        }
        // It resumed from the last committed chunk: the rows committed before the kill were replayed, and
        // only the rest were read again; together they are exactly the rows of the uninterrupted run.
        String runLog = Files.readString(out.resolve("2024-25/run.log"));
        String resumed = runLog.substring(runLog.indexOf("resuming the execution that stopped"));
        assertThat(resumed).contains("which stopped without finishing, was marked failed; this run resumes it");
        var replayedMatch = java.util.regex.Pattern.compile("resumed: (\\d+) rows committed").matcher(resumed);
        assertThat(replayedMatch.find()).as(resumed).isTrue();
        long replayed = Long.parseLong(replayedMatch.group(1));
        assertThat(replayed).isPositive();
        assertThat(replayed + rowsRead(resumed)).isEqualTo(rowsRead(Files.readString(reference.resolve("2024-25/run.log"))));
        assertThat(Files.list(out.resolve("2024-25")).map(p -> p.getFileName().toString())).doesNotContain("journal");
        ByteArrayOutputStream runs = new ByteArrayOutputStream();
        String[] runsArgs = Stream.concat(Stream.of("runs", "--output", out.toString()), Stream.of(dbArgs(out)))
                .toArray(String[]::new);
        Main.run(runsArgs, new PrintStream(runs, true, StandardCharsets.UTF_8), System.err);
        String history = runs.toString(StandardCharsets.UTF_8);
        assertThat(history).containsPattern("year-end +2024-25 .* FAILED");
        assertThat(history.lines().filter(l -> l.contains("COMPLETED")).count()).isGreaterThanOrEqualTo(2);
    }

    /** The rows the read steps of a run.log read. */
    private static long rowsRead(String runLog) {
        var m = java.util.regex.Pattern.compile("step read\\w+: COMPLETED in [0-9.]+ s, (\\d+) rows read").matcher(runLog);
        long sum = 0;
        while (m.find()) {
            sum += Long.parseLong(m.group(1));
        }
        return sum;
    }

    private static Path waitForStaging(Path out) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.isDirectory(out.resolve("2024-25"))) {
                try (Stream<Path> s = Files.list(out.resolve("2024-25"))) {
                    var staging = s.filter(p -> p.getFileName().toString().startsWith(".staging-")).findFirst();
                    if (staging.isPresent()) {
                        return staging.get();
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the run never started");
    }

    private static Map<String, String> hashes(Path folder) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(p.getFileName().toString(), InputLocator.sha256(p));
            }
        }
        return out;
    }
}
