package org.carereturns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.support.TestFiles;
import org.carereturns.audit.RejectedCsv;
import org.carereturns.ingest.InputLocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The whole job through the command line, as a scheduler or a performance officer runs it. */
class CommandLineTest {

    @TempDir
    Path dir;
    Path input;
    Path output;
    String stdout;
    String stderr;

    @BeforeEach
    void sample() throws IOException {
        input = dir.resolve("in");
        output = dir.resolve("out");
        Files.createDirectories(input);
        try (Stream<Path> s = Files.list(Path.of("input", "2024-25"))) {
            for (Path p : s.toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
            }
        }
    }

    int run(String... args) {
        var result = org.carereturns.support.Cli.run(args);
        stdout = result.stdout();
        stderr = result.stderr();
        return result.code();
    }

    /** Where the last run's files went: validate writes into its own folder, apart from the returns. */
    Path results;

    int runOnSample(String command, String... more) {
        results = output.resolve("2024-25").resolve(command.equals("validate") ? "validate" : "");
        String[] args = Stream.concat(Stream.of(command, "--period", "2024-25", "--input", input.toString(),
                "--output", output.toString()), Stream.of(more)).toArray(String[]::new);
        return run(args);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> manifest() throws IOException {
        return new Yaml().load(Files.readString(results.resolve("manifest.json")));
    }

    /** Every file under output/ with its SHA-256: what "untouched" means. */
    Map<String, String> tree() throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(output)) {
            return files;
        }
        try (Stream<Path> s = Files.walk(output)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toString().contains(".jobrepo"))
                    .filter(p -> !p.toString().contains(".logs")).filter(p -> !p.toString().contains(".locks")).toList()) {
                files.put(output.relativize(p).toString(), InputLocator.sha256(p));
            }
        }
        try (Stream<Path> s = Files.walk(output, 2)) {
            s.filter(p -> p.getFileName().toString().contains("staging")).forEach(p -> files.put(p.toString(), "STAGING"));
        }
        return files;
    }

    @Test
    @SuppressWarnings("unchecked")
    void validateWritesTheAuditTrailAndEveryFileBalances() throws IOException {
        assertThat(runOnSample("validate")).as(stderr).isEqualTo(ExitCode.DONE);
        Path target = results;
        assertThat(target.resolve("rejected.csv")).exists();
        assertThat(target.resolve("Rejected.xlsx")).exists();
        Map<String, Object> m = manifest();
        assertThat(m.get("period")).isEqualTo("2024-25");
        assertThat(m.get("job")).isEqualTo("validate");
        assertThat(m.get("status")).isEqualTo("COMPLETED");
        List<Map<String, Object>> inputs = (List<Map<String, Object>>) m.get("inputs");
        assertThat(inputs).hasSize(20);
        long rejected = 0;
        for (Map<String, Object> f : inputs) {
            long read = ((Number) f.get("rows_read")).longValue();
            long sum = ((Number) f.get("rejected")).longValue() + ((Number) f.get("excluded")).longValue()
                    + ((Number) f.get("used")).longValue();
            assertThat(sum).as("rows of %s", f.get("name")).isEqualTo(read);
            assertThat((String) f.get("sha256")).hasSize(64);
            rejected += ((Number) f.get("rejected")).longValue();
        }
        assertThat(rejected).isPositive();
        List<Map<String, Object>> outputs = (List<Map<String, Object>>) m.get("outputs");
        assertThat(outputs).extracting(o -> o.get("name")).containsExactly("Rejected.xlsx", "rejected.csv", "run.log");
        assertThat(outputs.get(1).get("sha256")).isEqualTo(InputLocator.sha256(target.resolve("rejected.csv")));
        assertThat((List<Object>) m.get("returns_skipped")).hasSize(org.carereturns.job.Returns.ALL.size());
        assertThat(Files.readAllLines(target.resolve("rejected.csv")).get(0)).isEqualTo(RejectedCsv.HEADER);
    }

    @Test
    void rejectedWorkbookHasItsFourSheetsReadably() throws IOException {
        assertThat(runOnSample("validate")).as(stderr).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(results.resolve("Rejected.xlsx")))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly("Summary", "Rejected rows", "Warnings", "Rules");
            var rejectedRows = wb.getSheet("Rejected rows");
            var headings = TestFiles.headings(rejectedRows);
            assertThat(headings.getCell(0).getStringCellValue()).isEqualTo("Extract");
            assertThat(wb.getFontAt(headings.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(rejectedRows.getPaneInformation().isFreezePane()).isTrue();
            assertThat(rejectedRows.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
            assertThat(rejectedRows.getCTWorksheet().getAutoFilter().getRef()).startsWith("A5:K");
            assertThat(rejectedRows.getColumnWidth(10)).isGreaterThan(rejectedRows.getColumnWidth(7));
            long errorLines = Files.readAllLines(results.resolve("rejected.csv")).stream()
                    .filter(l -> l.contains(",error,")).count();
            assertThat(TestFiles.dataRows(rejectedRows)).hasSize((int) errorLines);
            var rules = wb.getSheet("Rules");
            assertThat(TestFiles.dataRows(rules)).hasSize(org.carereturns.validation.RuleCatalog.all().size());
        }
    }

    @Test
    void sameInputsGiveTheSameRejectedCsvAndEarlierOutputsMoveToHistory() throws IOException {
        assertThat(runOnSample("year-end")).as(stderr).isZero();
        byte[] first = Files.readAllBytes(results.resolve("rejected.csv"));
        assertThat(runOnSample("year-end")).as(stderr).isZero();
        byte[] second = Files.readAllBytes(results.resolve("rejected.csv"));
        assertThat(second).isEqualTo(first);
        try (Stream<Path> s = Files.list(results.resolve("history"))) {
            List<Path> history = s.toList();
            assertThat(history).hasSize(1);
            assertThat(history.get(0).resolve("rejected.csv")).hasBinaryContent(first);
            assertThat(history.get(0).resolve("manifest.json")).exists();
        }
        assertThat(stdout).contains("earlier outputs moved to");
    }

    @Test
    void refusedRunsLeaveEarlierOutputsExactlyAsTheyWere() throws IOException {
        assertThat(runOnSample("year-end")).isZero();
        Map<String, String> before = tree();

        Files.write(input.resolve("services-extra.xlsx"), "PK\u0003\u0004 truncated".getBytes());
        assertThat(runOnSample("year-end")).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(stderr).contains("services-extra.xlsx (services): the workbook is damaged");
        assertThat(tree()).isEqualTo(before);
        Files.delete(input.resolve("services-extra.xlsx"));

        Files.write(input.resolve("contacts-2023.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        assertThat(runOnSample("year-end")).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(stderr).contains("contacts-2023.xls").contains("save this file as .xlsx");
        assertThat(tree()).isEqualTo(before);
        Files.delete(input.resolve("contacts-2023.xls"));

        Files.writeString(input.resolve("reviews.csv"), "Review ID,Person ID,DOB,Review Date,Review Type,Review Reason\n");
        assertThat(runOnSample("validate")).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(stderr).contains("reviews.csv (reviews): required column 'Review Outcome' is missing");
        assertThat(stderr).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void allowPartialGoesOnAndReportsTheSkippedFile() throws IOException {
        Files.writeString(input.resolve("reviews.csv"), "Review ID,Person ID\n");
        assertThat(runOnSample("validate", "--allow-partial")).as(stderr).isZero();
        assertThat(stderr).contains("skipped reviews.csv");
        assertThat(stdout).contains("SKIPPED");
        assertThat(Files.readString(results.resolve("manifest.json")))
                .contains("\"refused_inputs\": [").contains("\"name\": \"reviews.csv\"");
    }

    @Test
    void aFailedJobLeavesEarlierOutputsUntouched() throws IOException {
        assertThat(runOnSample("validate")).isZero();
        Files.writeString(results.resolve("history"), "a file where the history folder should be");
        Map<String, String> before = tree();
        assertThat(runOnSample("validate")).isEqualTo(ExitCode.JOB_FAILED);
        assertThat(stderr).contains("job failed").contains("left as they were").doesNotContain("\tat ");
        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void usageErrorsAreOneLineWithExitCode2() {
        assertThat(run("year-end")).isEqualTo(ExitCode.USAGE);
        assertThat(stderr.strip()).isEqualTo("care-returns: --period is required (see 'care-returns year-end --help')");
        assertThat(run("year-end", "--period", "2024-26")).isEqualTo(ExitCode.USAGE);
        // years a folder, a title or a spreadsheet date cannot hold are refused before anything is made
        Path out = Path.of("target/periods-out");
        for (String period : List.of("0000-01", "0999-00", "9999-00", "1989-90", "2100-01")) {
            for (String command : List.of("year-end", "validate", "generate-sample", "runs")) {
                assertThat(run(command, "--period", period, "--output", out.toString())).as(command + " " + period)
                        .isEqualTo(ExitCode.USAGE);
                assertThat(stderr.strip()).as(command + " " + period).contains("from 1990-91 to 2099-00")
                        .doesNotContain("\n\tat");
            }
        }
        for (String asOf : List.of("0001-01-01", "1990-03-31", "2100-04-01", "9999-12-31")) {
            assertThat(run("nightly", "--as-of", asOf, "--output", out.toString())).as(asOf).isEqualTo(ExitCode.USAGE);
            assertThat(stderr).contains("--as-of: the date must fall in a financial year from 1990-91 to 2099-00");
        }
        assertThat(out).doesNotExist();
        assertThat(run("validate", "--period", "2024-25", "--colour", "red")).isEqualTo(ExitCode.USAGE);
        assertThat(stderr).contains("unknown option --colour");
        assertThat(run("publish")).isEqualTo(ExitCode.USAGE);
        assertThat(run("generate-sample", "--period", "2024-25", "--output", "x", "--scale", "lots")).isEqualTo(ExitCode.USAGE);
        assertThat(run()).isEqualTo(ExitCode.USAGE);
        for (String command : List.of("year-end", "validate", "generate-sample")) {
            assertThat(run(command, "--help")).isZero();
            assertThat(stdout).startsWith("Usage: care-returns " + command);
        }
    }

    /** What a new user tried first (issue 22, item 19). */
    @Test
    void theVersionTheHelpAndPathsThatAreFilesReadAsTheyShould() throws IOException {
        assertThat(run("--version")).isZero();
        assertThat(stdout).startsWith("care-returns ");
        for (String command : List.of("year-end", "validate", "nightly", "serve", "runs", "generate-sample")) {
            assertThat(run(command, "--help")).isZero();
            // picocli wraps at '.' and ':'; no line may end inside a word such as council.yml
            String[] lines = stdout.split("\\R");
            for (int i = 1; i < lines.length; i++) {
                assertThat(lines[i - 1].matches(".*[A-Za-z0-9][.:/]$") && lines[i].matches(" +[a-z/].*"))
                        .as("%s --help wraps inside a word: '%s' / '%s'", command, lines[i - 1], lines[i]).isFalse();
            }
        }
        assertThat(run("year-end", "--help")).isZero();
        assertThat(stdout).contains("jobs/council.yml", "jdbc:postgresql://host:5432/care_returns")
                .contains("write only these returns");
        assertThat(stdout.replaceAll("\\s+", " ")).contains(String.join(", ", org.carereturns.job.Returns.names()));
        Path file = Files.writeString(Files.createTempFile("care-returns", ".txt"), "not a folder");
        assertThat(run("validate", "--period", "2024-25", "--input", file.toString(), "--output",
                "target/item19-out")).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(stderr).contains("this is a file, not a folder").doesNotContain("does not exist");
        assertThat(run("validate", "--period", "2024-25", "--output", file.toString())).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(stderr).contains("is a file, not a folder");
        Files.delete(file);
    }

    @Test
    void missingExtractsSkipTheirReturnsAndAnAskedReturnFails() throws IOException {
        try (Stream<Path> s = Files.list(input)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("safeguarding")).toList()) {
                Files.delete(p);
            }
        }
        // returns.md: exit 6, done but incomplete; what could be produced is published
        assertThat(runOnSample("year-end", "--returns", "SAC")).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(stderr).contains("incomplete: SAC was not produced: no safeguarding extract "
                + "(looked for safeguarding*.xlsx, safeguarding*.csv)");
        assertThat(results.resolve("returns.csv")).exists();
        assertThat(runOnSample("year-end")).isEqualTo(ExitCode.INCOMPLETE); // the council expects all four
        assertThat(Files.readString(results.resolve("manifest.json")))
                .contains("\"return\": \"SAC\",\n      \"reason\": \"no safeguarding extract (looked for safeguarding*.xlsx, safeguarding*.csv)\"");
    }

    @Test
    void onlyTheReturnsAskedForAreWritten() throws IOException {
        assertThat(runOnSample("year-end", "--returns", "SAC,CareLeavers")).as(stderr).isZero();
        Path target = output.resolve("2024-25");
        assertThat(target.resolve("SAC.xlsx")).exists();
        assertThat(target.resolve("CareLeavers.xlsx")).exists();
        assertThat(target.resolve("SALT.xlsx")).doesNotExist();
        assertThat(target.resolve("ASCOF.xlsx")).doesNotExist();
        List<String> returns = Files.readAllLines(target.resolve("returns.csv"));
        assertThat(returns.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct())
                .containsExactlyInAnyOrder("SAC", "CareLeavers");
        assertThat(Files.readString(target.resolve("manifest.json")))
                .contains("\"return\": \"SALT\",\n      \"reason\": \"not asked for (--returns)\"");
    }

    @Test
    void aScheduleWithoutANightlySectionIsRefused() throws IOException {
        Path schedule = Files.writeString(dir.resolve("schedule.yml"), "weekly:\n  cron: \"0 0 3 * * SUN\"\n");
        assertThat(run("serve", "--schedule", schedule.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(stderr).contains("has no 'nightly:' section").doesNotContain("\tat ");
    }

    @Test
    void anEmptyInputFolderIsRefused() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(run("validate", "--period", "2024-25", "--input", empty.toString(), "--output", output.toString()))
                .isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(stderr).contains("no extract was found");
    }

    @Test
    void valuesThatWouldRunAsFormulasAreNeutralised() throws IOException {
        org.carereturns.support.TestFiles.workbook("Contacts")
                .row("Contact ID", "Person ID", "Date of Birth", "Contact Date", "Route of Access", "Outcome", "Outcome Date")
                .row("=HYPERLINK(\"http://x\")", "+P1", "1950-06-01", "2024-05-01", "@SUM(A1)", "", "")
                .save(input.resolve("contacts-injected.xlsx"));
        assertThat(runOnSample("validate")).as(stderr).isZero();
        String line = Files.readAllLines(results.resolve("rejected.csv")).stream()
                .filter(l -> l.contains("contacts-injected.xlsx")).findFirst().orElseThrow();
        assertThat(line).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",'+P1,CON-04,error,Route of Access,'@SUM(A1),");
    }
}
