package org.carereturns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.carereturns.support.OwnJvm;
import org.carereturns.support.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * During a year-end on the embedded job repository, the only sockets the process listens on are on
 * the loopback address: H2's AUTO_SERVER must not be reachable from the network. Read from the
 * kernel's own table (/proc/net/tcp and tcp6) for a JVM of its own, while the run is under way.
 */
@EnabledOnOs(OS.LINUX)
class LoopbackOnlyTest {

    static final String LISTEN = "0A";

    @TempDir
    Path dir;

    @Test
    void theEmbeddedRepositoryListensOnLoopbackOnly() throws Exception {
        Path input = Sample.copyTo(dir.resolve("in"));
        Process p = OwnJvm.start(dir.resolve("run.txt"), List.of("-Xmx256m"), "year-end", "--period", "2024-25",
                "--input", input.toString(), "--output", dir.resolve("out").toString());
        Set<String> listening = new TreeSet<>();
        while (p.isAlive()) {
            listening.addAll(listeningAddresses(p.pid()));
            Thread.sleep(100);
        }
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("run.txt"))).isZero();
        assertThat(listening).as("the run's listening sockets").isNotEmpty()
                .allSatisfy(a -> assertThat(a).as("listening address").isIn("127.0.0.1", "::1"));
    }

    /** The local addresses of the sockets the process listens on, from the kernel's tables. */
    static Set<String> listeningAddresses(long pid) {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // the descriptor closed while we looked
                }
            });
        } catch (IOException ended) {
            return Set.of();
        }
        Set<String> addresses = new TreeSet<>();
        for (String table : List.of("tcp", "tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "net", table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && LISTEN.equals(f[3]) && inodes.contains(f[9])) {
                        addresses.add(address(f[1].substring(0, f[1].indexOf(':'))));
                    }
                }
            } catch (IOException ended) {
                return addresses;
            }
        }
        return addresses;
    }

    /** The kernel writes an address as hexadecimal 32-bit words in host (little-endian) order. */
    static String address(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int at = (word * 4 + 3 - b) * 2;
                bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            return java.net.InetAddress.getByAddress(bytes).getHostAddress().replaceAll("^0:0:0:0:0:0:0:1$", "::1");
        } catch (java.net.UnknownHostException e) {
            return hex;
        }
    }
}
