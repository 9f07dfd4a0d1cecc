package org.carereturns.careleavers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Records.CareLeaver;
import org.carereturns.returns.StatutoryReturn;
import org.carereturns.returns.Table;
import org.carereturns.workbook.AboutSheet;

/**
 * The care-leaver tables (SSDA903 OC3). Validation already puts out of scope the rows no table
 * counts (ages outside 17 to 21), so every row the return is given decides a figure.
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
        return needs();
    }

    @Override
    public Figures compute(Inputs in) throws IOException {
        return new Figures(new CareLeaverCalculator(in.period(), in.records(Extract.CARE_LEAVERS, CareLeaver.class))
                .calculate());
    }

    /** The OC3 tables. */
    public record Figures(List<Table> tables) implements StatutoryReturn.Figures {

        @Override
        public void writeWorkbook(Path file, AboutSheet.Run run, Map<String, long[]> findingsPerRule) throws IOException {
            CareLeaverWorkbook.write(tables, findingsPerRule, run, file);
        }

        @Override
        public String exclusion(Extract extract, int position) {
            return null;
        }
    }
}
