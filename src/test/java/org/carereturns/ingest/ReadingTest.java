package org.carereturns.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carereturns.support.TestFiles.r;
import static org.carereturns.support.TestFiles.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.carereturns.Period;
import org.carereturns.ingest.Records.Contact;
import org.carereturns.ingest.Records.Service;
import org.carereturns.support.Pipeline;
import org.carereturns.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading real files: every case extracts.md lists under "Reading a sheet". */
class ReadingTest {

    static final Period P = Period.parse("2024-25");
    static final LocalDate DOB = LocalDate.of(1950, 6, 1);

    @TempDir
    Path dir;

    @Test
    void headerBelowTitleRowsWithAliasesAndOddSpacing() throws Exception {
        TestFiles.workbook("Export")
                .row("Medway Council contacts extract")
                .row("Run on 3 April 2025")
                .row()
                .row("Request ID", "CLIENT_ID", "d.o.b", "Date Of Contact", "contact-route", "Sequel", "Closed Date",
                        "Extra column we ignore")
                .row("C1", "P1", DOB, LocalDate.of(2024, 5, 1), "Community / Other route", "", "", "x")
                .save(dir.resolve("contacts.xlsx"));
        Pipeline.Result result = Pipeline.run(dir, P);
        InputFile file = result.plan().files(Extract.CONTACTS).get(0);
        assertThat(file.headerRow()).isEqualTo(4);
        Contact c = (Contact) result.row(5).record();
        assertThat(c.id()).isEqualTo("C1");
        assertThat(c.person().id()).isEqualTo("P1");
        assertThat(c.contactDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(c.outcome()).isNull();
    }

    @Test
    void aHeaderBelowRow20IsNotFound() throws Exception {
        TestFiles.workbook("Export").skip(20)
                .row("Contact ID", "Person ID", "Date of Birth", "Contact Date", "Route of Access", "Outcome", "Outcome Date")
                .save(dir.resolve("contacts.xlsx"));
        InputPlan plan = new InputLocator(Mapping.none()).plan(dir);
        assertThat(plan.refused()).singleElement().satisfies(r -> assertThat(r.reason()).contains("first 20 rows"));
    }

    @Test
    void numericIdsAreTextAndLeadingZerosAreKept() throws Exception {
        TestFiles.workbook("Services")
                .row("Service ID", "Person ID", "NHS Number", "Date of Birth", "Primary Support Reason", "Service Type",
                        "Delivery Mechanism", "Start Date", "End Date", "ST-Max Outcome")
                .row(12345, 100234, 9434765919L, DOB, "Mental Health Support", "Long Term Support: Residential Care",
                        "", LocalDate.of(2024, 1, 1), "", "")
                .row("00077", "0042", "943 476 5919", DOB, "Mental Health Support", "Long Term Support: Residential Care",
                        "", LocalDate.of(2024, 1, 1), "", "")
                .save(dir.resolve("services.xlsx"));
        Pipeline.Result result = Pipeline.run(dir, P);
        Service s = (Service) result.row(2).record();
        assertThat(s.id()).isEqualTo("12345");
        assertThat(s.person().id()).isEqualTo("100234");
        assertThat(s.person().nhsNumber()).isEqualTo("9434765919");
        Service t = (Service) result.row(3).record();
        assertThat(t.id()).isEqualTo("00077");
        assertThat(t.person().id()).isEqualTo("0042");
        assertThat(t.person().nhsNumber()).isEqualTo("9434765919");
    }

    @Test
    void a1904WorkbookReadsTheSameDates() throws Exception {
        // A Mac workbook stores 5 April 2024 as 43925 (1,462 fewer than 45387); POI writes the serial as-is.
        TestFiles.workbook("Contacts").date1904()
                .row("Contact ID", "Person ID", "Date of Birth", "Contact Date", "Route of Access", "Outcome", "Outcome Date")
                .row("C1", "P1", 18414 - 1462, 45387 - 1462, "Prison", "", "")
                .save(dir.resolve("contacts.xlsx"));
        Contact c = (Contact) Pipeline.run(dir, P).row(2).record();
        assertThat(c.contactDate()).isEqualTo(LocalDate.of(2024, 4, 5));
        assertThat(c.person().dateOfBirth()).isEqualTo(LocalDate.of(1950, 5, 31));
    }

    @Test
    void blankRowsAreCountedNotRead() throws Exception {
        TestFiles.workbook("Contacts")
                .row("Contact ID", "Person ID", "Date of Birth", "Contact Date", "Route of Access", "Outcome", "Outcome Date", "Notes")
                .row("C1", "P1", DOB, LocalDate.of(2024, 5, 1), "Prison", "", "", "")
                .row("", "  ", "", null, "", "", "", "only an unmapped note")
                .row("C2", "P2", DOB, LocalDate.of(2024, 5, 2), "Prison", "", "", "")
                .save(dir.resolve("contacts.xlsx"));
        Pipeline.Result result = Pipeline.run(dir, P);
        assertThat(result.rows()).hasSize(2);
        assertThat(result.blankRows()).isEqualTo(1);
        assertThat(result.row(4).recordId()).isEqualTo("C2"); // physical row numbers survive the blank row
    }

    @Test
    void errorCellsAreInvalidValuesAndFormulasGiveTheirCachedValue() throws Exception {
        TestFiles.workbook("Contacts")
                .row("Contact ID", "Person ID", "Date of Birth", "Contact Date", "Route of Access", "Outcome", "Outcome Date")
                .row("C1", "P1", new TestFiles.Error("#N/A"), LocalDate.of(2024, 5, 1), "Prison", "", "")
                .row("C2", "P2", DOB, new TestFiles.Formula("DATE(2024,5,2)", 45414), new TestFiles.Formula("\"Prison\"", "Prison"), "", "")
                .row(new TestFiles.Error("#REF!"), "P3", DOB, LocalDate.of(2024, 5, 1), "Prison", "", "")
                .save(dir.resolve("contacts.xlsx"));
        Pipeline.Result result = Pipeline.run(dir, P);
        assertThat(result.rules(2)).containsExactly("PER-02");
        assertThat(result.row(2).findings().get(0).message()).contains("#N/A");
        Contact c = (Contact) result.row(3).record();
        assertThat(c.contactDate()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(c.route()).isEqualTo("Prison");
        assertThat(result.rules(4)).containsExactly("CON-01");
    }

    @Test
    void aFormulaWithAnEmptySavedValueIsAFormulaWithNoValueNotABlank() throws Exception {
        // openpyxl writes <f>..</f><v></v>; others write <v/>, or type the cell as text (str) or error (e)
        TestFiles.workbook("Contacts")
                .row("Contact ID", "Person ID", "Date of Birth", "Contact Date", "Route of Access", "Outcome", "Outcome Date")
                .row(new TestFiles.Formula("\"C1\"", "C1"), new TestFiles.Formula("\"P1\"", "P1"),
                        new TestFiles.Formula("DATE(1950,6,1)", 18415), new TestFiles.Formula("DATE(2024,5,1)", 45413),
                        new TestFiles.Formula("\"Prison\"", "Prison"), "", "")
                .row("C2", "P2", DOB, LocalDate.of(2024, 5, 1), "Prison", "Universal Services",
                        new TestFiles.Formula("DATE(2024,5,9)", 45421))
                .row("C3", "P3", DOB, LocalDate.of(2024, 5, 1), "Prison", "Universal Services",
                        new TestFiles.Formula("DATE(2024,5,9)", 45421))
                .row("C4", "P4", DOB, LocalDate.of(2024, 5, 1), "Prison", "Universal Services",
                        new TestFiles.Formula("DATE(2024,5,9)", 45421))
                .row("C5", "P5", DOB, LocalDate.of(2024, 5, 1), "Prison", "Universal Services",
                        new TestFiles.Formula("DATE(2024,5,9)", 45421))
                .save(dir.resolve("contacts.xlsx"));
        TestFiles.editSheet(dir.resolve("contacts.xlsx"), x -> x
                // row 2: every cell a formula with an empty value
                .replaceAll("<c r=\"([A-E]2)\"[^>]*><f>([^<]*)</f><v>[^<]*</v>", "<c r=\"$1\"><f>$2</f><v></v>")
                .replaceFirst("<c r=\"G3\"[^>]*><f>([^<]*)</f><v>[^<]*</v>", "<c r=\"G3\"><f>$1</f><v></v>")
                .replaceFirst("<c r=\"G4\"[^>]*><f>([^<]*)</f><v>[^<]*</v>", "<c r=\"G4\"><f>$1</f><v/>")
                .replaceFirst("<c r=\"G5\"[^>]*><f>([^<]*)</f><v>[^<]*</v>", "<c r=\"G5\" t=\"str\"><f>$1</f><v></v>")
                .replaceFirst("<c r=\"G6\"[^>]*><f>([^<]*)</f><v>[^<]*</v>", "<c r=\"G6\" t=\"e\"><f>$1</f><v></v>"));
        Pipeline.Result result = Pipeline.run(dir, P);
        assertThat(result.blankRows()).isZero();
        assertThat(result.rows()).hasSize(5);
        assertThat(result.row(2).findings()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).contains("with no saved value").doesNotContain("is blank"));
        assertThat(result.row(2).findings().get(0).message()).contains("the formula =\"C1\"");
        for (int row = 3; row <= 6; row++) {
            assertThat(result.row(row).findings()).as("row " + row).singleElement().satisfies(f -> assertThat(f.message())
                    .contains("Outcome Date holds the formula =DATE(2024,5,9) with no saved value"));
        }
    }

    @Test
    void theFirstVisibleSheetWithTheHeaderIsRead() throws Exception {
        TestFiles.Workbook wb = TestFiles.workbook("Hidden data")
                .row("Contact ID", "Person ID", "Date of Birth", "Contact Date", "Route of Access", "Outcome", "Outcome Date")
                .row("HIDDEN", "P0", DOB, LocalDate.of(2024, 5, 1), "Prison", "", "")
                .hidden();
        wb.sheet("Read me").row("This export was produced by Mosaic");
        wb.sheet("Data")
                .row("Contact ID", "Person ID", "Date of Birth", "Contact Date", "Route of Access", "Outcome", "Outcome Date")
                .row("C1", "P1", DOB, LocalDate.of(2024, 5, 1), "Prison", "", "");
        wb.save(dir.resolve("contacts.xlsx"));
        Pipeline.Result result = Pipeline.run(dir, P);
        InputFile file = result.plan().files(Extract.CONTACTS).get(0);
        assertThat(file.sheet()).isEqualTo("Data");
        assertThat(file.ignoredSheets()).containsExactly("Hidden data (hidden)", "Read me (no header row)");
        assertThat(result.rows()).singleElement().satisfies(c -> assertThat(c.recordId()).isEqualTo("C1"));
    }

    @Test
    void csvWithByteOrderMarkQuotesAndRecordNumbers() throws Exception {
        TestFiles.csv(dir.resolve("Reviews.CSV"), true, rows(
                r("Review ID", "Person ID", "DOB", "Review Date", "Review Type", "Review Reason", "Review Outcome"),
                r("R1", "P1", "01/06/1950", "2024-05-01", "Unplanned", "Hospital", "No change in setting - No Change in Long Term Support"),
                r("R2", "P2", "01/06/1950", "2 May 2024", "planned", "", "5"),
                r("R3", "P3", "01/06/1950", "03.05.2024", "Planned", "", "Short Term Support to Maximise Independence")));
        Pipeline.Result result = Pipeline.run(dir, P);
        assertThat(result.rows()).hasSize(3).allSatisfy(c -> assertThat(c.findings()).isEmpty());
        assertThat(result.row(3).recordId()).isEqualTo("R2");
        assertThat(((Records.Review) result.row(3).record()).outcome())
                .isEqualTo("No change in setting - No Change in Long Term Support");
    }

    @Test
    void twoMonthlyFilesMakeOneExtractAndDuplicatesSpanThem() throws Exception {
        for (String month : new String[] {"2024-04", "2024-05"}) {
            TestFiles.workbook("Contacts")
                    .row("Contact ID", "Person ID", "Date of Birth", "Contact Date", "Route of Access", "Outcome", "Outcome Date")
                    .row("C-" + month, "P1", DOB, LocalDate.parse(month + "-10"), "Prison", "", "")
                    .row("C-SAME", "P1", DOB, LocalDate.parse(month + "-11"), "Prison", "", "")
                    .save(dir.resolve("contacts-" + month + ".xlsx"));
        }
        Pipeline.Result result = Pipeline.run(dir, P);
        assertThat(result.plan().files(Extract.CONTACTS)).extracting(InputFile::name)
                .containsExactly("contacts-2024-04.xlsx", "contacts-2024-05.xlsx");
        assertThat(result.rows()).hasSize(4);
        var dup = result.row("contacts-2024-05.xlsx", 3);
        assertThat(dup.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().id()).isEqualTo("CON-02");
            assertThat(f.message()).contains("row 3 of contacts-2024-04.xlsx");
        });
    }

    @Test
    void damagedOldAndProtectedFilesAreRefusedInPlainWords() throws Exception {
        Files.write(dir.resolve("contacts.xlsx"), "not a workbook".getBytes());
        Files.write(dir.resolve("services.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Files.write(dir.resolve("reviews.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        InputPlan plan = new InputLocator(Mapping.none()).plan(dir);
        assertThat(plan.allFiles()).isEmpty();
        assertThat(plan.refused()).extracting(RefusedFile::name, RefusedFile::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("contacts.xlsx",
                        "this is not an Excel .xlsx workbook (the file starts like something else)"),
                org.assertj.core.groups.Tuple.tuple("services.xls", "only .xlsx and .csv files can be read; save this "
                        + "file as .xlsx (old .xls workbooks and other formats are not read)"),
                org.assertj.core.groups.Tuple.tuple("reviews.xlsx",
                        plan.refused().stream().filter(r -> r.name().equals("reviews.xlsx")).findFirst().get().reason()));
        assertThat(plan.refused().stream().filter(r -> r.name().equals("reviews.xlsx")).findFirst().get().reason())
                .startsWith("the workbook is damaged");
    }

    @Test
    void anOle2FileNamedXlsxIsAnOldWorkbook() throws Exception {
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             var out = Files.newOutputStream(dir.resolve("contacts.xlsx"))) {
            wb.createSheet("x");
            wb.write(out);
        }
        InputPlan plan = new InputLocator(Mapping.none()).plan(dir);
        assertThat(plan.refused()).singleElement().satisfies(r -> assertThat(r.reason()).contains("Excel 97-2003"));
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedAsSuch() throws Exception {
        // a real encrypted .xlsx (agile encryption, as Excel writes it)
        var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
        var encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("Contacts").createRow(0).createCell(0).setCellValue("Contact ID");
            try (var os = encryptor.getDataStream(fs)) {
                wb.write(os);
            }
            try (var out = Files.newOutputStream(dir.resolve("contacts.xlsx"))) {
                fs.writeFilesystem(out);
            }
        }
        InputPlan plan = new InputLocator(Mapping.none()).plan(dir);
        assertThat(plan.refused()).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo("the workbook is password-protected; save an unprotected copy as .xlsx"));
    }

    @Test
    void aMissingRequiredColumnIsNamed() throws Exception {
        TestFiles.workbook("Contacts")
                .row("Contact ID", "Person ID", "Date of Birth", "Contact Date", "Outcome", "Outcome Date")
                .save(dir.resolve("contacts.xlsx"));
        InputPlan plan = new InputLocator(Mapping.none()).plan(dir);
        assertThat(plan.refused()).singleElement().satisfies(r -> assertThat(r.reason())
                .startsWith("required column 'Route of Access' is missing from the header row (sheet 'Contacts' row 1)"));
    }

    @Test
    void aCsvThatIsNotUtf8IsRefused() throws Exception {
        Files.write(dir.resolve("reviews.csv"), "Review ID,Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        InputPlan plan = new InputLocator(Mapping.none()).plan(dir);
        assertThat(plan.refused()).singleElement().satisfies(r -> assertThat(r.reason()).contains("not UTF-8"));
    }

    @Test
    void theMappingFileAddsHeadersValuesAndPatterns() throws Exception {
        Path mapping = Files.writeString(dir.resolve("mapping.yml"), """
                files:
                  contacts: ["requests*.xlsx"]
                headers:
                  contacts:
                    Person ID: ["LAS Number"]
                values:
                  Route of Access:
                    "Community / Other route": ["GP referral"]
                """);
        Path in = dir.resolve("in");
        TestFiles.workbook("Contacts")
                .row("Contact ID", "LAS Number", "Date of Birth", "Contact Date", "Route of Access", "Outcome", "Outcome Date")
                .row("C1", "P1", DOB, LocalDate.of(2024, 5, 1), "gp referral", "", "")
                .save(in.resolve("requests-april.xlsx"));
        Pipeline.Result result = Pipeline.run(in, P, Mapping.load(mapping));
        assertThat(((Contact) result.row(2).record()).route()).isEqualTo("Community / Other route");
        assertThat(((Contact) result.row(2).record()).person().id()).isEqualTo("P1");
    }

    @Test
    void aMappingThatNamesAnUnknownValueIsRefused() throws Exception {
        Path mapping = Files.writeString(dir.resolve("mapping.yml"), """
                values:
                  Route of Access:
                    "Walk in centre": ["Walk-in"]
                """);
        assertThatThrownBy(() -> Pipeline.run(dir, P, Mapping.load(mapping)))
                .isInstanceOf(InputRefusedException.class)
                .hasMessageContaining("'Walk in centre', which is not a value of Route of Access");
    }
}
