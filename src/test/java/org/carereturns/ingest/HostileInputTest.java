package org.carereturns.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.carereturns.cli.ExitCode;
import org.carereturns.support.Cli;
import org.carereturns.support.TestFiles;
import org.carereturns.support.Sample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and hostile files, written in the test from the committed sample: each gets a plain message
 * naming the file and where reading stopped (exit 3, nothing published), or a finding on the row, and
 * never a vanished row, a stack trace or a hang.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    Path input;
    Path output;

    @BeforeEach
    void sample() throws IOException {
        input = Sample.copyTo(dir.resolve("in"));
        output = dir.resolve("out");
    }

    Cli.Result yearEnd(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("year-end", "--period", "2024-25", "--input",
                input.toString(), "--output", output.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private Path contacts() {
        return input.resolve("contacts-2024-05.xlsx");
    }

    private void assertRefusedNaming(Cli.Result r, String... parts) {
        assertThat(r.code()).as(r.stderr()).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(r.stderr()).contains(parts).doesNotContain("Exception", "\tat ");
        assertThat(output.resolve("2024-25/returns.csv")).doesNotExist();
    }

    // ---- CSV quotes (issue item 2) ----

    @Test
    void aQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacterAndSwallowsNoRows() throws IOException {
        Path reviews = input.resolve("reviews.csv");
        List<String> lines = Files.readAllLines(reviews);
        var before = java.util.regex.Pattern.compile("reviews\\.csv +read (\\d+) ").matcher(yearEnd().stdout());
        assertThat(before.find()).isTrue();
        String records = before.group(1);
        // record 11 (the header is record 1): an officer's note written straight into Review Reason
        String[] f = lines.get(10).split(",", -1);
        f[6] = "Client said 5'10\" tall";
        lines.set(10, String.join(",", f));
        Files.write(reviews, lines);

        Cli.Result r = yearEnd();
        assertThat(r.code()).as(r.stderr()).isZero();
        assertThat(r.stdout()).containsPattern("reviews\\.csv +read " + records + " ");
    }

    @Test
    void aQuoteThatNeverClosesIsRefusedNamingTheRecordWhereItOpened() throws IOException {
        Path reviews = input.resolve("reviews.csv");
        List<String> lines = Files.readAllLines(reviews);
        String[] f = lines.get(lines.size() - 5).split(",", -1);
        f[6] = "\"unclosed";
        lines.set(lines.size() - 5, String.join(",", f));
        Files.write(reviews, lines);

        assertRefusedNaming(yearEnd(), "reviews.csv", "record " + (lines.size() - 4), "never closed");
    }

    @Test
    void aQuotedFieldRunningOnPastFiftyLinesIsRefused() throws IOException {
        Path reviews = input.resolve("reviews.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(reviews));
        String[] f = lines.get(3).split(",", -1);
        f[6] = "\"opened";
        lines.set(3, String.join(",", f));
        lines.add("\"closed much later\"");
        Files.write(reviews, lines);

        assertRefusedNaming(yearEnd(), "reviews.csv", "record 4", "runs on over 50 lines");
    }

    @Test
    void aSemicolonSeparatedFileIsRefusedSayingSo() throws IOException {
        Path reviews = input.resolve("reviews.csv");
        Files.writeString(reviews, Files.readString(reviews).replace(',', ';'));
        assertRefusedNaming(yearEnd(), "reviews.csv", "separated by semicolons", "CSV UTF-8 (Comma delimited)");
    }

    // ---- formulas without a value (item 3) ----

    @Test
    void formulasSavedWithoutTheirValuesAreRejectedNamingTheFormulaNotCountedAsBlank() throws IOException {
        // every Person ID (column B) of the month, a number or a shared string, made a formula with no cached
        // value, as openpyxl writes it
        TestFiles.editSheet(contacts(), x -> x.replaceAll("<c r=\"(B(?:[2-9]|[1-9][0-9]))\"(?: t=\"[ns]\")?(?: s=\"0\")?><v>[^<]*</v></c>",
                "<c r=\"$1\"><f>Lookup!A1</f></c>"));
        Cli.Result r = yearEnd();
        assertThat(r.code()).as(r.stderr()).isZero();
        String rejected = Files.readString(output.resolve("2024-25/rejected.csv"));
        assertThat(rejected).contains("contacts-2024-05.xlsx", "PER-01",
                "Person ID holds the formula =Lookup!A1 with no saved value");
        assertThat(r.stdout()).containsPattern("contacts-2024-05\\.xlsx +read (\\d+) +rejected \\1 ");
    }

    // ---- a copy of an extract beside it (issue 22, item 9) ----

    @Test
    void aByteForByteCopyOfAnExtractIsRefusedNamingBothFiles() throws IOException {
        Files.copy(input.resolve("services.xlsx"), input.resolve("services - Copy.xlsx"));
        assertRefusedNaming(yearEnd(), "services - Copy.xlsx", "identical, byte for byte, to services.xlsx");
    }

    @Test
    void aFileThatOnlyOverlapsAnotherIsReadAsTwoFiles() throws Exception {
        Path copy = Files.copy(input.resolve("services.xlsx"), input.resolve("services - Copy.xlsx"));
        TestFiles.editSheet(copy, x -> x.replaceFirst("<v>", "<v>1")); // one cell differs
        InputPlan plan = new InputLocator(Mapping.none()).plan(input);
        assertThat(plan.refused()).isEmpty();
        assertThat(plan.files(Extract.SERVICES)).extracting(InputFile::name)
                .containsExactly("services - Copy.xlsx", "services.xlsx");
    }

    // ---- damaged and hostile workbooks (items 6, 7, 12) ----

    @Test
    void aCellReferenceBeyondExcelsLastColumnIsRefusedWithoutAllocatingForIt() throws IOException {
        TestFiles.editSheet(contacts(), x -> x.replace("<c r=\"A5\"", "<c r=\"ZZZZZZ5\""));
        assertRefusedNaming(yearEnd(), "contacts-2024-05.xlsx", "row 5", "beyond Excel's last column");
    }

    @Test
    void aRowNumberedInWordsIsRefusedNamingWhereReadingStopped() throws IOException {
        TestFiles.editSheet(contacts(), x -> x.replace("<row r=\"10\">", "<row r=\"ten\">"));
        assertRefusedNaming(yearEnd(), "contacts-2024-05.xlsx", "row 10", "numbered 'ten'");
    }

    @Test
    void aCharacterXmlCannotHoldIsRefusedNamingTheRow() throws IOException {
        TestFiles.editSheet(contacts(), x -> x.replaceFirst("(<row r=\"7\">.*?<v>)", "$1&#1;"));
        assertRefusedNaming(yearEnd(), "contacts-2024-05.xlsx", "row 7", "damaged");
    }

    @Test
    void aSharedTextNumberOutOfRangeIsDamageNotABlank() throws IOException {
        TestFiles.editSheet(contacts(), x -> x.replaceFirst("<c r=\"A6\" t=\"s\"(?: s=\"0\")?><v>\\d+</v>",
                "<c r=\"A6\" t=\"s\"><v>99999</v>"));
        assertRefusedNaming(yearEnd(), "contacts-2024-05.xlsx", "row 6", "text number 99999");
    }

    @Test
    void aGarbledCompressedBlockMidSheetIsRefusedNamingTheFile() throws IOException {
        Path f = contacts();
        byte[] bytes = Files.readAllBytes(f);
        // the worksheet is the largest deflated entry: spoil bytes in the middle of the file
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
            bytes[i] = (byte) 0x55;
        }
        Files.write(f, bytes);
        assertRefusedNaming(yearEnd(), "contacts-2024-05.xlsx");
    }

    @Test
    void anEmptyWorkbookFileIsRefused() throws IOException {
        Files.write(contacts(), new byte[0]);
        assertRefusedNaming(yearEnd(), "contacts-2024-05.xlsx");
    }

    @Test
    void withAllowPartialADamagedFileIsSkippedAndTheRestIsPublished() throws IOException {
        TestFiles.editSheet(contacts(), x -> x.replace("<row r=\"10\">", "<row r=\"ten\">"));
        Cli.Result r = yearEnd("--allow-partial");
        assertThat(r.code()).as(r.stderr()).isZero();
        assertThat(r.stderr()).contains("skipped contacts-2024-05.xlsx", "row 10");
        String manifest = Files.readString(output.resolve("2024-25/manifest.json"));
        assertThat(manifest).contains("\"refused_inputs\"", "contacts-2024-05.xlsx", "damaged at row 10");
        assertThat(r.stdout()).doesNotContainPattern("contacts-2024-05\\.xlsx +read").contains("contacts-2024-06.xlsx");
    }

    // ---- values accepted without a word (item 12) ----

    @Test
    void idsCutShortToScientificNotationOrHoldingControlCharactersAreRejected() throws IOException {
        TestFiles.editSheet(contacts(), x -> x
                .replaceFirst("<c r=\"B2\"(?: t=\"[ns]\")?(?: s=\"0\")?><v>[^<]*</v></c>",
                        "<c r=\"B2\" t=\"inlineStr\"><is><t>1.23457E+15</t></is></c>")
                .replaceFirst("<c r=\"B3\"(?: t=\"[ns]\")?(?: s=\"0\")?><v>[^<]*</v></c>",
                        "<c r=\"B3\" t=\"inlineStr\"><is><t>10_x0001_42</t></is></c>")
                .replaceFirst("<c r=\"B4\"(?: t=\"[ns]\")?(?: s=\"0\")?><v>[^<]*</v></c>", "<c r=\"B4\" t=\"b\"><v>1</v></c>"));
        Cli.Result r = yearEnd();
        assertThat(r.code()).as(r.stderr()).isZero();
        String rejected = Files.readString(output.resolve("2024-25/rejected.csv"));
        assertThat(rejected).contains("contacts-2024-05.xlsx,Contacts,2,", "cut short to scientific notation");
        assertThat(rejected).contains("contacts-2024-05.xlsx,Contacts,3,", "control character (code 1)");
        assertThat(rejected).contains("contacts-2024-05.xlsx,Contacts,4,", "yes/no value TRUE");
    }

    @Test
    void anIdThatOnlyLooksNumericIsKept() {
        assertThat(XlsxWorkbook.unescape("A_x005F_x0041_B")).isEqualTo("A_x0041_B");
        assertThat(XlsxWorkbook.unescape("10_x0001_42")).isEqualTo("10\u000142");
        assertThat(XlsxWorkbook.unescape("_x00zz_")).isEqualTo("_x00zz_");
    }

    // ---- long values (item 5) ----

    @Test
    void aValueOverExcelsCellLimitIsReportedCutShortAndTheRunFinishes() throws IOException {
        Path reviews = input.resolve("reviews.csv");
        List<String> lines = Files.readAllLines(reviews);
        String[] f = lines.get(5).split(",", -1);
        f[4] = "x".repeat(40_000); // Review Date: not a date, so the row is rejected and its value reported
        lines.set(5, String.join(",", f));
        Files.write(reviews, lines);

        Cli.Result r = yearEnd();
        assertThat(r.code()).as(r.stderr()).isZero();
        assertThat(output.resolve("2024-25/Rejected.xlsx")).exists();
        String rejected = Files.readString(output.resolve("2024-25/rejected.csv"));
        assertThat(rejected).contains("reviews.csv,,6,", "[cut short: 40000 characters in all]");
        assertThat(rejected.lines().mapToInt(String::length).max().orElse(0)).isLessThan(5_000);
    }

    @Test
    void anXlsxCellOfExactlyTheLimitIsReportedWhole() throws IOException {
        String limit = "y".repeat(32_767);
        TestFiles.editSheet(contacts(), x -> x.replaceFirst("<c r=\"H2\"(?: t=\"n\")? s=\"1\"><v>[^<]*</v></c>",
                "<c r=\"H2\" t=\"inlineStr\"><is><t>" + limit + "</t></is></c>"));
        Cli.Result r = yearEnd();
        assertThat(r.code()).as(r.stderr()).isZero();
        assertThat(Files.readString(output.resolve("2024-25/rejected.csv")))
                .contains("contacts-2024-05.xlsx,Contacts,2,", "[cut short: 32767 characters in all]");
    }

    // ---- things named like extracts that are not files (item 10) ----

    @Test
    void aFolderAPipeOrABrokenLinkNamedLikeAnExtractIsRefusedNamingIt() throws Exception {
        Files.createDirectories(input.resolve("contacts-2024-13.xlsx"));
        Cli.Result folder = yearEnd();
        assertRefusedNaming(folder, "contacts-2024-13.xlsx", "folder, not a file");
        Files.delete(input.resolve("contacts-2024-13.xlsx"));

        Files.createSymbolicLink(input.resolve("services-old.xlsx"), dir.resolve("gone.xlsx"));
        assertRefusedNaming(yearEnd(), "services-old.xlsx", "link to a file that does not exist");
        Files.delete(input.resolve("services-old.xlsx"));

        Process mkfifo = new ProcessBuilder("mkfifo", input.resolve("reviews-extra.csv").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        assertRefusedNaming(yearEnd(), "reviews-extra.csv", "not an ordinary file");
    }

    // ---- a file replaced while it is read (item 9) ----

    @Test
    void aFileThatIsNotTheOneThePreFlightCheckedIsRefusedWhenRead() throws Exception {
        InputPlan plan = new InputLocator(Mapping.none()).plan(input);
        InputFile planned = plan.files(Extract.REVIEWS).get(0);
        // the export job replaces the file after the pre-flight, before the read step
        Files.writeString(planned.path(), Files.readString(planned.path()).replace("Planned", "PLANNED"));
        InputFile workbook = plan.files(Extract.CONTACTS).get(0);
        TestFiles.editSheet(workbook.path(), x -> x.replace("Female", "female")); // re-exported with a change
        for (InputFile f : List.of(planned, workbook)) {
            ExtractReader reader = new ExtractReader(List.of(f), new ExtractReader.Progress() {
                @Override
                public void update(InputFile file, long rows, double fraction) {
                }

                @Override
                public void done(InputFile file, long rows) {
                }
            });
            reader.open(new org.springframework.batch.infrastructure.item.ExecutionContext());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
                while (reader.read() != null) {
                    // the check comes as the file is read, or at its end
                }
            }).isInstanceOf(DamagedInputException.class).hasMessageContaining(f.name())
                    .hasMessageContaining("changed after the run began");
            reader.close();
        }
    }
}
