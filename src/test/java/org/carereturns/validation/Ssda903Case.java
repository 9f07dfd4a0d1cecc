package org.carereturns.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.carereturns.Period;
import org.carereturns.ingest.Column;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Schema;
import org.carereturns.support.Pipeline;
import org.carereturns.support.TestFiles;

import static org.carereturns.ingest.Schema.*;

/**
 * Children for the SSDA903 rules, each a case: a header row, episodes and an OC3 row (In touch, in
 * higher education, in independent living), with the rule each of them should break (or none),
 * written into three real workbooks and read back through the same rules as a run.
 */
final class Ssda903Case {

    final class Child {
        final String id;
        final LocalDate dob;
        final String oc3Rule;
        LocalDate oc3Dob;
        boolean inHeader;
        boolean inOc3;
        final List<Object[]> episodes = new ArrayList<>(); // decom, ls, dec, rec, rule

        Child(String id, LocalDate dob, String rule) {
            this.id = id;
            this.dob = dob;
            this.oc3Rule = rule;
            this.oc3Dob = dob;
            this.inHeader = dob != null;
            this.inOc3 = dob != null;
        }

        Child episode(String decom, String ls, String dec, String rec) {
            return episode(decom, ls, dec, rec, null);
        }

        Child episode(String decom, String ls, String dec, String rec, String rule) {
            episodes.add(new Object[] {LocalDate.parse(decom), ls, dec == null ? null : LocalDate.parse(dec), rec, rule});
            return this;
        }

        Child oc3Born(LocalDate d) {
            oc3Dob = d;
            return this;
        }

        Child notInHeader() {
            inHeader = false;
            return this;
        }

        Child noOc3() {
            inOc3 = false;
            return this;
        }
    }

    private final List<Child> children = new ArrayList<>();

    Child child(String id, LocalDate dob, String rule) {
        Child c = new Child(id, dob, rule);
        children.add(c);
        return c;
    }

    Pipeline.Result run(Path dir, Period period) throws Exception {
        TestFiles.Workbook header = sheet("Header", Extract.HEADER_903);
        TestFiles.Workbook episodes = sheet("Episodes", Extract.EPISODES);
        TestFiles.Workbook oc3 = sheet("OC3", Extract.CARE_LEAVERS);
        for (Child c : children) {
            if (c.inHeader) {
                header.row(c.id, 1, c.dob);
            }
            for (Object[] e : c.episodes) {
                episodes.row(values(Extract.EPISODES, CHILD_ID, c.id, DECOM, e[0], LEGAL_STATUS, e[1], DEC, e[2],
                        REC, e[3]));
            }
            if (c.inOc3) {
                oc3.row(values(Extract.CARE_LEAVERS, CHILD_ID, c.id, DOB, c.oc3Dob, GENDER, 1, IN_TOUCH, "YES",
                        ACTIVITY, "F1", CL_ACCOMMODATION, "U1"));
            }
        }
        header.save(dir.resolve("903-header.xlsx"));
        episodes.save(dir.resolve("episodes.xlsx"));
        oc3.save(dir.resolve("care-leavers.xlsx"));
        return Pipeline.run(dir, period);
    }

    private static TestFiles.Workbook sheet(String name, Extract extract) {
        return TestFiles.workbook(name).row(Schema.columns(extract).stream().map(Column::name).toArray());
    }

    /** A row in the extract's column order, from column-value pairs; other columns blank. */
    private static Object[] values(Extract extract, Object... pairs) {
        List<String> columns = Schema.columns(extract).stream().map(Column::name).toList();
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < pairs.length; i += 2) {
            row[columns.indexOf((String) pairs[i])] = pairs[i + 1];
        }
        return row;
    }

    /** Each row carries its case's rule, and a row with none carries no finding at all. */
    void assertEach(Pipeline.Result result, Set<String> tested) {
        int headerRow = 1;
        int episodeRow = 1;
        int oc3Row = 1;
        for (Child c : children) {
            if (c.inHeader) {
                expect(result, "903-header.xlsx", ++headerRow, "CL-01".equals(c.oc3Rule) ? "CL-01" : null, c, tested);
            }
            for (Object[] e : c.episodes) {
                expect(result, "episodes.xlsx", ++episodeRow, (String) e[4], c, tested);
            }
            if (c.inOc3) {
                expect(result, "care-leavers.xlsx", ++oc3Row, "CL-01".equals(c.oc3Rule) ? null : c.oc3Rule, c, tested);
            }
        }
    }

    private static void expect(Pipeline.Result result, String file, int row, String rule, Child c, Set<String> tested) {
        List<String> rules = result.row(file, row).findings().stream().map(f -> f.rule().id()).toList();
        if (rule == null) {
            assertThat(rules).as("%s row %d (child %s) should pass", file, row, c.id).isEmpty();
        } else {
            assertThat(rules).as("%s row %d (child %s) should break %s", file, row, c.id, rule).contains(rule);
            tested.add(rule);
        }
    }
}
