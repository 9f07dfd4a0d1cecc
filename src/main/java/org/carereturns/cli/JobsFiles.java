package org.carereturns.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the files a performance team edits (jobs/mapping.yml, jobs/council.yml) are found, in this
 * order: the command-line option, the environment variable, jobs/ in the current folder, jobs/ in
 * the project the program was built in (so that running it from another folder finds them too).
 * Where a file was found is said in run.log and the manifest.
 */
final class JobsFiles {

    /** A file found, and how: e.g. "jobs/mapping.yml beside the program". */
    record Found(Path path, String how) {
        String describe() {
            return path + " (" + how + ")";
        }
    }

    private JobsFiles() {
    }

    /** The file, or null when it is nowhere: the caller decides whether that is allowed. */
    static Found locate(String fileName, String option, String optionName, String variable) {
        if (option != null) {
            return new Found(Path.of(option), "named by " + optionName);
        }
        String fromEnvironment = System.getenv(variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new Found(Path.of(fromEnvironment), "named by " + variable);
        }
        Path here = Path.of("jobs", fileName);
        if (Files.isRegularFile(here)) {
            return new Found(here, "in the current folder");
        }
        Path project = projectFolder();
        if (project != null) {
            Path beside = project.resolve("jobs").resolve(fileName);
            if (Files.isRegularFile(beside)) {
                return new Found(beside, "beside the program");
            }
        }
        return null;
    }

    /** The folder the program was built in: the parent of target/ that holds the jar (or the classes). */
    static Path projectFolder() {
        String classPath = System.getProperty("java.class.path", "");
        String first = classPath.split(java.io.File.pathSeparator)[0];
        if (first.isBlank()) {
            return null;
        }
        Path built = Path.of(first).toAbsolutePath().normalize();
        Path target = built.getParent();
        if (target == null || target.getFileName() == null || !target.getFileName().toString().equals("target")) {
            return null;
        }
        return target.getParent();
    }
}
