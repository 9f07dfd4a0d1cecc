package org.carereturns.ascof;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Records.PopulationRow;
import org.carereturns.returns.StatutoryReturn;
import org.carereturns.returns.Table;
import org.carereturns.salt.SaltReturn;
import org.carereturns.workbook.AboutSheet;

/**
 * The ASCOF measures: from SALT's long-term support cohorts (computed whenever services were read),
 * the services, and for 2B and 2C the population. Registered after SALT, whose figures it builds on.
 */
public final class AscofReturn implements StatutoryReturn {

    @Override
    public String name() {
        return "ASCOF";
    }

    @Override
    public List<Extract> needs() {
        return List.of(Extract.SERVICES);
    }

    @Override
    public List<Extract> uses() {
        return List.of(Extract.SERVICES, Extract.POPULATION);
    }

    @Override
    public Figures compute(Inputs in) throws IOException {
        SaltReturn.Figures salt = in.computed(SaltReturn.Figures.class);
        List<PopulationRow> population = in.has(Extract.POPULATION) ? in.records(Extract.POPULATION, PopulationRow.class)
                : null;
        AscofResult result = new AscofCalculator(in.period(), salt.calculator().cohorts(), salt.services(), population)
                .calculate();
        return new Figures(result, salt, population);
    }

    /** The measures; a service row's use is SALT's cohorts' answer, as ASCOF shares them. */
    public record Figures(AscofResult result, SaltReturn.Figures salt, List<PopulationRow> population)
            implements StatutoryReturn.Figures {

        @Override
        public List<Table> tables() {
            return result.tables();
        }

        @Override
        public void writeWorkbook(Path file, AboutSheet.Run run, Map<String, long[]> findingsPerRule) throws IOException {
            AscofWorkbook.write(result, run, file);
        }

        @Override
        public String exclusion(Extract extract, int position) {
            return switch (extract) {
                case SERVICES -> salt.exclusion(extract, position);
                case POPULATION -> population.get(position).age() < 18 ? "aged under 18: used by no measure" : null;
                default -> "not used by ASCOF";
            };
        }
    }
}
