package org.carereturns.job;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.carereturns.Period;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputFile;
import org.carereturns.ingest.Records;
import org.carereturns.ingest.Source;
import org.carereturns.returns.StatutoryReturn;
import org.carereturns.store.StoredRow;
import org.carereturns.validation.Rule;
import org.carereturns.validation.RuleCatalog;
import org.carereturns.validation.Severity;

/**
 * What the returns compute from: the rows of each store that passed every rule (their own, and
 * those across rows) and that validation left in scope. {@link #inScope} is the one definition of
 * such a row, used here and by the accounting, so that a row's position means the same to both.
 */
final class ReturnInputs implements StatutoryReturn.Inputs {

    private final RunInputs inputs;
    private final Stores stores;
    private final RunReturns returns;
    private final Map<Extract, Map<Integer, List<StoredRow.StoredFinding>>> acrossRows = new EnumMap<>(Extract.class);

    ReturnInputs(RunInputs inputs, Stores stores, RunReturns returns) {
        this.inputs = inputs;
        this.stores = stores;
        this.returns = returns;
    }

    @Override
    public Period period() {
        return inputs.request().period();
    }

    @Override
    public boolean has(Extract extract) {
        return inputs.plan().has(extract);
    }

    @Override
    public <T> void rows(Extract extract, Class<T> type, StatutoryReturn.Rows<T> rows) throws IOException {
        walk(extract, (row, record, across, files) -> {
            if (inScope(row, rejects(across))) {
                rows.row(type.cast(record), source(files, row, record));
            }
        });
    }

    @Override
    public <T> void everyRow(Extract extract, Class<T> type, StatutoryReturn.EveryRow<T> rows) throws IOException {
        walk(extract, (row, record, across, files) -> {
            boolean rejected = row.rejected() || rejects(across);
            List<String> rules = new java.util.ArrayList<>();
            if (row.findings() != null) {
                row.findings().forEach(f -> rules.add(f.rule()));
            }
            across.forEach(f -> rules.add(f.rule()));
            rows.row(rejected ? null : type.cast(record), source(files, row, record), rules, row.exclusion(),
                    inScope(row, rejected));
        });
    }

    private interface Walker {
        void row(StoredRow row, Object record, List<StoredRow.StoredFinding> across, List<InputFile> files)
                throws IOException;
    }

    /** Each row of the extract's store with its record and what the rules across rows found on it. */
    private void walk(Extract extract, Walker walker) throws IOException {
        if (!has(extract)) {
            return;
        }
        Map<Integer, List<StoredRow.StoredFinding>> across = acrossRows(extract);
        List<InputFile> files = inputs.plan().files(extract);
        int[] position = {0};
        stores.of(extract).forEachWithRecords((row, record) ->
                walker.row(row, record, across.getOrDefault(position[0]++, List.of()), files));
    }

    /** True when a rule checked across rows rejects the row: an error (a warning, such as CL-01, does not). */
    static boolean rejects(List<StoredRow.StoredFinding> foundAcrossRows) {
        return foundAcrossRows != null && foundAcrossRows.stream().anyMatch(f -> SEVERITY.get(f.rule()) != Severity.WARNING);
    }

    /** Where the record came from, sharing the record's own ID strings: a return may hold a million of them. */
    private static Source source(List<InputFile> files, StoredRow row, Object record) {
        String id = row.id();
        String person = row.person();
        if (record instanceof Records.AboutAPerson r) {
            id = sameOrOwn(id, r.id());
            person = r.person() == null ? person : sameOrOwn(person, r.person().id());
        }
        return new Source(files.get(row.file()), row.row(), id, person);
    }

    private static String sameOrOwn(String own, String same) {
        return own != null && own.equals(same) ? same : own;
    }

    /** A row the returns are given: no rule rejected it, and validation did not put it out of scope. */
    static boolean inScope(StoredRow row, boolean rejectedAcrossRows) {
        return !row.rejected() && !rejectedAcrossRows && row.exclusion() == null;
    }

    private static final Map<String, Severity> SEVERITY = RuleCatalog.all().stream()
            .collect(java.util.stream.Collectors.toMap(Rule::id, Rule::severity, (a, b) -> a));

    Map<Integer, List<StoredRow.StoredFinding>> acrossRows(Extract extract) throws IOException {
        var found = acrossRows.get(extract);
        if (found == null) {
            found = stores.of(extract).acrossRows();
            acrossRows.put(extract, found);
        }
        return found;
    }

    @Override
    public <F extends StatutoryReturn.Figures> F computed(Class<F> type) {
        return returns.figures(type);
    }
}
