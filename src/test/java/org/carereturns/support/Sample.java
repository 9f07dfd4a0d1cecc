package org.carereturns.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.carereturns.ingest.InputLocator;

/** The committed sample (input/2024-25), copied for a test to spoil or run on, and folders by hash. */
public final class Sample {

    private Sample() {
    }

    /** A copy of the committed sample in {@code folder}, which is created. */
    public static Path copyTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> s = Files.list(Path.of("input/2024-25"))) {
            for (Path p : s.toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        return folder;
    }

    /** The SHA-256 of each file directly in a folder, by name (dot-files left out). */
    public static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList()) {
                out.put(p.getFileName().toString(), InputLocator.sha256(p));
            }
        }
        return out;
    }
}
