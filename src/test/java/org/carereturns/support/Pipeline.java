package org.carereturns.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carereturns.Period;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.ExtractReader;
import org.carereturns.ingest.InputFile;
import org.carereturns.ingest.InputLocator;
import org.carereturns.ingest.InputPlan;
import org.carereturns.ingest.Mapping;
import org.carereturns.ingest.RawRecord;
import org.carereturns.validation.Checked;
import org.carereturns.validation.ExtractRules;
import org.carereturns.validation.Finding;
import org.carereturns.validation.RuleCatalog;

/** Reads and checks an input folder the way a run's read steps do, without starting Spring. */
public final class Pipeline {

    public record Result(InputPlan plan, List<Checked<?>> rows, int blankRows) {

        public Checked<?> row(String file, int row) {
            return rows.stream().filter(c -> c.raw().file().name().equals(file) && c.raw().row() == row).findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + row + " of " + file + " was read"));
        }

        public Checked<?> row(int row) {
            return rows.stream().filter(c -> c.raw().row() == row).findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + row + " was read"));
        }

        public List<String> rules(int row) {
            return row(row).findings().stream().map(f -> f.rule().id()).toList();
        }

        public List<Finding> findings() {
            return rows.stream().flatMap(c -> c.findings().stream()).toList();
        }
    }

    private Pipeline() {
    }

    public static Result run(Path input, Period period) throws Exception {
        return run(input, period, Mapping.none());
    }

    public static Result run(Path input, Period period, Mapping mapping) throws Exception {
        InputPlan plan = new InputLocator(mapping).plan(input);
        List<Checked<?>> out = new ArrayList<>();
        int[] blanks = {0};
        for (Extract e : Extract.values()) {
            ExtractRules<?> rules = RuleCatalog.forExtract(e, plan, mapping, period);
            ExtractReader reader = new ExtractReader(plan.files(e), f -> blanks[0]++, new ExtractReader.Progress() {
                @Override
                public void update(InputFile file, long rows, double fraction) {
                }

                @Override
                public void done(InputFile file, long rows) {
                }
            });
            reader.open(new org.springframework.batch.infrastructure.item.ExecutionContext());
            RawRecord raw;
            while ((raw = reader.read()) != null) {
                out.add(rules.check(raw));
            }
            reader.close();
        }
        return new Result(plan, out, blanks[0]);
    }
}
