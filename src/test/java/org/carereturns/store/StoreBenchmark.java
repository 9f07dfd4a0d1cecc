package org.carereturns.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.carereturns.ingest.Records;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: bench/store-benchmark.sh runs it to time writing and reading a million kept contact
 * rows (each row's account and its record, as the store keeps them) in the candidate encodings:
 * JSON with each value an object or an array. (Smile, Jackson's binary JSON, was tried too: its
 * values cannot be written one at a time and read back as one stream, which appending after a
 * restart needs.)
 */
public final class StoreBenchmark {

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    interface AsArray {
    }

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("store-bench");
        for (int round = 0; round < 2; round++) {
            for (String name : List.of("json-object", "json-array")) {
                ObjectMapper mapper = mapper(name);
                Path file = dir.resolve(name);
                long start = System.nanoTime();
                ObjectWriter rowWriter = mapper.writerFor(StoredRow.class);
                ObjectWriter recordWriter = mapper.writerFor(Records.Contact.class);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    for (int i = 0; i < rows; i++) {
                        out.write(rowWriter.writeValueAsBytes(row(i)));
                        out.write('\n');
                        out.write(recordWriter.writeValueAsBytes(contact(i)));
                        out.write('\n');
                    }
                }
                long wrote = System.nanoTime();
                long read = 0;
                ObjectReader rowReader = mapper.readerFor(StoredRow.class)
                        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
                ObjectReader recordReader = mapper.readerFor(Records.Contact.class)
                        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                     JsonParser parser = mapper.createParser(in)) {
                    while (parser.nextToken() != null) {
                        StoredRow r = rowReader.readValue(parser);
                        parser.nextToken();
                        Records.Contact c = recordReader.readValue(parser);
                        read += r.row() + c.id().length();
                    }
                }
                long done = System.nanoTime();
                System.out.printf("%-13s write %,6d ms  read %,6d ms  %,d bytes (check %d)%n", name,
                        (wrote - start) / 1_000_000, (done - wrote) / 1_000_000, Files.size(file), read % 1000);
                Files.delete(file);
            }
        }
    }

    private static ObjectMapper mapper(String name) {
        var builder = JsonMapper.builder();
        if (name.endsWith("array")) {
            for (Class<?> c : List.of(StoredRow.class, StoredRow.StoredFinding.class, Records.Contact.class,
                    Records.Person.class)) {
                builder.addMixIn(c, AsArray.class);
            }
        }
        return builder.build();
    }

    private static Records.Contact contact(int i) {
        LocalDate day = LocalDate.of(2024, 4, 1).plusDays(i % 365);
        Records.Person p = new Records.Person("P" + (i % 50_000), i % 3 == 0 ? null : "943476591" + (i % 10),
                LocalDate.of(1950, 1, 1).plusDays(i % 20_000), "Female", "White British", "Physical Support", null);
        return new Records.Contact("C" + (1_000_000 + i), p, "Service User", day, "Self-referral",
                "Universal Services/Signposting", day.plusDays(3));
    }

    private static StoredRow row(int i) {
        List<StoredRow.StoredFinding> findings = i % 100 == 0 ? List.of(new StoredRow.StoredFinding("PER-04",
                "NHS Number", "9434765910", "NHS Number '9434765910' fails its check digit.")) : null;
        return new StoredRow(i % 12, 2 + i % 90_000, "C" + (1_000_000 + i), "P" + (i % 50_000), findings, null, false);
    }
}
