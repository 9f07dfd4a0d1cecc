package org.carereturns.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run's outputs are written to a staging folder beside the target and moved in only when the
 * run succeeds; the files of the previous run move to history/&lt;timestamp&gt;/ first. A run that
 * fails removes its staging folder and leaves the target exactly as it was.
 */
public final class OutputFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final Path target;
    private final Path staging;

    public OutputFolder(Path target, String runTag) {
        this.target = target;
        this.staging = target.resolveSibling("." + target.getFileName() + ".staging-" + runTag);
    }

    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    public Path prepare() throws IOException {
        deleteStaging();
        Files.createDirectories(staging);
        return staging;
    }

    /** Moves the previous run's files into history, then the new files in. Returns the history folder used. */
    public Path publish(LocalDateTime now) throws IOException {
        Files.createDirectories(target);
        List<Path> previous;
        try (Stream<Path> s = Files.list(target)) {
            // only the previous run's files: never history/ or the nightly/ runs kept beside them
            previous = s.filter(Files::isRegularFile).sorted().toList();
        }
        Path history = null;
        if (!previous.isEmpty()) {
            history = target.resolve("history").resolve(STAMP.format(now));
            int n = 1;
            while (Files.exists(history)) {
                history = target.resolve("history").resolve(STAMP.format(now) + "-" + ++n);
            }
            Files.createDirectories(history);
            for (Path p : previous) {
                Files.move(p, history.resolve(p.getFileName()));
            }
        }
        try (Stream<Path> s = Files.list(staging)) {
            for (Path p : s.sorted().toList()) {
                Files.move(p, target.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.delete(staging);
        return history;
    }

    /**
     * Removes staging folders left beside the target by runs that died (kill -9, power cut). Only
     * called while this run holds the period's lock, so no live run is writing to them.
     */
    public void deleteAbandonedStaging() throws IOException {
        String prefix = "." + target.getFileName() + ".staging-";
        if (!Files.isDirectory(staging.getParent())) {
            return;
        }
        try (Stream<Path> s = Files.list(staging.getParent())) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                try (Stream<Path> w = Files.walk(p)) {
                    for (Path q : w.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(q);
                    }
                }
            }
        }
    }

    public void deleteStaging() throws IOException {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> s = Files.walk(staging)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
