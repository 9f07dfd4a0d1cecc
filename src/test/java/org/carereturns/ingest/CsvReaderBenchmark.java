package org.carereturns.ingest;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Not a test: bench/csv-benchmark.sh runs it to time one CSV reader over one file, every field
 * touched, and prints the reader, the rows, the characters and the milliseconds. Our reader also
 * hashes the bytes (SHA-256) and checks the UTF-8 as it goes, as a run needs; the libraries do not.
 */
public final class CsvReaderBenchmark {

    private CsvReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String reader = args[1];
        long start = System.nanoTime();
        long rows = 0;
        long chars = 0;
        switch (reader) {
            case "care-returns" -> {
                try (RowSource source = new CsvRowSource(file)) {
                    SheetRow row;
                    while ((row = source.next()) != null) {
                        rows++;
                        for (Cell c : row.cells()) {
                            chars += c == null ? 0 : c.text().length();
                        }
                    }
                }
            }
            case "commons-csv" -> {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                     CSVParser parser = CSVFormat.RFC4180.parse(in)) {
                    for (CSVRecord record : parser) {
                        rows++;
                        for (String v : record) {
                            chars += v.length();
                        }
                    }
                }
            }
            case "jackson-csv" -> {
                CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
                try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(file.toFile())) {
                    while (it.hasNextValue()) {
                        rows++;
                        for (String v : it.nextValue()) {
                            chars += v.length();
                        }
                    }
                }
            }
            default -> throw new IllegalArgumentException("reader: care-returns, commons-csv or jackson-csv");
        }
        System.out.printf("%-13s %,d rows, %,d characters, %,d ms%n", reader, rows, chars,
                (System.nanoTime() - start) / 1_000_000);
    }
}
