package org.carereturns.salt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Records;
import org.carereturns.returns.Reasons;
import org.carereturns.returns.StatutoryReturn;
import org.carereturns.returns.Table;
import org.carereturns.workbook.AboutSheet;

/**
 * SALT and the Local KPIs. Services come first: each person's long-term support decides which
 * contacts are new clients' and which reviews count. The cohorts need only services, so they are
 * computed whenever services were read, and ASCOF uses them even when SALT cannot be produced.
 */
public final class SaltReturn implements StatutoryReturn {

    @Override
    public String name() {
        return "SALT";
    }

    @Override
    public List<Extract> needs() {
        return List.of(Extract.CONTACTS, Extract.SERVICES, Extract.REVIEWS);
    }

    @Override
    public List<Extract> computedFrom() {
        return List.of(Extract.SERVICES);
    }

    @Override
    public List<Extract> uses() {
        return needs();
    }

    @Override
    public Figures compute(Inputs in) throws IOException {
        ServiceIndex services = new ServiceIndex();
        in.rows(Extract.SERVICES, Records.Service.class, services::add);
        services.seal();
        ContactTally contacts = new ContactTally(in.period(), services);
        Reasons contactsUnused = new Reasons();
        List<ReviewEntry> reviews = new ArrayList<>();
        // Without all three extracts SALT is not produced: contacts and reviews then decide nothing (not
        // even which services are used), and only the cohorts are computed, for ASCOF.
        if (needs().stream().allMatch(in::has)) {
            in.rows(Extract.CONTACTS, Records.Contact.class, (contact, source) -> {
                String reason = contacts.exclusion(contact);
                contactsUnused.add(reason);
                if (reason == null) {
                    contacts.add(contact);
                }
            });
            in.rows(Extract.REVIEWS, Records.Review.class, (review, source) -> reviews.add(new ReviewEntry(review, source)));
        }
        SaltCalculator calculator = new SaltCalculator(in.period(), services, contacts, reviews);
        return new Figures(calculator.calculate(), calculator, services, contacts, contactsUnused, reviews);
    }

    /** SALT's figures, and the cohorts and services ASCOF builds on. */
    public record Figures(SaltResult result, SaltCalculator calculator, ServiceIndex services, ContactTally contacts,
                          Reasons contactsUnused, List<ReviewEntry> reviews) implements StatutoryReturn.Figures {

        @Override
        public List<Table> tables() {
            List<Table> tables = new ArrayList<>(result.tables());
            tables.add(result.kpis());
            return tables;
        }

        @Override
        public void writeWorkbook(Path file, AboutSheet.Run run, Map<String, long[]> findingsPerRule) throws IOException {
            SaltWorkbook.write(result, run, file);
        }

        @Override
        public String exclusion(Extract extract, int position) {
            return switch (extract) {
                case SERVICES -> calculator.exclusion(services.entries().get(position));
                case CONTACTS -> contactsUnused.get(position);
                case REVIEWS -> calculator.exclusion(reviews.get(position));
                default -> "not used by SALT";
            };
        }
    }
}
