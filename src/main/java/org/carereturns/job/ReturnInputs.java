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
        if (!has(extract)) {
            return;
        }
        Map<Integer, List<StoredRow.StoredFinding>> across = acrossRows(extract);
        List<InputFile> files = inputs.plan().files(extract);
        int[] position = {0};
        stores.of(extract).forEachWithRecords((row, record) -> {
            if (inScope(row, across.containsKey(position[0]++))) {
                rows.row(type.cast(record), source(files, row, record));
            }
        });
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
    static boolean inScope(StoredRow row, boolean foundAcrossRows) {
        return !row.rejected() && !foundAcrossRows && row.exclusion() == null;
    }

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
