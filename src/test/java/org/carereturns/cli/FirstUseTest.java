package org.carereturns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.carereturns.ingest.InputLocator;
import org.carereturns.support.Cli;
import org.carereturns.support.Sample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user meets first: the signed-off returns stay put when the data is checked again, the exit
 * code says whether every expected return was produced, a file the run does not read is named, a
 * period that does not fit the extracts is pointed out, the project's own files are found from any
 * folder.
 */
class FirstUseTest {

    @TempDir
    Path dir;

    Path input;
    Path output;

    @BeforeEach
    void sample() throws IOException {
        input = Sample.copyTo(dir.resolve("in"));
        output = dir.resolve("out");
    }

    Cli.Result run(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--period", "2024-25", "--input", input.toString(),
                "--output", output.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void validateAfterYearEndLeavesTheSignedOffReturnsExactlyWhereTheyWere() throws IOException {
        assertThat(run("year-end").code()).isZero();
        Path period = output.resolve("2024-25");
        Map<String, String> signedOff = Sample.hashes(period);
        assertThat(signedOff).containsKeys("SALT.xlsx", "ASCOF.xlsx", "SAC.xlsx", "CareLeavers.xlsx", "returns.csv");

        for (int i = 0; i < 2; i++) {
            Cli.Result check = run("validate");
            assertThat(check.code()).as(check.stderr()).isZero();
        }
        assertThat(Sample.hashes(period)).isEqualTo(signedOff);
        assertThat(period.resolve("history")).doesNotExist();
        assertThat(period.resolve("validate/rejected.csv")).exists();
        assertThat(period.resolve("validate/manifest.json")).exists();
        assertThat(period.resolve("validate/history")).isDirectory(); // validate's own history
        assertThat(period.resolve("validate/SALT.xlsx")).doesNotExist();
    }

    @Test
    void aReturnTheCouncilExpectsButCannotBeProducedExitsSixAfterPublishingTheRest() throws IOException {
        Files.delete(input.resolve("safeguarding.xlsx"));
        Cli.Result r = run("year-end");
        assertThat(r.code()).as(r.stderr()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(r.stderr().lines().filter(l -> l.contains("incomplete")).toList()).containsExactly(
                "care-returns: incomplete: SAC was not produced: no safeguarding extract (looked for "
                        + "safeguarding*.xlsx, safeguarding*.csv)");
        assertThat(output.resolve("2024-25/SALT.xlsx")).exists();
        assertThat(output.resolve("2024-25/SAC.xlsx")).doesNotExist();

        // a council that does not collect SAC through this tool: the same run is complete
        Path council = dir.resolve("council.yml");
        Files.writeString(council, "name: Medway Council\ncode: E06000035\nreturns: [SALT, ASCOF, CareLeavers]\n");
        assertThat(run("year-end", "--council", council.toString()).code()).isZero();
        // --returns names what is expected for this run
        assertThat(run("year-end", "--council", council.toString(), "--returns", "SAC").code())
                .isEqualTo(ExitCode.INCOMPLETE);
        // validate produces no returns, so nothing is missing
        assertThat(run("validate").code()).isZero();
    }

    @Test
    void aMalformedCouncilFileIsRefusedNamingWhatIsWrong() throws IOException {
        Path council = dir.resolve("council.yml");
        Files.writeString(council, "name: Medway Council\ncode: Medway\n");
        Cli.Result r = run("year-end", "--council", council.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(r.stderr()).contains("council.yml", "code 'Medway' is not an ONS nine-character area code");
        Files.writeString(council, "name: Medway Council\ncode: E06000035\nreturns: [SALT, ASCOFF]\n");
        assertThat(run("year-end", "--council", council.toString()).stderr()).contains("'ASCOFF' is not a return");
        Files.writeString(council, "name: Medway Council\ncode: E06000035\ncolour: blue\n");
        assertThat(run("year-end", "--council", council.toString()).stderr())
                .contains("'colour' is not a setting of the council file");
        Files.writeString(council, "name: Medway Council\ncode: E06000035\ntolerances: {counts_percent: -5}\n");
        Cli.Result negative = run("year-end", "--council", council.toString());
        assertThat(negative.code()).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(negative.stderr()).contains("tolerances: counts_percent must be a number, 0 or more");
        Files.writeString(council, "name: Medway Council\ncode: E06000035\ntolerances: {points: 5}\n");
        assertThat(run("year-end", "--council", council.toString()).stderr())
                .contains("tolerances: 'points' is not a tolerance");
        Files.writeString(council, "name: Medway Council\ncode: E06000035\ntolerances: 10\n");
        assertThat(run("year-end", "--council", council.toString()).stderr())
                .contains("tolerances must set counts_percent, counts_at_least and rate_points");
    }

    @Test
    void aFileThatMatchesNoExtractIsListedNotIgnored() throws IOException {
        Files.copy(input.resolve("services.xlsx"), input.resolve("Service Agreements.xlsx"));
        Cli.Result r = run("year-end");
        assertThat(r.code()).isZero();
        assertThat(r.stderr()).contains("Service Agreements.xlsx matches no extract's file names");
        assertThat(Files.readString(output.resolve("2024-25/manifest.json")))
                .containsPattern("\"unmatched_files\": \\[\\s*\"Service Agreements.xlsx\"\\s*]");
        assertThat(Files.readString(output.resolve("2024-25/run.log")))
                .contains("not read: Service Agreements.xlsx matches no extract's file names");
    }

    @Test
    void aPeriodMostRowsFallOutsideOfIsPointedOutOncePerExtract() throws IOException {
        Path next = Files.createDirectories(dir.resolve("next"));
        try (Stream<Path> s = Files.list(input)) {
            for (Path p : s.toList()) {
                Files.copy(p, next.resolve(p.getFileName()));
            }
        }
        Cli.Result r = Cli.run("year-end", "--period", "2025-26", "--input", next.toString(), "--output",
                output.toString());
        assertThat(r.code()).as(r.stderr()).isZero();
        List<String> notes = r.stderr().lines().filter(l -> l.contains("fall outside 2025-26")).toList();
        assertThat(notes).anyMatch(l -> l.contains(" contacts rows")).anyMatch(l -> l.contains(" safeguarding rows"));
        assertThat(notes).hasSizeLessThanOrEqualTo(6).doesNotHaveDuplicates();
        assertThat(Files.readString(output.resolve("2025-26/manifest.json")))
                .contains("\"mostly_outside_the_period\"", "fall outside 2025-26");

        Cli.Result right = run("year-end");
        assertThat(right.stderr()).doesNotContain("fall outside");
    }

    @Test
    void theProjectsOwnFilesAreFoundWhenRunFromAnotherFolderAndWhereIsSaid() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.carereturns.cli.Main", "year-end", "--period", "2024-25", "--input", input.toString(), "--output",
                output.toString()));
        Process p = new ProcessBuilder(command).directory(elsewhere.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("run.out").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("run.out"))).isZero();
        Path project = Path.of("").toAbsolutePath();
        String log = Files.readString(output.resolve("2024-25/run.log"));
        assertThat(log).contains("mapping " + project.resolve("jobs/mapping.yml") + " (beside the program)");
        assertThat(Files.readString(output.resolve("2024-25/manifest.json")))
                .contains(project.resolve("jobs/mapping.yml") + " (beside the program)");
    }

    @Test
    void usageMessagesReadAsAPersonWouldWriteThem() {
        Cli.Result r = Cli.run("runs", "--last", "0");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.stderr()).contains("--last must be a number from 1 to 100,000").doesNotContain("1.0");
        Cli.Result help = Cli.run("serve", "--help");
        assertThat(help.stdout()).contains("Options:", "--schedule FILE", "--cron EXPR", "On SIGTERM")
                .doesNotContain("H2");
    }

}
