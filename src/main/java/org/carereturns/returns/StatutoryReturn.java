package org.carereturns.returns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.carereturns.Period;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Source;
import org.carereturns.workbook.AboutSheet;

/**
 * One statutory return, as the job runs it: which extracts it needs, how its figures are computed
 * from the rows that passed every rule, its tables and workbook, and, for each row it could have
 * used, whether it did and if not why. The job builds a compute step per registered return, in
 * registration order, and asks every return that uses an extract about each of its rows once all
 * are computed; adding a return is a package implementing this and one registration (job.Returns).
 */
public interface StatutoryReturn {

    /** The name in --returns, jobs/council.yml, returns.csv and the manifest, e.g. "SALT". */
    String name();

    /** The workbook it writes, e.g. "SALT.xlsx". */
    default String workbook() {
        return name() + ".xlsx";
    }

    /** The extracts without which the return cannot be produced (a missing one is why, for exit 6). */
    List<Extract> needs();

    /**
     * The extracts without which nothing of it can be computed; a subset of {@link #needs()}. SALT's
     * long-term support cohorts need only services, and ASCOF uses them when SALT lacks its contacts.
     */
    default List<Extract> computedFrom() {
        return needs();
    }

    /** Every extract whose rows its figures can use (needs, and the optional ones such as population). */
    List<Extract> uses();

    /** Computes the figures; called only when every extract of {@link #computedFrom()} was read. */
    Figures compute(Inputs inputs) throws IOException;

    /** What a return computes from. */
    interface Inputs {

        Period period();

        /** True when the extract was read (a file of it was found and not refused). */
        boolean has(Extract extract);

        /** Each row of the extract that passed every rule and is in scope, in the order read. */
        <T> void rows(Extract extract, Class<T> type, Rows<T> rows) throws IOException;

        /** The records of {@link #rows}, as a list: for the extracts a return holds whole (they are small). */
        default <T> List<T> records(Extract extract, Class<T> type) throws IOException {
            List<T> out = new java.util.ArrayList<>();
            rows(extract, type, (record, source) -> out.add(record));
            return out;
        }

        /**
         * Every row of the extract, rejected and out of scope too, in the order read: for a return
         * that must say what became of each row it was sent (the care-leaver Cohort table).
         */
        <T> void everyRow(Extract extract, Class<T> type, EveryRow<T> rows) throws IOException;

        /** The figures of a return registered before this one, or null when it was not computed. */
        <F extends Figures> F computed(Class<F> type);
    }

    /** What each row given to a return is handed to. */
    @FunctionalInterface
    interface Rows<T> {
        void row(T record, Source source);
    }

    /**
     * What each row of {@link Inputs#everyRow} is handed to: its record (null when a rule rejected it),
     * where it came from, the IDs of every rule it broke (warnings too), validation's reason for
     * putting it out of scope (or null), and whether {@link Inputs#rows} gives it to the returns.
     */
    @FunctionalInterface
    interface EveryRow<T> {
        void row(T record, Source source, List<String> rulesBroken, String exclusion, boolean inScope);
    }

    /** A return's figures. */
    interface Figures {

        /** Its tables, in the order returns.csv lists them. */
        List<Table> tables();

        /** Writes its workbook; {@code findingsPerRule} counts each rule's findings in the run. */
        void writeWorkbook(Path file, AboutSheet.Run run, Map<String, long[]> findingsPerRule) throws IOException;

        /**
         * Why the row at {@code position} (counting the rows {@link Inputs#rows} gave for the extract,
         * from 0) decided none of its figures, or null when it decided one. A return keeps what it
         * needs to answer, so the accounting reads no record again.
         */
        String exclusion(Extract extract, int position);
    }
}
