package org.carereturns.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The seeded defects: ground-truth.csv, one line per defect with the rule it breaks. */
final class GroundTruth {

    record Defect(String extract, String file, int row, String column, String rule, String severity,
                  String description) {
    }

    private final List<Defect> defects = new ArrayList<>();

    void add(Defect d) {
        defects.add(d);
    }

    List<Defect> defects() {
        return defects;
    }

    void write(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("extract,file,row,column,rule,severity,description\r\n");
            for (Defect d : defects) {
                w.write(String.join(",", d.extract(), d.file(), Integer.toString(d.row()), q(d.column()), d.rule(),
                        d.severity(), q(d.description())) + "\r\n");
            }
        }
    }

    private static String q(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
