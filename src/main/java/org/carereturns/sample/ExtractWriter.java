package org.carereturns.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.carereturns.ingest.Column;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Schema;

import static org.carereturns.ingest.Schema.CHILD_ID;
import static org.carereturns.ingest.Schema.NHS_NUMBER;
import static org.carereturns.ingest.Schema.PERSON_ID;

/** Writes one extract file: header variants, title rows, mess, blank rows and the seeded defects. */
final class ExtractWriter {
    private final Extract extract;
    private final String fileName;
    private final String sheetName;
    private final List<String> columns;
    private final Random r;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private List<String> titles = List.of();
    private List<String> notes = List.of();
    private List<String> firstIds = new ArrayList<>();
    private boolean defects = true;
    private boolean copiedIds = true;
    private final double defectRate;
    private final GroundTruth truth;
    private final Map<String, Integer> rowsWritten;
    /** The rows given a defect that rejects them: the CLD file holds the events of the others (CldSample). */
    private final java.util.Set<Map<String, Object>> defective =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    ExtractWriter(Extract extract, String fileName, String sheetName, List<String> columns, Random r, double defectRate,
                  GroundTruth truth, Map<String, Integer> rowsWritten) {
        this.defectRate = defectRate;
        this.truth = truth;
        this.rowsWritten = rowsWritten;
        this.extract = extract;
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.columns = columns;
        this.r = r;
        for (Column c : Schema.columns(extract)) {
            if (columns.contains(c.name())) {
                String header = c.name();
                if (!c.aliases().isEmpty() && r.nextDouble() < 0.3) {
                    header = c.aliases().get(r.nextInt(c.aliases().size()));
                } else if (r.nextDouble() < 0.15) {
                    header = c.name().toUpperCase(Locale.ROOT).replace(' ', '_');
                }
                headers.put(c.name(), header);
            }
        }
    }

    ExtractWriter titles(String... lines) {
        this.titles = List.of(lines);
        return this;
    }

    ExtractWriter notes(String... lines) {
        this.notes = List.of(lines);
        return this;
    }

    ExtractWriter headers(Map<String, String> fixed) {
        headers.putAll(fixed);
        return this;
    }

    /** Monthly files of one extract share their IDs, so a duplicate can span files. */
    ExtractWriter sharingIds(List<String> ids) {
        this.firstIds = ids;
        return this;
    }

    /** No row is given an earlier row's ID: in the 903 header, that would take a child out of it. */
    ExtractWriter noCopiedIds() {
        this.copiedIds = false;
        return this;
    }

    ExtractWriter noDefects() {
        this.defects = false;
        return this;
    }

    void write(Path dir, List<Map<String, Object>> rows, List<SampleGenerator.Defect> catalogue)
            throws IOException {
        String idColumn = Schema.recordIdColumn(extract);
        boolean numericIds = r.nextDouble() < 0.5;
        boolean csv = fileName.endsWith(".csv");
        List<String> header = columns.stream().map(c -> headers.getOrDefault(c, c)).toList();
        try (SampleSheet sheet = new SampleSheet(dir.resolve(fileName), sheetName, titles, header,
                csv && r.nextBoolean(), notes)) {
            for (Map<String, Object> row : rows) {
                if (r.nextDouble() < 0.004) {
                    sheet.blank();
                }
                String[] defect = null;
                if (defects && r.nextDouble() < defectRate && !row.containsKey(SampleGenerator.PROTECTED)) {
                    defect = seed(row, catalogue, idColumn);
                }
                List<Object> values = new ArrayList<>();
                for (String c : columns) {
                    values.add(mess(c, row.get(c), defect != null && c.equals(defect[0]), numericIds, csv));
                }
                int physical = sheet.write(values);
                if (row.get(SampleExtract.EXPECTED) instanceof String[] e) { // a defect of the whole return
                    truth.add(new GroundTruth.Defect(extract.label(), fileName, physical, e[0], e[1], e[3], e[2]));
                }
                if (defect != null) {
                    String severity = List.of("PER-04", "PER-05", "SVC-11", "REV-07", "SG-13", "SG-16", "101", "145")
                            .contains(defect[1]) ? "warning" : "error";
                    if (severity.equals("error")) { // a row with a warning is still used
                        defective.add(row);
                    }
                    truth.add(new GroundTruth.Defect(extract.label(), fileName, physical, defect[0], defect[1],
                            severity, defect[2]));
                } else if (row.get(idColumn) != null && !"".equals(row.get(idColumn))) {
                    firstIds.add(row.get(idColumn).toString());
                }
            }
        }
        rowsWritten.merge(extract.label(), rows.size(), Integer::sum);
    }

    /** The rows written with no seeded defect that rejects them, in the order given. */
    List<Map<String, Object>> clean(List<Map<String, Object>> rows) {
        return rows.stream().filter(row -> !defective.contains(row)).toList();
    }

    private String[] seed(Map<String, Object> row, List<SampleGenerator.Defect> catalogue, String idColumn) {
        for (int tries = 0; tries < 20; tries++) {
            int pick = r.nextInt(catalogue.size() + 1);
            if (pick == catalogue.size()) { // the duplicate: a copy of an earlier row's ID
                if (!firstIds.isEmpty()) {
                    String rule = switch (extract) {
                        case CONTACTS -> "CON-02";
                        case SERVICES -> "SVC-02";
                        case REVIEWS -> "REV-02";
                        case SAFEGUARDING -> "SG-02";
                        case CARE_LEAVERS -> "INT34";
                        case POPULATION -> "POP-03";
                        case HEADER_903 -> "HDR-02";
                        case EPISODES, CLD -> null; // no ID of its own to repeat (a CLD event's is optional)
                    };
                    if (rule == null || !copiedIds) {
                        continue;
                    }
                    return SampleGenerator.set(row, idColumn, firstIds.get(r.nextInt(firstIds.size())), rule,
                            "a copy of an earlier row's ID");
                }
                continue;
            }
            String[] d = catalogue.get(pick).apply(row);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Realistic mess that must not change the meaning: case, spaces, date forms, numeric IDs. */
    private Object mess(String column, Object v, boolean defective, boolean numericIds, boolean csv) {
        if (v == null || defective) {
            return v;
        }
        if (v instanceof LocalDate d) {
            double u = r.nextDouble();
            if (csv || u < 0.12) {
                return switch (r.nextInt(csv ? 4 : 6)) {
                    case 0 -> d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
                    case 1 -> d.toString();
                    case 2 -> d.format(DateTimeFormatter.ofPattern("d/M/yyyy"));
                    case 3 -> d.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
                    case 4 -> d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                            Locale.UK) + " " + d.getYear();
                    default -> d.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
                };
            }
            return d;
        }
        String s = v.toString();
        if (s.isEmpty()) {
            return s;
        }
        if (PERSON_ID.equals(column) || CHILD_ID.equals(column)) {
            return numericIds && s.chars().allMatch(Character::isDigit) ? (Object) Long.parseLong(s) : s;
        }
        if (column.endsWith(" ID") || v instanceof Number || NHS_NUMBER.equals(column)) {
            return v;
        }
        double u = r.nextDouble();
        if (u < 0.03) {
            return s.toLowerCase(Locale.ROOT);
        }
        if (u < 0.06) {
            return " " + s + "  ";
        }
        if (u < 0.07) {
            return s.toUpperCase(Locale.ROOT);
        }
        return s;
    }
}
