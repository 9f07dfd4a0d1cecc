package org.carereturns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.support.TestFiles;
import org.carereturns.support.ReturnRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample (input/2024-25) against the committed expected returns.csv, cell by cell.
 * When a change to the figures is deliberate, regenerate the expected file and review its diff:
 * {@code ./mvnw -B test -Dtest=GoldenSampleTest -Dgolden.update=true}
 */
class GoldenSampleTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/2024-25-returns.csv");

    @TempDir
    Path dir;

    @Test
    void theSampleGivesTheExpectedReturnsCellByCell() throws Exception {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        try (Stream<Path> s = Files.list(Path.of("input", "2024-25"))) {
            for (Path p : s.toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
            }
        }
        Path output = dir.resolve("out");
        int exit = org.carereturns.cli.Main.run(new String[] {"year-end", "--period", "2024-25", "--input",
                input.toString(), "--output", output.toString()}, System.out, System.err);
        assertThat(exit).isZero();
        Path actual = output.resolve("2024-25/returns.csv");
        // the job ran the steps its flow is built from, in order: a compute step for each registered return
        List<String> ran = Files.readString(output.resolve("2024-25/run.log")).lines()
                .filter(l -> l.contains("  step ")).map(l -> l.replaceAll(".*  step (\\w+):.*", "$1")).toList();
        assertThat(ran).isEqualTo(org.carereturns.job.ReturnsJobConfig.stepNames(true).subList(0,
                org.carereturns.job.ReturnsJobConfig.stepNames(true).size() - 1)); // publish closes run.log first
        assertThat(ran).contains("computeSalt", "computeAscof", "computeSac", "computeCareLeavers");
        ReturnRun.assertManifestBalances(output.resolve("2024-25"));
        if (Boolean.getBoolean("golden.update")) {
            Files.copy(actual, GOLDEN, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, String> expected = cells(GOLDEN);
        Map<String, String> got = cells(actual);
        List<String> differences = new ArrayList<>();
        for (var e : expected.entrySet()) {
            String value = got.get(e.getKey());
            if (!e.getValue().equals(value)) {
                differences.add(e.getKey() + ": expected " + e.getValue() + ", got " + value);
            }
        }
        got.keySet().stream().filter(k -> !expected.containsKey(k)).forEach(k -> differences.add(k + ": not expected"));
        assertThat(differences).as("cells that differ from %s (regenerate deliberately with -Dgolden.update=true)",
                GOLDEN).isEmpty();
        assertThat(Files.readAllBytes(actual)).as("byte for byte").isEqualTo(Files.readAllBytes(GOLDEN));

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(output.resolve("2024-25/SALT.xlsx")))) {
            XSSFSheet checks = wb.getSheet("Checks");
            var rows = TestFiles.dataRows(checks);
            for (var row : rows) {
                assertThat(row.getCell(2).getStringCellValue()).as("%s on the sample: %s",
                        row.getCell(0), row.getCell(3)).isEqualTo("Pass");
            }
            assertThat(rows).hasSize(5);
            assertThat(TestFiles.headings(wb.getSheet("STS001 Table 1a")).getCell(1).getStringCellValue())
                    .isEqualTo("Short Term Support to Maximise Independence");
            var kpi = TestFiles.dataRows(wb.getSheet("Local KPIs")).get(4).getCell(3);
            assertThat(kpi.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(wb.getSheet("Activity by month").getDrawingPatriarch().getCharts()).hasSize(2);
            assertThat(TestFiles.about(wb.getSheet("About"), "Period")).startsWith("2024-25 (1 April 2024");
        }
    }

    private static Map<String, String> cells(Path csv) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (var rows = org.carereturns.ingest.CsvReading.open(csv)) {
            var r = rows.next();
            while ((r = rows.next()) != null) {
                out.put(r.cell(0).text() + " | " + r.cell(1).text() + " | " + r.cell(2).text() + " | "
                        + r.cell(3).text(), r.cell(4).text());
            }
        }
        return out;
    }
}
