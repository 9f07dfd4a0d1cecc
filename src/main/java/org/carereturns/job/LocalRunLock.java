package org.carereturns.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * One run at a time per output folder and period on this machine, decided before anything starts: an
 * operating-system lock on {@code <output>/.locks/<period>.lock}. The system releases it when its holder
 * dies, however it dies; a holder that is stopped (Ctrl-Z, SIGSTOP) still holds it, so the next run is
 * refused at once, naming it, instead of waiting on a database the stopped process keeps open. The
 * job repository's lock row ({@link RunLock}) still guards runs on other machines.
 */
public final class LocalRunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final String who;

    private LocalRunLock(FileChannel channel, FileLock lock, String who) {
        this.channel = channel;
        this.lock = lock;
        this.who = who;
    }

    /** Takes the lock, or says who holds it. */
    public static Result acquire(Path output, String period, String command) throws IOException {
        Path file = Files.createDirectories(output.resolve(".locks")).resolve(period + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // held by another run in this same process (serve, or a test)
        }
        if (lock == null) {
            String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
            channel.close();
            return new Result(null, Optional.of(describe(holder)));
        }
        LocalRunLock held = new LocalRunLock(channel, lock, command + " " + period + " "
                + ProcessHandle.current().pid() + " " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        held.write("");
        return new Result(held, Optional.empty());
    }

    /** Records the run's execution, so that a run refused meanwhile can name it. */
    public void attach(long executionId) {
        try {
            write(" " + executionId);
        } catch (IOException e) {
            // the lock still holds; only the name in a refusal is less precise
        }
    }

    private void write(String suffix) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((who + suffix).getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /** The lock taken, or a description of who holds it. */
    public record Result(LocalRunLock lock, Optional<String> heldBy) {
    }

    /** "execution 12 (year-end 2024-25), process 1234 on this machine, since …", and whether it is stopped. */
    static String describe(String holder) {
        String[] parts = holder.split(" ");
        long pid;
        try {
            pid = Long.parseLong(parts[2]);
        } catch (RuntimeException e) {
            return "another process on this machine";
        }
        String run = parts[0] + " " + parts[1];
        return (parts.length > 4 ? "execution " + parts[4] + " (" + run + ")" : run + " (starting)") + ", process "
                + pid + " on this machine, since " + parts[3]
                + (isStopped(pid) ? " (that process is stopped, e.g. by Ctrl-Z: resume it with 'fg', or end it)" : "");
    }

    /** True when the process is stopped (state T in /proc on Linux); false where that cannot be told. */
    static boolean isStopped(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int close = stat.lastIndexOf(')');
            return close > 0 && close + 2 < stat.length() && (stat.charAt(close + 2) == 'T' || stat.charAt(close + 2) == 't');
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
