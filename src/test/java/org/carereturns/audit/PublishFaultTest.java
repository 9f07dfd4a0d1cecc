package org.carereturns.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.carereturns.cli.ExitCode;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputFile;
import org.carereturns.ingest.InputLocator;
import org.carereturns.support.Cli;
import org.carereturns.support.Sample;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing leaves either the earlier set of outputs or the new one, never a mix, and says truly
 * which: a move that fails part-way is rolled back; an earlier file that cannot be moved (held open on
 * a share, here made immutable) fails the run with the earlier files in place; a period folder that is
 * a file system of its own publishes as any other.
 */
class PublishFaultTest {

    @TempDir
    Path dir;

    private Path target() throws IOException {
        Path target = Files.createDirectories(dir.resolve("2024-25"));
        for (String name : List.of("SALT.xlsx", "manifest.json", "rejected.csv", "returns.csv")) {
            Files.writeString(target.resolve(name), "old " + name);
        }
        return target;
    }

    private static void stage(OutputFolder folder) throws IOException {
        Path staging = folder.prepare();
        for (String name : List.of("ASCOF.xlsx", "SALT.xlsx", "manifest.json", "rejected.csv", "returns.csv")) {
            Files.writeString(staging.resolve(name), "new " + name);
        }
        Files.createDirectories(staging.resolve("journal"));
        Files.writeString(staging.resolve("journal/services.bin"), "served the run only");
    }

    @Test
    void aMoveThatFailsPartWayPutsEveryEarlierFileBack() throws IOException {
        for (int failAt = 1; failAt <= 9; failAt++) {
            Path target = target();
            Map<String, String> earlier = contents(target);
            AtomicInteger moves = new AtomicInteger();
            int fail = failAt;
            OutputFolder folder = new OutputFolder(target, "run", (from, to) -> {
                if (moves.incrementAndGet() == fail) {
                    throw new IOException("Operation not permitted");
                }
                Files.move(from, to);
            });
            stage(folder);
            assertThatThrownBy(() -> folder.publish(LocalDateTime.of(2025, 4, 30, 9, 0)))
                    .as("failing at move %d", failAt)
                    .isInstanceOf(OutputFolder.PublishException.class)
                    .hasMessageContaining("Operation not permitted")
                    .hasMessageContaining(failAt == 1 ? "the earlier outputs were left as they were"
                            : "the earlier outputs were put back as they were");
            assertThat(contents(target)).as("after failing at move %d", failAt).isEqualTo(earlier);
            assertThat(target.resolve("history")).doesNotExist();
            assertThat(target.resolve(OutputFolder.INTENT)).doesNotExist();
            folder.deleteStaging();
            deleteTree(target);
        }
    }

    @Test
    void aPublishThatSucceedsLeavesTheNewSetAndTheEarlierInHistory() throws IOException {
        Path target = target();
        Map<String, String> earlier = contents(target);
        OutputFolder folder = new OutputFolder(target, "run");
        stage(folder);
        Path history = folder.publish(LocalDateTime.of(2025, 4, 30, 9, 0));
        assertThat(contents(history)).isEqualTo(earlier);
        assertThat(contents(target)).containsEntry("ASCOF.xlsx", "new ASCOF.xlsx").hasSize(5)
                .doesNotContainKey("services.bin");
        assertThat(folder.staging()).doesNotExist();
    }

    @Test
    void anEarlierFileThatCannotBeMovedFailsTheRunAndLeavesTheEarlierOutputs() throws Exception {
        Path input = Sample.copyTo(dir.resolve("in"));
        Path out = dir.resolve("out");
        String[] yearEnd = {"year-end", "--period", "2024-25", "--input", input.toString(), "--output", out.toString()};
        assertThat(Cli.run(yearEnd).code()).isZero();
        Path published = out.resolve("2024-25");
        Map<String, String> earlier = Sample.hashes(published);
        Path held = published.resolve("SAC.xlsx");
        Assumptions.assumeTrue(chattr("+i", held), "chattr +i works on this file system");
        try {
            Cli.Result r = Cli.run(yearEnd);
            assertThat(r.code()).as(r.stderr()).isEqualTo(ExitCode.JOB_FAILED);
            assertThat(r.stderr()).contains("SAC.xlsx", "could not be moved", "put back as they were")
                    .doesNotContain("Exception");
            assertThat(Sample.hashes(published)).isEqualTo(earlier);
        } finally {
            chattr("-i", held);
        }
        assertThat(Cli.run(yearEnd).code()).as("once the file is free again").isZero();
    }

    @Test
    void aPeriodFolderOnAnotherFileSystemPublishesLikeAnyOther() throws Exception {
        Path input = Sample.copyTo(dir.resolve("in"));
        Path out = dir.resolve("out");
        Path published = Files.createDirectories(out.resolve("2024-25"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", published.toString()),
                "this account may mount a tmpfs");
        try {
            String[] yearEnd = {"year-end", "--period", "2024-25", "--input", input.toString(), "--output",
                    out.toString()};
            for (int i = 0; i < 2; i++) {
                Cli.Result r = Cli.run(yearEnd);
                assertThat(r.code()).as(r.stderr()).isZero();
            }
            assertThat(published.resolve("returns.csv")).exists();
            try (Stream<Path> s = Files.list(published.resolve("history"))) {
                assertThat(Sample.hashes(s.findFirst().orElseThrow())).containsKey("returns.csv");
            }
        } finally {
            run("umount", published.toString());
        }
    }

    @Test
    void aFileCountedTwiceDoesNotBalance() {
        InputFile file = new InputFile(Extract.REVIEWS, dir.resolve("reviews.csv"), "", 1, new int[0], "", 0, List.of());
        FileTally tally = new FileTally(file);
        for (int i = 0; i < 4; i++) {
            tally.used(); // two rows, each accounted twice
        }
        tally.rowsBelowHeader(2);
        assertThat(tally.balances()).isFalse();
        var plan = new org.carereturns.ingest.InputPlan();
        RunLedger ledger = new RunLedger(plan);
        assertThat(ledger.tallies()).isEmpty();
        tally.rowsBelowHeader(4);
        assertThat(tally.balances()).isTrue();
    }

    private static boolean chattr(String flag, Path file) {
        return run("chattr", flag, file.toString());
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return out;
    }


    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
