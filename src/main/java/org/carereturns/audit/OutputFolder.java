package org.carereturns.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run's outputs are written to a staging folder inside the target and moved in only when the
 * run succeeds; the files of the previous run move to history/&lt;timestamp&gt;/ first.
 *
 * <p>The staging folder sits inside the target, not beside it, so every move is a rename within one
 * file system even when the target is a mounted share. Before the first move, the plan of moves is
 * written to {@value #INTENT}; a move that fails is rolled back at once, and a publish cut short by
 * a crash is rolled back by the next run that opens the folder. Either the earlier set of files or
 * the new one is published, never a mix.
 */
public final class OutputFolder {

    /** The plan of an unfinished publish, inside the target; its presence means "roll me back". */
    public static final String INTENT = ".publishing";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    /** How a file is moved; tests put a failing one in to prove the roll-back. */
    public interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    /** Publishing failed; the message says truly where the earlier and the new files are. */
    public static final class PublishException extends IOException {
        PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path target;
    private final Path staging;
    private final Mover mover;
    private Runnable afterEachMove = () -> { };

    public OutputFolder(Path target, String runTag) {
        this(target, runTag, (from, to) -> Files.move(from, to));
    }

    public OutputFolder(Path target, String runTag, Mover mover) {
        this.target = target;
        this.staging = target.resolve(".staging-" + runTag);
        this.mover = mover;
    }

    /** Called after each move while publishing: the fault tests stop the process there. */
    public void afterEachMove(Runnable hook) {
        this.afterEachMove = hook;
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

    /**
     * Moves the previous run's files into history, then the new files in (the staging folder's
     * sub-folders, such as the rows kept between the steps, served the run and are not outputs). Returns the
     * history folder used, or null.
     */
    public Path publish(LocalDateTime now) throws IOException {
        Files.createDirectories(target);
        List<String> previous = names(target);
        List<String> fresh = names(staging);
        Path history = null;
        if (!previous.isEmpty()) {
            history = target.resolve("history").resolve(STAMP.format(now));
            int n = 1;
            while (Files.exists(history)) {
                history = target.resolve("history").resolve(STAMP.format(now) + "-" + ++n);
            }
        }
        writeIntent(history, previous, fresh);
        String moving = "the history folder " + (history == null ? "" : target.relativize(history) + " ");
        int moves = 0;
        try {
            if (history != null) {
                createHistory(history);
                for (String name : previous) {
                    moving = name + " (to " + target.relativize(history) + ")";
                    mover.move(target.resolve(name), history.resolve(name));
                    moves++;
                    afterEachMove.run();
                }
            }
            for (String name : fresh) {
                moving = name + " (from the staging folder)";
                mover.move(staging.resolve(name), target.resolve(name));
                moves++;
                afterEachMove.run();
            }
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            try {
                rollBack();
            } catch (IOException rollBack) {
                throw new PublishException("publishing stopped: " + moving + " could not be moved (" + why
                        + "), and putting the earlier outputs back failed too (" + rollBack.getMessage()
                        + "); the next run will put them back before it starts", e);
            }
            throw new PublishException("publishing stopped: " + moving + (moves == 0 && moving.startsWith("the history")
                    ? "could not be made (" : " could not be moved (") + why + "); the earlier outputs were "
                    + (moves == 0 ? "left" : "put back") + " as they were", e);
        }
        Files.delete(target.resolve(INTENT));
        deleteStaging();
        return history;
    }

    /**
     * Undoes a publish that did not finish (a move failed, or the process was killed): the new files go
     * back to the staging folder, the earlier ones back from history. Does nothing when no publish is
     * unfinished. Returns whether anything was rolled back.
     */
    public boolean rollBack() throws IOException {
        Path intent = target.resolve(INTENT);
        if (!Files.exists(intent)) {
            return false;
        }
        Path history = null;
        List<String> previous = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        for (String line : Files.readAllLines(intent, StandardCharsets.UTF_8)) {
            if (line.startsWith("history ")) {
                history = target.resolve(line.substring(8));
            } else if (line.startsWith("old ")) {
                previous.add(line.substring(4));
            } else if (line.startsWith("new ")) {
                fresh.add(line.substring(4));
            }
        }
        Files.createDirectories(staging);
        for (String name : fresh) {
            Path placed = target.resolve(name);
            // a name in both sets is still the earlier file until the earlier one has gone to history
            boolean isNew = !previous.contains(name) || history != null && Files.exists(history.resolve(name));
            if (isNew && Files.exists(placed) && !Files.exists(staging.resolve(name))) {
                mover.move(placed, staging.resolve(name));
            }
        }
        if (history != null) {
            for (String name : previous) {
                if (Files.exists(history.resolve(name)) && !Files.exists(target.resolve(name))) {
                    mover.move(history.resolve(name), target.resolve(name));
                }
            }
            deleteIfEmpty(history);
            deleteIfEmpty(history.getParent());
        }
        Files.delete(intent);
        return true;
    }

    /** The history folder, or an IOException saying plainly why it cannot be one. */
    private static void createHistory(Path history) throws IOException {
        for (Path p = history.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new IOException(p + " is a file, not a folder");
            }
        }
        Files.createDirectories(history);
    }

    private void writeIntent(Path history, List<String> previous, List<String> fresh) throws IOException {
        StringBuilder b = new StringBuilder();
        if (history != null) {
            b.append("history ").append(target.relativize(history)).append('\n');
        }
        previous.forEach(n -> b.append("old ").append(n).append('\n'));
        fresh.forEach(n -> b.append("new ").append(n).append('\n'));
        Path tmp = target.resolve(INTENT + ".tmp");
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, target.resolve(INTENT), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The published files of a folder: never history/, nightly/, staging or the publish plan. */
    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        }
    }

    /**
     * Removes staging folders left in the target by runs that died (kill -9, power cut), after putting
     * back an unfinished publish. Only called while this run holds the period's lock, so no live run
     * is writing to them.
     */
    public void deleteAbandonedStaging() throws IOException {
        rollBack();
        if (!Files.isDirectory(target)) {
            return;
        }
        try (Stream<Path> s = Files.list(target)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList()) {
                deleteTree(p);
            }
        }
    }

    public void deleteStaging() throws IOException {
        deleteTree(staging);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
