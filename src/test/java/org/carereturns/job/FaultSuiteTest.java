package org.carereturns.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.carereturns.Period;
import org.carereturns.audit.OutputFolder;
import org.carereturns.ingest.Extract;
import org.carereturns.sample.SampleGenerator;
import org.carereturns.support.Repositories;
import org.carereturns.support.Sample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault suite: the year-end in its own JVM, stopped dead (as SIGKILL stops it: no shutdown hook,
 * nothing flushed) at every step boundary, in the middle of read steps, and in the middle of
 * publishing, once or twice in a row; then the same command again. Whatever the crashes, the outputs
 * must be byte for byte those of a run that was never interrupted, and a run stopped mid-publish
 * must leave the earlier outputs, not a mix. On H2, and on PostgreSQL when CI starts one.
 */
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class FaultSuiteTest {

    @TempDir
    static Path shared;

    static Path input;
    static Path reference;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        input = shared.resolve("in");
        // large enough that contacts take three chunks of 1,000 rows, small enough to run 30 times
        new SampleGenerator(new SampleGenerator.Options(Period.parse("2024-25"), 0.15, 5, 0.03,
                EnumSet.allOf(Extract.class))).generate(input);
        reference = shared.resolve("reference");
        assertThat(jvm(reference, Repositories.create(Repositories.H2, reference), null)).isZero();
    }

    /** Every step of the year-end, as its flow is built (GoldenSampleTest checks a run takes them in order). */
    static final List<String> STEPS = ReturnsJobConfig.stepNames(true);

    /** Each scenario: the fault points the successive runs stop at, then one more run that must finish. */
    static Stream<Arguments> scenarios() {
        List<Arguments> out = new ArrayList<>();
        for (String repository : Repositories.available()) {
            List<List<String>> all = new ArrayList<>();
            for (String step : STEPS) {
                all.add(List.of("after-step:" + step));
            }
            all.add(List.of("before-step:readReviews"));
            all.add(List.of("chunk:readServices:1"));
            all.add(List.of("chunk:readContacts:2"));
            all.add(List.of("publish-move:1"));
            all.add(List.of("publish-move:12"));
            // twice in a row: the case that once double-counted four extracts, and others like it
            all.add(List.of("after-step:readPopulation", "after-step:accountForRows"));
            all.add(List.of("chunk:readContacts:2", "chunk:readContacts:1"));
            all.add(List.of("chunk:readServices:1", "after-step:checkAcrossRows"));
            all.add(List.of("before-step:readSafeguarding", "publish-move:4"));
            all.add(List.of("after-step:writeReturns", "after-step:writeAuditTrail"));
            if (!repository.equals(Repositories.H2)) {
                // the same code on another database: the double crashes that once went wrong suffice
                all = all.stream().filter(s -> s.size() == 2 && !s.get(0).startsWith("after-step:write")
                        && !s.get(0).startsWith("before-step")).toList();
            }
            for (List<String> faults : all) {
                out.add(Arguments.of(repository, faults));
            }
        }
        return out.stream();
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: stopped at {1}")
    @MethodSource("scenarios")
    void anyNumberOfCrashesAtAnyPointGiveTheUninterruptedRunsBytes(String kind, List<String> faults)
            throws Exception {
        Path out = dir.resolve("out");
        Repositories.Repository repository = Repositories.create(kind, out);
        Path published = earlierOutputs(out);
        Map<String, String> earlier = Sample.hashes(published);

        for (String fault : faults) {
            assertThat(jvm(out, repository, fault)).as("stopped at " + fault).isEqualTo(FaultPoint.HALTED);
            if (!fault.startsWith("publish-move") && !fault.equals("after-step:publish")) {
                assertThat(Sample.hashes(published)).as("earlier outputs untouched after " + fault).isEqualTo(earlier);
            }
        }
        assertThat(jvm(out, repository, null)).as("the run after the crashes").isZero();
        for (String file : List.of("returns.csv", "rejected.csv")) {
            assertThat(Files.readAllBytes(published.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(reference.resolve("2024-25").resolve(file)));
        }
        String manifest = Files.readString(published.resolve("manifest.json"));
        String expected = Files.readString(reference.resolve("2024-25/manifest.json"));
        assertThat(counts(manifest)).isEqualTo(counts(expected));
        try (Stream<Path> s = Files.list(published)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".staging") || n.equals(OutputFolder.INTENT));
        }
        // the outputs of the first run went to history whole: nothing of them was lost or mixed (a run
        // stopped after its last move published once already, so its history holds that set as well)
        try (Stream<Path> s = Files.list(published.resolve("history"))) {
            List<Path> kept = s.sorted().toList();
            assertThat(kept).hasSize(faults.contains("after-step:publish") ? 2 : 1);
            assertThat(Sample.hashes(kept.get(0))).isEqualTo(earlier);
        }
    }

    /** A run stopped in the middle of publishing leaves the earlier set in place once the next command starts. */
    @ParameterizedTest(name = "stopped after move {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {2, 13})
    void aPublishCutShortIsPutBackBeforeAnythingElse(int move) throws Exception {
        Path out = dir.resolve("out");
        Repositories.Repository repository = Repositories.create(Repositories.H2, out);
        Path published = earlierOutputs(out);
        Map<String, String> earlier = Sample.hashes(published);
        assertThat(jvm(out, repository, "publish-move:" + move)).isEqualTo(FaultPoint.HALTED);
        assertThat(Files.exists(published.resolve(OutputFolder.INTENT))).isTrue();

        new OutputFolder(published, "run").rollBack();
        assertThat(Sample.hashes(published)).isEqualTo(earlier);
        assertThat(Files.exists(published.resolve(OutputFolder.INTENT))).isFalse();
    }

    /**
     * SIGTERM (a scheduler's stop, systemctl, Ctrl-C) at points across the run: the job stops as Spring
     * Batch stops one, at the end of the chunk or step in hand, and says truthfully what happened. Before
     * the publish, nothing is published, the earlier outputs stay, and the next run resumes the stopped
     * one; once the publish has begun it is finished first, and the run's outputs are in place. Never the
     * database's words about a closed database, never a lock that could not be released.
     */
    @ParameterizedTest(name = "SIGTERM at {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"before-step:readServices", "chunk:readContacts:1",
        "after-step:checkAcrossRows", "before-step:writeReturns", "after-step:writeAuditTrail", "publish-move:1",
        "publish-move:12"})
    void aStopAskedForAtAnyPointIsSaidAsItHappenedAndTheNextRunFinishes(String point) throws Exception {
        Path out = dir.resolve("out");
        Repositories.Repository repository = Repositories.create(Repositories.H2, out);
        Path published = earlierOutputs(out);
        Map<String, String> earlier = Sample.hashes(published);
        Run stopped = run(out, repository, FaultPoint.SIGNAL, point);
        boolean publishing = point.startsWith("publish-move");
        // returns.md's codes: done once published; otherwise the job failed, earlier outputs untouched
        assertThat(stopped.code()).as(stopped.said()).isEqualTo(publishing ? 0 : 4);
        assertThat(stopped.said()).doesNotContainIgnoringCase("database is already closed")
                .doesNotContain("could not be released", "Exception", "\tat ");
        if (publishing) {
            assertThat(stopped.said()).contains("the publish was finished first", published + " holds this run's outputs");
            assertThat(Files.exists(published.resolve(OutputFolder.INTENT))).isFalse();
        } else {
            assertThat(stopped.said()).contains("was stopped by the system (SIGTERM or Ctrl-C)",
                    "nothing of it was published", "the next run resumes it");
            assertThat(Sample.hashes(published)).as("earlier outputs untouched").isEqualTo(earlier);
            Run resumed = run(out, repository, null, null);
            assertThat(resumed.code()).as(resumed.said()).isZero();
            assertThat(resumed.said()).contains("which the system stopped before it finished");
        }
        for (String file : List.of("returns.csv", "rejected.csv")) {
            assertThat(Files.readAllBytes(published.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(reference.resolve("2024-25").resolve(file)));
        }
        try (Stream<Path> s = Files.list(published.resolve("history"))) {
            List<Path> kept = s.sorted().toList();
            assertThat(kept).hasSize(1);
            assertThat(Sample.hashes(kept.get(0))).isEqualTo(earlier);
        }
    }

    record Run(int code, String said) {
    }

    /** The year-end in a JVM of its own, with a fault property set when one is named; what it said. */
    static Run run(Path out, Repositories.Repository repository, String property, String point) throws Exception {
        // a short run: the JIT's top tier and a parallel collector would not pay for themselves, nor would
        // verifying the bytecode of our own and our libraries' classes again each time (8 % of the run), and the
        // suite runs two of these at a time on two cores
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:-BytecodeVerificationRemote"));
        if (property != null) {
            command.add("-D" + property + "=" + point);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.carereturns.cli.Main",
                "year-end", "--period", "2024-25", "--input", input.toString(), "--output", out.toString()));
        command.addAll(List.of(repository.args()));
        Path log = Files.createTempFile(out.getParent(), "run", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the run finished or stopped").isTrue();
        return new Run(p.exitValue(), Files.readString(log));
    }

    /** The earlier outputs a council has signed off: the uninterrupted run's published files. */
    private static Path earlierOutputs(Path out) throws Exception {
        Path published = Files.createDirectories(out.resolve("2024-25"));
        try (Stream<Path> s = Files.list(reference.resolve("2024-25"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, published.resolve(p.getFileName()));
            }
        }
        return published;
    }

    /** The per-file counts of a manifest: each file's name, rows read, blank, rejected, excluded and used. */
    private static List<String> counts(String manifest) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\"name\" ?: ?\"([^\"]+)\"[^}]*?\"rows_read\" ?: ?(\\d+)[^}]*?"
                + "\"blank_rows\" ?: ?(\\d+)[^}]*?\"rejected\" ?: ?(\\d+)[^}]*?\"excluded\" ?: ?(\\d+)[^}]*?"
                + "\"used\" ?: ?(\\d+)", java.util.regex.Pattern.DOTALL).matcher(manifest);
        while (m.find()) {
            out.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5) + " "
                    + m.group(6));
        }
        assertThat(out).isNotEmpty();
        return out;
    }

    /** Runs the year-end in a JVM of its own, stopped at {@code fault} when one is named; its exit code. */
    static int jvm(Path out, Repositories.Repository repository, String fault) throws Exception {
        Run r = run(out, repository, fault == null ? null : FaultPoint.PROPERTY, fault);
        if (r.code() != 0 && r.code() != FaultPoint.HALTED) {
            throw new AssertionError("exit " + r.code() + ": " + r.said());
        }
        return r.code();
    }

}
