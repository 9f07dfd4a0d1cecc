package org.carereturns.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carereturns.ingest.Schema.*;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.ingest.Cell;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputFile;
import org.carereturns.ingest.RawRecord;
import org.carereturns.ingest.Records.CldEvent;
import org.junit.jupiter.api.Test;

/**
 * What the CLD row rules make of a row beyond which rules it breaks (RulesTest breaks and passes each):
 * the record in Release 2 wording whatever the file's, the open service ended at death, a carer known
 * by association kept out of the figures, the message naming every blank mandatory field, and the data
 * quality codes.
 */
class CldRulesTest {

    private static final InputFile FILE = new InputFile(Extract.CLD, Path.of("cld.csv"), "", 1,
            new int[CLD_COLUMNS.size()], "", 0, List.of());

    /** A complete, valid request of a 2024-25 file, with the changes given (column, value; null = blank). */
    private static Map<String, String> request(String... changes) {
        Map<String, String> v = new HashMap<>();
        v.put(LA_CODE, "887");
        v.put(RP_START, "01/04/2024");
        v.put(RP_END, "31/03/2025");
        v.put(NHS_NUMBER, "9434765919");
        v.put(LA_PERSON_ID, "P1");
        v.put(GENDER, "Female");
        v.put(ETHNICITY, "White: Irish");
        v.put(DOB, "15/01/1950");
        v.put(CLIENT_TYPE, "Service user");
        v.put(POSTCODE, "ME4 4TR");
        v.put(ACCOMMODATION, "Owner occupier or shared ownership scheme");
        v.put(UNPAID_CARER, "No");
        v.put(EVENT_TYPE, "Request");
        v.put(EVENT_START, "01/06/2024");
        v.put(EVENT_END, "05/06/2024");
        v.put(EVENT_OUTCOME, "NFA: Information and advice or signposting");
        v.put(CLD_ROUTE, "Community / Other route");
        for (int i = 0; i < changes.length; i += 2) {
            v.put(changes[i], changes[i + 1]);
        }
        return v;
    }

    /** A complete, valid open community service. */
    private static Map<String, String> service(String... changes) {
        Map<String, String> v = request(CLD_ROUTE, null, EVENT_TYPE, "Service", EVENT_END, null, EVENT_OUTCOME,
                "Continuation of support or services", PSR, "Mental health support", FUNDING, "Fully social care funded",
                SERVICE_TYPE, "Long term support: Community", COMPONENT, "Home support or domiciliary care",
                DELIVERY, "CASSR commissioned support");
        for (int i = 0; i < changes.length; i += 2) {
            v.put(changes[i], changes[i + 1]);
        }
        return v;
    }

    private static Checked<CldEvent> check(Map<String, String> values) {
        Cell[] cells = new Cell[CLD_COLUMNS.size()];
        for (int i = 0; i < cells.length; i++) {
            String v = values.get(CLD_COLUMNS.get(i));
            cells[i] = v == null ? null : Cell.text(v);
        }
        return new CldRules().check(new RawRecord(FILE, 2, cells, false));
    }

    private static List<String> rules(Map<String, String> values) {
        return check(values).findings().stream().map(f -> f.rule().id()).toList();
    }

    @Test
    void validRowsBreakNoRule() {
        assertThat(rules(request())).isEmpty();
        assertThat(rules(service())).isEmpty();
        assertThat(check(service()).excluded()).isFalse();
    }

    @Test
    void aBlankMandatoryFieldIsAWarningAndTheRowStays() {
        Checked<CldEvent> c = check(request(ETHNICITY, null, POSTCODE, null));
        assertThat(rules(request(ETHNICITY, null, POSTCODE, null))).containsExactly("CLD-R01");
        assertThat(c.rejected()).isFalse();
        assertThat(c.findings().get(0).message()).contains("Ethnicity", "Postcode");
        // PSR is not mandatory on a request, and is on a service
        assertThat(rules(request(PSR, null))).isEmpty();
        assertThat(rules(service(PSR, null))).containsExactly("CLD-R01");
    }

    @Test
    void aValueOnNeitherListIsRejectedAndEitherReleaseOrAnyCaseIsRead() {
        assertThat(rules(request(EVENT_OUTCOME, "Sorted"))).containsExactly("CLD-R02");
        assertThat(check(request(EVENT_OUTCOME, "Sorted")).rejected()).isTrue();
        Checked<CldEvent> r1 = check(request(EVENT_OUTCOME, "NFA - Information & Advice / Signposting only",
                CLIENT_TYPE, "Service User"));
        assertThat(r1.findings()).isEmpty(); // Release 1 wording in a 2024-25 file
        assertThat(r1.record().outcome()).isEqualTo("NFA: Information and advice or signposting");
        assertThat(r1.record().clientType()).isEqualTo("Service user");
        assertThat(check(request(EVENT_OUTCOME, "nfa: information and advice or signposting")).record().outcome())
                .isEqualTo("NFA: Information and advice or signposting");
    }

    @Test
    void eventsAfterDeathAreExcludedAndAnOpenServiceEndsOnTheDeath() {
        Checked<CldEvent> after = check(request(DOD, "31/05/2024"));
        assertThat(after.findings()).extracting(f -> f.rule().id()).contains("CLD-R08");
        assertThat(after.excluded()).isTrue();
        assertThat(check(request(DOD, "01/06/2024")).excluded()).isFalse();
        Checked<CldEvent> open = check(service(DOD, "01/12/2024"));
        assertThat(open.findings()).extracting(f -> f.rule().id()).contains("CLD-R08");
        assertThat(open.record().end()).isEqualTo(java.time.LocalDate.of(2024, 12, 1));
    }

    @Test
    void aCarerKnownByAssociationNeedsNoEventAndIsExcluded() {
        Map<String, String> carer = request(CLIENT_TYPE, "Unpaid carer known by association", EVENT_TYPE, null,
                EVENT_START, null, EVENT_END, null, EVENT_OUTCOME, null, CLD_ROUTE, null);
        Checked<CldEvent> c = check(carer);
        assertThat(c.findings()).isEmpty();
        assertThat(c.exclusion()).contains("no Event Type");
    }

    @Test
    void theDataQualityCodesSayEachFieldsStatusAndResult() {
        CldEvent e = check(request(ETHNICITY, null)).record();
        int ethnicity = CLD_COLUMNS.indexOf(ETHNICITY) * 2;
        assertThat(e.dataQuality().substring(ethnicity, ethnicity + 2)).isEqualTo("MF"); // mandatory, blank
        int route = CLD_COLUMNS.indexOf(CLD_ROUTE) * 2;
        assertThat(e.dataQuality().substring(route, route + 2)).isEqualTo("MV");
        int component = CLD_COLUMNS.indexOf(COMPONENT) * 2;
        assertThat(e.dataQuality().substring(component, component + 2)).isEqualTo("NB"); // not applicable
        // Release 1 wording in a Release 2 file: 'Failed: Release 1', and read as Release 2's value
        CldEvent r1 = check(request(RP_START, "01/10/2024", RP_END, "30/09/2025", EVENT_START, "01/06/2025",
                EVENT_END, "05/06/2025", CLIENT_TYPE, "Service User")).record();
        int client = CLD_COLUMNS.indexOf(CLIENT_TYPE) * 2;
        assertThat(r1.dataQuality().substring(client, client + 2)).isEqualTo("MR");
        assertThat(r1.clientType()).isEqualTo("Service user");
    }
}
