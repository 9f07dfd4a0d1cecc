package org.carereturns.cld;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.carereturns.ascof.AscofResult;
import org.carereturns.ascof.AscofReturn;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Records.CldEvent;
import org.carereturns.ingest.Records.PopulationRow;
import org.carereturns.ingest.Source;
import org.carereturns.returns.StatutoryReturn;
import org.carereturns.returns.Table;
import org.carereturns.salt.SaltReturn;
import org.carereturns.workbook.AboutSheet;

/**
 * The CLD return: from the council's Client Level Data files, ASCOF as DHSC computes it and SALT as NHS
 * England rebuilt it, and, when the raw extracts were read in the same run, the reconciliation of the two
 * (docs/cld.md). Registered after SALT and ASCOF, whose figures the reconciliation reads.
 */
public final class CldReturn implements StatutoryReturn {

    @Override
    public String name() {
        return "CLD";
    }

    @Override
    public List<Extract> needs() {
        return List.of(Extract.CLD);
    }

    @Override
    public List<Extract> uses() {
        return List.of(Extract.CLD, Extract.POPULATION);
    }

    @Override
    public Figures compute(Inputs in) throws IOException {
        List<CldEvent> rows = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        // one pass: every row's data-quality codes are counted as it streams past; the rows the returns are
        // given (in the order, and so at the positions, Inputs.rows would give them) are held for the measures,
        // without those codes, and with only where they came from
        DataQuality dq = new DataQuality();
        Map<String, String> ids = new java.util.HashMap<>(); // a person's IDs, one string for all their rows
        in.everyRow(Extract.CLD, CldEvent.class, (record, source, rules, exclusion, inScope) -> {
            dq.add(record);
            if (inScope) {
                rows.add(held(record, ids));
                sources.add(new Source(source.file(), source.row(), null, null));
            }
        });
        List<PopulationRow> population = in.has(Extract.POPULATION)
                ? in.records(Extract.POPULATION, PopulationRow.class) : null;
        JoinedSubmissions joined = new JoinedSubmissions(in.period(), rows, sources);
        PersonDetails people = new PersonDetails(in.period(), joined.events());
        BitSet used = new BitSet(rows.size());
        boolean carers = joined.events().stream().anyMatch(Event::carer);
        DhscAscof dhsc = new DhscAscof(in.period(), joined.events(), people, population, used).calculate(carers);
        NhsSalt nhs = new NhsSalt(in.period(), joined.events(), people, used).calculate();
        AscofReturn.Figures rawAscof = in.has(Extract.SERVICES) ? in.computed(AscofReturn.Figures.class) : null;
        SaltReturn.Figures rawSalt = in.has(Extract.SERVICES) ? in.computed(SaltReturn.Figures.class) : null;
        Reconciliation reconciliation = rawAscof == null || rawSalt == null ? null
                : new Reconciliation(rawAscof.tables(), rawSalt.tables(), rawAscof.result(),
                        java.util.stream.Stream.concat(dhsc.tables().stream(), nhs.tables().stream()).toList(),
                        dhsc.evidence(), dhsc);
        return new Figures(dhsc.tables(), nhs.tables(), reconciliation, dhsc.evidence(), dhsc.notes(), dq,
                joined.files(), joined, used, population);
    }

    /** The row as the measures hold it: no data-quality codes, no Event Reference, a person's IDs shared. */
    private static CldEvent held(CldEvent e, Map<String, String> ids) {
        return new CldEvent(e.laCode(), e.periodStart(), e.periodEnd(), shared(e.nhsNumber(), ids),
                shared(e.laPersonId(), ids), e.gender(), e.ethnicity(), e.dateOfBirth(), e.dateOfDeath(), e.clientType(),
                e.psr(), e.accommodation(), e.employment(), e.hasUnpaidCarer(), e.eventType(), null, e.start(), e.end(),
                e.outcome(), e.route(), e.assessmentType(), e.serviceType(), e.component(), e.delivery(),
                e.reviewReason(), e.linkedPeople(), "");
    }

    private static String shared(String id, Map<String, String> ids) {
        return id == null ? null : ids.computeIfAbsent(id, k -> k);
    }

    /** The figures, and what decided each CLD row's use. */
    public record Figures(List<Table> ascof, List<Table> salt, Reconciliation reconciliation,
                          Map<String, List<AscofResult.Evidence>> evidence, Map<String, String> notes,
                          DataQuality dataQuality, List<JoinedSubmissions.FileUse> files, JoinedSubmissions joined,
                          BitSet used, List<PopulationRow> population) implements StatutoryReturn.Figures {

        @Override
        public List<Table> tables() {
            List<Table> all = new ArrayList<>(ascof);
            all.addAll(salt);
            if (reconciliation != null) {
                all.add(reconciliation.table());
            }
            return all;
        }

        @Override
        public void writeWorkbook(Path file, AboutSheet.Run run, Map<String, long[]> findingsPerRule) throws IOException {
            CldWorkbook.write(this, run, file);
        }

        @Override
        public String exclusion(Extract extract, int position) {
            return switch (extract) {
                case CLD -> {
                    String why = joined.exclusion(position);
                    yield why != null ? why : used.get(position) ? null : inNoMeasure(joined.event(position));
                }
                case POPULATION -> population.get(position).age() < 18 ? "aged under 18: used by no measure" : null;
                default -> "not used by CLD";
            };
        }

        /** Why an event that was kept decided no figure, in words for its kind of event. */
        private static String inNoMeasure(Event e) {
            if (e.carer()) {
                return "an unpaid carer's event outside 3D's carers (not their support, or not in the year)";
            }
            return switch (e.row().eventType()) {
                case "Request" -> "a request not counted in STS001: the person was in long-term support, the request "
                        + "(with any within 4 days of it) did not end in the year, or their age is unknown or under 18";
                case "Service" -> "a service in no measure: short-term support that followed no request or ST-Max "
                        + "within the window, or outside the year, or of someone under 18";
                case "Assessment" -> "an assessment in no measure: the measures use assessments and reviews only "
                        + "as what followed a request or an ST-Max";
                default -> "a review in no measure: the measures use assessments and reviews only as what followed "
                        + "a request or an ST-Max";
            };
        }
    }
}
