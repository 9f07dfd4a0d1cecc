package org.carereturns.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carereturns.Period;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.ExtractReader;
import org.carereturns.ingest.InputLocator;
import org.carereturns.ingest.InputPlan;
import org.carereturns.ingest.Mapping;
import org.carereturns.ingest.RawRecord;
import org.carereturns.validation.AcrossRows;
import org.carereturns.validation.Checked;
import org.carereturns.validation.ExtractRules;
import org.carereturns.validation.Finding;
import org.carereturns.validation.RuleCatalog;
import org.carereturns.validation.Ssda903Rules;

/** Reads and checks an input folder the way a run's read steps and checkAcrossRows do, without starting Spring. */
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

    private static <T> Checked<T> withFindings(Checked<T> row, List<Finding> findings) {
        return new Checked<>(row.raw(), row.recordId(), row.personId(), row.record(), findings, row.exclusion());
    }

    public static Result run(Path input, Period period) throws Exception {
        return run(input, period, Mapping.none());
    }

    public static Result run(Path input, Period period, Mapping mapping) throws Exception {
        InputPlan plan = new InputLocator(mapping).plan(input);
        List<Checked<?>> out = new ArrayList<>();
        Map<Extract, List<Checked<?>>> byExtract = new java.util.EnumMap<>(Extract.class);
        int[] blanks = {0};
        for (Extract e : Extract.values()) {
            ExtractRules<?> rules = RuleCatalog.forExtract(e, mapping, period);
            AcrossRows across = new AcrossRows(e, rules, plan.files(e), period);
            List<Checked<?>> rows = new ArrayList<>();
            ExtractReader reader = new ExtractReader(plan.files(e), ExtractReader.Progress.NONE);
            reader.open(new org.springframework.batch.infrastructure.item.ExecutionContext());
            RawRecord raw;
            while ((raw = reader.read()) != null) {
                Checked<?> row = rules.check(raw);
                across.add(rows.size(), plan.files(e).indexOf(raw.file()), raw.row(), row.recordId(),
                        row.findings().stream().map(f -> f.rule().id()).toList(), row.record());
                rows.add(row);
            }
            for (int i = 0; i < plan.files(e).size(); i++) {
                blanks[0] += reader.blankRows(i);
            }
            reader.close();
            // the phase across rows, as a run's checkAcrossRows: a row it finds an error against is rejected
            var found = across.findings();
            for (int i = 0; i < rows.size(); i++) {
                Checked<?> row = rows.get(i);
                List<Finding> more = found.getOrDefault(i, List.of());
                if (!more.isEmpty()) {
                    List<Finding> duplicates = more.stream().filter(f -> f.rule() == rules.duplicateRule()).toList();
                    List<Finding> all = new ArrayList<>(AcrossRows.inReportOrder(row.findings(), duplicates));
                    more.stream().filter(f -> f.rule() != rules.duplicateRule()).forEach(all::add);
                    row = new Checked<>(row.raw(), row.recordId(), row.personId(), null, all, null);
                }
                rows.set(i, row);
            }
            byExtract.put(e, rows);
        }
        // the rules of the whole SSDA903, as checkAcrossRows runs them after every extract's own
        Ssda903Rules ssda903 = new Ssda903Rules(period, java.util.Set.of());
        if (!plan.files(Extract.HEADER_903).isEmpty()) {
            List<Checked<?>> rows = byExtract.get(Extract.HEADER_903);
            for (int i = 0; i < rows.size(); i++) {
                ssda903.header(i, (org.carereturns.ingest.Records.ChildHeader) rows.get(i).record());
            }
        }
        if (!plan.files(Extract.EPISODES).isEmpty()) {
            List<Checked<?>> rows = byExtract.get(Extract.EPISODES);
            for (int i = 0; i < rows.size(); i++) {
                ssda903.episode(i, (org.carereturns.ingest.Records.Episode) rows.get(i).record());
            }
        }
        List<Checked<?>> oc3 = byExtract.get(Extract.CARE_LEAVERS);
        for (int i = 0; i < oc3.size(); i++) {
            ssda903.careLeaver(i, oc3.get(i).recordId(), (org.carereturns.ingest.Records.CareLeaver) oc3.get(i).record());
        }
        ssda903.check().forEach((extract, byPosition) -> byPosition.forEach((i, more) -> {
            List<Checked<?>> rows = byExtract.get(extract);
            Checked<?> row = rows.get(i);
            List<Finding> all = new ArrayList<>(row.findings());
            all.addAll(more);
            boolean rejects = more.stream().anyMatch(Finding::isError);
            rows.set(i, rejects ? new Checked<>(row.raw(), row.recordId(), row.personId(), null, all, null)
                    : withFindings(row, all));
        }));
        // the CLD rules across rows, over the rows no rule rejected, as checkAcrossRows runs them
        List<Checked<?>> cld = byExtract.get(Extract.CLD);
        org.carereturns.validation.CldSetRules cldRules = new org.carereturns.validation.CldSetRules();
        for (int i = 0; i < cld.size(); i++) {
            Checked<?> row = cld.get(i);
            cldRules.add(i, plan.files(Extract.CLD).indexOf(row.raw().file()), row.raw().row(),
                    (org.carereturns.ingest.Records.CldEvent) row.record());
        }
        cldRules.check().forEach((i, more) -> {
            List<Finding> all = new ArrayList<>(cld.get(i).findings());
            all.addAll(more);
            cld.set(i, withFindings(cld.get(i), all));
        });
        byExtract.values().forEach(out::addAll);
        return new Result(plan, out, blanks[0]);
    }
}
