package org.carereturns.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Records.PopulationRow;
import org.carereturns.returns.Reasons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seam between reading and computing: what a read step keeps, and how a restart cuts it back. */
class ExtractStoreTest {

    @TempDir
    Path dir;

    private static StoredRow row(int n) {
        return new StoredRow(0, n, Integer.toString(n), "", null, null, false);
    }

    @Test
    void aRestartedStepCutsTheStoreBackToItsLastCommittedChunkAndReadsOn() throws Exception {
        ExtractStore store = new ExtractStore(dir, Extract.POPULATION);
        ExtractStore.Length committed;
        try (var chunk = store.append(new ExtractStore.Length(0, 0))) {
            chunk.add(row(2), new PopulationRow(18, false, 100));
            chunk.add(new StoredRow(0, 3, "x", "", List.of(new StoredRow.StoredFinding("POP-01", "Age", "x",
                    "Age 'x' is not a whole number from 0 to 120 or 'N+'.")), null, true), null);
            committed = chunk.length();
            chunk.add(row(4), new PopulationRow(19, false, 90)); // written, but its chunk never committed
            chunk.length();
        }
        try (var resumed = store.append(committed)) {
            resumed.add(row(4), new PopulationRow(19, false, 90));
            resumed.add(row(5), new PopulationRow(90, true, 7));
        }
        List<String> read = new ArrayList<>();
        store.forEachWithRecords((r, record) -> read.add(r.row() + ":" + (record == null ? "rejected"
                : ((PopulationRow) record).age())));
        assertThat(read).containsExactly("2:18", "3:rejected", "4:19", "5:90");
        List<Integer> accounts = new ArrayList<>();
        store.forEach(r -> accounts.add(r.row()));
        assertThat(accounts).containsExactly(2, 3, 4, 5);
        List<StoredRow> rejected = new ArrayList<>();
        store.forEach(r -> {
            if (r.rejected()) {
                rejected.add(r);
            }
        });
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.findings()).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("POP-01")));
    }

    @Test
    void aStepThatCommittedNothingStartsTheStoreAgainFromNothing() throws Exception {
        ExtractStore store = new ExtractStore(dir, Extract.POPULATION);
        try (var lost = store.append(new ExtractStore.Length(0, 0))) {
            lost.add(row(2), new PopulationRow(18, false, 100));
        }
        try (var again = store.append(new ExtractStore.Length(0, 0))) {
            again.add(row(2), new PopulationRow(18, false, 101));
        }
        List<Long> counts = new ArrayList<>();
        store.forEachWithRecords((r, record) -> counts.add(((PopulationRow) record).count()));
        assertThat(counts).containsExactly(101L);
    }

    @Test
    void theFindingsAcrossRowsAreKeptByPosition() throws Exception {
        ExtractStore store = new ExtractStore(dir, Extract.SERVICES);
        assertThat(store.acrossRows()).isEmpty();
        var dup = new StoredRow.StoredFinding("SVC-02", "Service ID", "S1", "Service ID 'S1' was already used on row 2.");
        store.writeAcrossRows(Map.of(7, List.of(dup), 3, List.of(dup)));
        assertThat(store.acrossRows()).containsOnlyKeys(3, 7).containsEntry(7, List.of(dup));
        store.writeAcrossRows(Map.of());
        assertThat(store.acrossRows()).isEmpty();
    }

    @Test
    void reasonsAreKeptByPositionAndNullMeansUsed() {
        Reasons reasons = new Reasons();
        for (int i = 0; i < 5000; i++) {
            reasons.add(i % 3 == 0 ? null : i % 3 == 1 ? "closed before the period" : "Contact Date after the period");
        }
        assertThat(reasons.get(0)).isNull();
        assertThat(reasons.get(1)).isEqualTo("closed before the period");
        assertThat(reasons.get(4999)).isEqualTo("closed before the period");
        assertThat(reasons.get(4997)).isEqualTo("Contact Date after the period");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reasons.get(5000))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
