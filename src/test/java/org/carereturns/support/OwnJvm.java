package org.carereturns.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own, for what an in-process run cannot show: a heap of a given
 * size, the sockets a process listens on, two processes at once. What it says goes to {@code log}.
 */
public final class OwnJvm {

    /** A finished run: its exit code and all it printed. */
    public record Result(int code, String said) {
    }

    private OwnJvm() {
    }

    /** Starts {@code java [jvm options] Main args}, C1 only (a short run: the JIT's top tier would not pay). */
    public static Process start(Path log, List<String> jvm, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.carereturns.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs it to the end (three minutes at most). */
    public static Result run(Path log, List<String> jvm, String... args) throws IOException, InterruptedException {
        Process p = start(log, jvm, args);
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("still running after three minutes: " + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log));
    }
}
