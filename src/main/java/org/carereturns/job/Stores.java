package org.carereturns.job;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.carereturns.ingest.Extract;
import org.carereturns.store.ExtractStore;

/** Each extract's store of checked rows, in the staging folder's rows/ (not an output: it goes with staging). */
public final class Stores {

    static final String FOLDER = "rows";

    private final Map<Extract, ExtractStore> stores = new EnumMap<>(Extract.class);

    public Stores(Path staging) {
        for (Extract e : Extract.values()) {
            stores.put(e, new ExtractStore(staging.resolve(FOLDER), e));
        }
    }

    public ExtractStore of(Extract extract) {
        return stores.get(extract);
    }
}
