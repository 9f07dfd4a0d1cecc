package org.carereturns.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.ingest.Column;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputFile;
import org.carereturns.ingest.InputLocator;
import org.carereturns.ingest.InputPlan;
import org.carereturns.ingest.Mapping;
import org.carereturns.ingest.Schema;
import org.carereturns.support.Cli;
import org.carereturns.support.ReturnRun;
import org.carereturns.support.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every code a row may leave blank, or hold a value not on its list (a warning: the row is used with
 * the code unknown), blank on one row in four and unknown on another, in every extract of the sample:
 * every return is still produced. A code looked up in Java's immutable lists must not be null.
 */
class OptionalCodesTest {

    /** The columns whose missing or unknown value is a warning, not a rejection (the Rules sheet's warnings). */
    static final Map<Extract, List<String>> OPTIONAL = Map.of(
            Extract.CONTACTS, List.of("NHS Number", "Gender", "Ethnicity", "Primary Support Reason"),
            Extract.SERVICES, List.of("NHS Number", "Gender", "Ethnicity", "Primary Support Reason",
                    "Accommodation Status", "Employment Status", "Has Unpaid Carer"),
            Extract.REVIEWS, List.of("NHS Number", "Gender", "Ethnicity", "Primary Support Reason", "Next Review Due"),
            Extract.SAFEGUARDING, List.of("NHS Number", "Gender", "Ethnicity", "Primary Support Reason", "Advocate",
                    "Lacked Capacity", "MSP Asked", "MSP Outcomes Achieved"),
            Extract.CARE_LEAVERS, List.of("Gender"),
            Extract.HEADER_903, List.of("Gender"),
            Extract.EPISODES, List.of("Reason for New Episode", "Category of Need", "Placement Type"),
            Extract.CLD, List.of("Gender", "Ethnicity", "Primary Support Reason", "Accommodation Status",
                    "Employment Status", "Has Unpaid Carer", "Client Funding Status", "Event Outcome",
                    "Request: Route of Access", "Assessment Type", "Service Component", "Delivery Mechanism",
                    "Review Reason", "Date of Death"));

    static final String UNKNOWN = "Not a real code";

    @TempDir
    Path dir;

    @Test
    void everyReturnIsProducedWithOptionalCodesBlankOrUnknown() throws Exception {
        Path input = Sample.copyTo(dir.resolve("in"));
        InputPlan plan = new InputLocator(Mapping.none()).plan(input);
        int spoiled = 0;
        for (InputFile f : plan.allFiles()) {
            List<String> names = Schema.columns(f.extract()).stream().map(Column::name).toList();
            List<Integer> positions = new ArrayList<>();
            for (String column : OPTIONAL.getOrDefault(f.extract(), List.of())) {
                int i = names.indexOf(column);
                if (i >= 0 && f.columnIndex()[i] >= 0) {
                    positions.add(f.columnIndex()[i]);
                }
            }
            if (!positions.isEmpty()) {
                spoiled += f.isCsv() ? spoilCsv(f, positions) : spoilWorkbook(f, positions);
            }
        }
        assertThat(spoiled).as("rows given blank or unknown codes").isGreaterThan(1000);

        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("year-end", "--period", "2024-25", "--input", input.toString(), "--output",
                out.toString());
        assertThat(r.code()).as(r.stderr()).isZero();
        for (String workbook : List.of("SALT.xlsx", "ASCOF.xlsx", "SAC.xlsx", "CareLeavers.xlsx", "CLD.xlsx")) {
            assertThat(out.resolve("2024-25").resolve(workbook)).exists();
        }
        ReturnRun.assertManifestBalances(out.resolve("2024-25"));
        assertThat(Files.readString(out.resolve("2024-25/rejected.csv")))
                .contains(",PER-07,warning,Primary Support Reason," + UNKNOWN)
                .contains(",SVC-11,warning,Accommodation Status," + UNKNOWN);
    }

    /** Row by row below the header: one in four gets unknown codes, the next blank ones. */
    private static String value(int row, String code) {
        return switch (row % 4) {
            case 0 -> code;
            case 1 -> "";
            default -> null;
        };
    }

    private static int spoilWorkbook(InputFile f, List<Integer> positions) throws IOException {
        int spoiled = 0;
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(f.path())) {
            wb = new XSSFWorkbook(in);
        }
        Sheet sheet = wb.getSheet(f.sheet());
        for (Row row : sheet) {
            int below = row.getRowNum() + 1 - f.headerRow();
            String v = below > 0 ? value(below, UNKNOWN) : null;
            if (v == null) {
                continue;
            }
            spoiled++;
            for (int p : positions) {
                row.createCell(p).setCellValue(v);
            }
        }
        try (OutputStream out = Files.newOutputStream(f.path())) {
            wb.write(out);
        }
        wb.close();
        return spoiled;
    }

    private static int spoilCsv(InputFile f, List<Integer> positions) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(f.path(), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(in)) {
                records.add(new ArrayList<>(record.toList()));
            }
        }
        int spoiled = 0;
        for (int i = f.headerRow(); i < records.size(); i++) {
            String v = value(i + 1 - f.headerRow(), UNKNOWN);
            if (v == null) {
                continue;
            }
            spoiled++;
            for (int p : positions) {
                while (records.get(i).size() <= p) {
                    records.get(i).add("");
                }
                records.get(i).set(p, v);
            }
        }
        try (Writer out = Files.newBufferedWriter(f.path(), StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecords(records);
        }
        return spoiled;
    }
}
