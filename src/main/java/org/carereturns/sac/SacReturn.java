package org.carereturns.sac;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Records;
import org.carereturns.ingest.Records.PopulationRow;
import org.carereturns.returns.StatutoryReturn;
import org.carereturns.returns.Table;
import org.carereturns.workbook.AboutSheet;

/** The Safeguarding Adults Collection; the rate per 100,000 adults needs the population. */
public final class SacReturn implements StatutoryReturn {

    @Override
    public String name() {
        return "SAC";
    }

    @Override
    public List<Extract> needs() {
        return List.of(Extract.SAFEGUARDING);
    }

    @Override
    public List<Extract> uses() {
        return List.of(Extract.SAFEGUARDING, Extract.POPULATION);
    }

    @Override
    public Figures compute(Inputs in) throws IOException {
        List<ConcernEntry> concerns = new ArrayList<>();
        in.rows(Extract.SAFEGUARDING, Records.Concern.class, (c, source) -> concerns.add(new ConcernEntry(c, source)));
        List<PopulationRow> population = in.has(Extract.POPULATION)
                ? in.records(Extract.POPULATION, PopulationRow.class) : List.of();
        Long adults = in.has(Extract.POPULATION) ? PopulationRow.aged(population, 18, Integer.MAX_VALUE) : null;
        SacCalculator calculator = new SacCalculator(in.period(), concerns, adults);
        return new Figures(calculator.calculate(), calculator, concerns, population);
    }

    /** The collection's tables, and which concerns they counted. */
    public record Figures(SacResult result, SacCalculator calculator, List<ConcernEntry> concerns,
                          List<PopulationRow> population) implements StatutoryReturn.Figures {

        @Override
        public List<Table> tables() {
            return result.tables();
        }

        @Override
        public void writeWorkbook(Path file, AboutSheet.Run run, Map<String, long[]> findingsPerRule) throws IOException {
            SacWorkbook.write(result, run, file);
        }

        @Override
        public String exclusion(Extract extract, int position) {
            return switch (extract) {
                case SAFEGUARDING -> calculator.exclusion(concerns.get(position));
                case POPULATION -> population.get(position).age() < 18 ? "aged under 18: used by no measure" : null;
                default -> "not used by SAC";
            };
        }
    }
}
