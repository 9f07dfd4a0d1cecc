package org.carereturns.sample;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import org.carereturns.ingest.Extract;
import org.carereturns.sample.Council.Person;

import static org.carereturns.ingest.Schema.*;

/**
 * What the writers of each extract's synthetic rows share: the options, the one random stream the
 * council and the rows are drawn from (in a fixed order, so a seed gives the same bytes), the
 * council's people, the ground truth of seeded defects, and the helpers that fill and break a row.
 */
abstract class SampleExtract {

    /** A seeded defect: changes a row so that it breaks exactly one rule; null when it does not fit the row. */
    interface Defect extends Function<Map<String, Object>, String[]> {
    }

    /** Marks a row other rows depend on: no defect is seeded into it. */
    static final String PROTECTED = "__protected";

    /**
     * A finding the whole return's rules will make on the row (column, rule, what, severity), because of
     * other rows: an OC3 row whose episodes break an eligibility rule, a header row due a return.
     */
    static final String EXPECTED = "__expected";

    final SampleGenerator.Options o;
    final Random rnd;
    final Council council;
    final GroundTruth truth;
    final Map<String, Integer> rowsWritten;

    SampleExtract(SampleGenerator.Options options, Random rnd) {
        this.o = options;
        this.rnd = rnd;
        this.council = new Council(rnd, options.period());
        this.truth = new GroundTruth();
        this.rowsWritten = new TreeMap<>();
    }

    /** Another extract's writer, drawing on the same stream, council and ground truth. */
    SampleExtract(SampleExtract shared) {
        this.o = shared.o;
        this.rnd = shared.rnd;
        this.council = shared.council;
        this.truth = shared.truth;
        this.rowsWritten = shared.rowsWritten;
    }

    int count(double medway, int minimum) {
        return Math.max(minimum, (int) Math.round(medway * o.scale()));
    }

    void person(Map<String, Object> row, Person p) {
        row.put(PERSON_ID, p.id);
        row.put(NHS_NUMBER, council.chance(0.9) ? p.nhs : "");
        row.put(DOB, p.dob);
        row.put(GENDER, p.gender);
        row.put(ETHNICITY, p.ethnicity);
    }

    static String[] set(Map<String, Object> row, String column, Object value, String rule, String what) {
        row.put(column, value);
        return new String[] {column, rule, what};
    }

    static String[] both(Map<String, Object> row, String c1, Object v1, String c2, Object v2, String rule,
                                 String what) {
        row.put(c1, v1);
        row.put(c2, v2);
        return new String[] {c2, rule, what};
    }

    static String breakNhs(Map<String, Object> row) {
        Object v = row.get(NHS_NUMBER);
        String nhs = v == null || v.toString().isEmpty() ? "9434765919" : v.toString();
        char last = nhs.charAt(9);
        return nhs.substring(0, 9) + (char) ('0' + (last - '0' + 1) % 10);
    }

    /** A writer for one extract file, seeding defects at the run's rate into the shared ground truth. */
    ExtractWriter writer(Extract extract, String fileName, String sheetName, List<String> columns, Random r) {
        return new ExtractWriter(extract, fileName, sheetName, columns, r, o.defectRate(), truth, rowsWritten);
    }
}
