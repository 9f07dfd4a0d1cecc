package org.carereturns.careleavers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Records.CareLeaver;
import org.carereturns.returns.StatutoryReturn;
import org.carereturns.returns.Table;
import org.carereturns.workbook.AboutSheet;

/**
 * The care-leaver tables (SSDA903 OC3). Validation already puts out of scope the rows no table
 * counts (ages outside 17 to 21), so every row the return is given decides a figure. With the 903
 * header and episodes the DfE eligibility rules have been checked, and the return adds the Cohort
 * table and the Eligibility sheet; without them it is OC3 alone and says eligibility was not checked.
 */
public final class CareLeaverReturn implements StatutoryReturn {

    @Override
    public String name() {
        return "CareLeavers";
    }

    @Override
    public List<Extract> needs() {
        return List.of(Extract.CARE_LEAVERS);
    }

    @Override
    public List<Extract> uses() {
        return List.of(Extract.CARE_LEAVERS, Extract.HEADER_903, Extract.EPISODES);
    }

    @Override
    public Figures compute(Inputs in) throws IOException {
        List<Table> tables = new ArrayList<>(new CareLeaverCalculator(in.period(),
                in.records(Extract.CARE_LEAVERS, CareLeaver.class)).calculate());
        if (!in.has(Extract.HEADER_903) || !in.has(Extract.EPISODES)) {
            return new Figures(tables, null);
        }
        Eligibility eligibility = Eligibility.of(in);
        tables.add(eligibility.cohort());
        return new Figures(tables, eligibility);
    }

    /** What the About sheet and the manifest say when there was no header and episodes to check against. */
    public static final String NOT_CHECKED = "not checked: eligibility needs the 903 header and episodes extracts,"
            + " and this run had OC3 alone";

    /** Why a header or episode row decided nothing when the other of the two is missing. */
    static final String NOT_DECIDED = "care-leaver eligibility not checked: it needs both the 903 header and the"
            + " episodes";

    /** The OC3 tables, and with the header and episodes the Cohort table and Eligibility lines. */
    public record Figures(List<Table> tables, Eligibility eligibility) implements StatutoryReturn.Figures {

        /** How eligibility was checked, in words, for the About sheet and the manifest. */
        public String eligibilityChecked() {
            return eligibility == null ? NOT_CHECKED
                    : "checked against the 903 header and episodes (DfE rules 1000, 1001, 1002, 1007, 1011, 1016, "
                    + "348; CL-01)";
        }

        @Override
        public void writeWorkbook(Path file, AboutSheet.Run run, Map<String, long[]> findingsPerRule) throws IOException {
            CareLeaverWorkbook.write(this, findingsPerRule, run, file);
        }

        @Override
        public String exclusion(Extract extract, int position) {
            if (extract == Extract.CARE_LEAVERS) {
                return null;
            }
            return eligibility == null ? NOT_DECIDED : eligibility.exclusion(extract, position);
        }
    }
}
