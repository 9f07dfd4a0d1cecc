package org.carereturns.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.cli.Main;
import org.carereturns.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three nightly runs on changing extracts: new-rejects.csv and dq-trend.csv worked out by hand. */
class NightlyTest {

    static final LocalDate DOB = LocalDate.of(1950, 1, 1);
    static final Object[] HEADER = {"Contact ID", "Person ID", "Date of Birth", "Contact Date", "Route of Access",
        "Outcome", "Outcome Date"};

    @TempDir
    Path dir;

    private int night(String asOf, Object[]... rows) throws Exception {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        TestFiles.Workbook wb = TestFiles.workbook("Contacts").row(HEADER);
        for (Object[] r : rows) {
            wb.row(r);
        }
        wb.save(input.resolve("contacts.xlsx"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"nightly", "--as-of", asOf, "--input", input.toString(), "--output",
                dir.resolve("out").toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        // contacts alone produce none of the four returns the council expects by default: done, but incomplete
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(org.carereturns.cli.ExitCode.INCOMPLETE);
        return code;
    }

    private Path nightly(String asOf) {
        return dir.resolve("out/2024-25/nightly").resolve(asOf);
    }

    private List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file);
    }

    @Test
    void newRejectsAndTheTrend() throws Exception {
        Object[] c1 = {"c1", "P1", DOB, LocalDate.of(2024, 5, 1), "Prison", null, null};
        Object[] c2bad = {"c2", "P2", DOB, LocalDate.of(2024, 5, 2), "Walk-in", null, null};       // CON-04
        Object[] c2 = {"c2", "P2", DOB, LocalDate.of(2024, 5, 2), "Prison", null, null};
        Object[] c3bad = {null, "P3", DOB, LocalDate.of(2024, 5, 3), "Prison", null, null};         // CON-01
        Object[] c3 = {"c3", "P3", DOB, LocalDate.of(2024, 5, 3), "Prison", null, null};
        Object[] c4bad = {"c4", "P4", DOB, "31/06/2024", "Prison", null, null};                     // CON-03
        Object[] c5bad = {"c5", null, DOB, LocalDate.of(2024, 8, 1), "Prison", null, null};         // PER-01

        // Night 1: c2 and c3 rejected; no earlier night, so both are new.
        night("2024-06-30", c1, c2bad, c3bad);
        assertThat(lines(nightly("2024-06-30").resolve("new-rejects.csv"))).hasSize(3)
                .anySatisfy(l -> assertThat(l).contains(",c2,P2,CON-04,error,"))
                .anySatisfy(l -> assertThat(l).contains(",,P3,CON-01,error,"));
        // Night 2: c2 corrected; c3 still rejected (not new); c4 arrives rejected (new).
        night("2024-07-31", c1, c2, c3bad, c4bad);
        List<String> two = lines(nightly("2024-07-31").resolve("new-rejects.csv"));
        assertThat(two).hasSize(2);
        assertThat(two.get(1)).contains(",c4,P4,CON-03,error,Contact Date,31/06/2024,");
        // Night 3: c3 corrected; c4 still rejected (not new); c5 arrives without a Person ID (new).
        night("2024-08-31", c1, c2, c3, c4bad, c5bad);
        List<String> three = lines(nightly("2024-08-31").resolve("new-rejects.csv"));
        assertThat(three).hasSize(2);
        assertThat(three.get(1)).contains(",c5,,PER-01,error,Person ID,");

        // The trend: rows read and rejected per night, then per rule, over every night kept.
        assertThat(lines(nightly("2024-08-31").resolve("dq-trend.csv"))).containsExactly(
                "as_of,extract,rule,rows_read,rows_rejected",
                "2024-06-30,contacts,,3,2", "2024-06-30,contacts,CON-01,3,1", "2024-06-30,contacts,CON-04,3,1",
                "2024-07-31,contacts,,4,2", "2024-07-31,contacts,CON-01,4,1", "2024-07-31,contacts,CON-03,4,1",
                "2024-08-31,contacts,,5,2", "2024-08-31,contacts,CON-03,5,1", "2024-08-31,contacts,PER-01,5,1");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(nightly("2024-08-31").resolve("Rejected.xlsx")))) {
            var dq = TestFiles.dataRows(wb.getSheet("Data quality"));
            assertThat(dq).hasSize(3);
            assertThat(dq.get(2).getCell(0).getStringCellValue()).isEqualTo("2024-08-31");
            assertThat(dq.get(2).getCell(1).getNumericCellValue()).isEqualTo(2);
            var dqSheet = wb.getSheet("Data quality");
            assertThat(dqSheet.getDrawingPatriarch().getCharts()).hasSize(1);
        }
        String manifest = Files.readString(nightly("2024-08-31").resolve("manifest.json"));
        assertThat(manifest).contains("\"as_of\": \"2024-08-31\"").contains("\"provisional\": true")
                .contains("\"job\": \"nightly\"");
        assertThat(Files.readString(nightly("2024-08-31").resolve("run.log"))).contains("nightly 2024-25 as of 2024-08-31")
                .contains("step readContacts: COMPLETED").contains("read contacts: contacts.xlsx");
    }
}
