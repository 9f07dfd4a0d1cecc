package org.carereturns.cld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carereturns.codes.CldCodes.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.carereturns.Period;
import org.carereturns.ingest.Records.CldEvent;
import org.carereturns.returns.Table;
import org.junit.jupiter.api.Test;

/**
 * NHS England's SALT-from-CLD replication (cld-background §4) on a cohort worked out by hand: every cell
 * of STS001 1a/1b, STS002a, STS002b and LTS001a/b/c is asserted (the cells not named are 0).
 */
class NhsSaltTest {

    static final Period P = Period.parse("2024-25");
    static final String OLD = "1950-01-15";
    static final String YOUNG = "1980-01-15";

    private static CldEvent e(String person, String dob, String type, String route, String serviceType,
                              String delivery, String start, String end, String outcome) {
        return new CldEvent("887", P.start(), P.end(), null, person, "Female", null, LocalDate.parse(dob), null,
                SERVICE_USER, "Mental health support", null, null, null, type, null, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), outcome, route, null, serviceType,
                serviceType == null ? null : ST_MAX.equals(serviceType) ? C_REABLEMENT : C_HOME_SUPPORT, delivery, null,
                List.of(), "");
    }

    private static CldEvent request(String person, String dob, String route, String start, String end, String outcome) {
        return e(person, dob, REQUEST, route, null, null, start, end, outcome);
    }

    private static CldEvent service(String person, String dob, String type, String start, String end, String outcome) {
        return e(person, dob, SERVICE, null, type, LONG_TERM.contains(type) ? COMMISSIONED : null, start, end, outcome);
    }

    private static List<Table> salt(CldEvent... rows) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            events.add(new Event(rows[i], i, null, P.end(), rows[i].end()));
        }
        return new NhsSalt(P, events, new PersonDetails(P, events), new BitSet()).calculate().tables();
    }

    private static void assertTable(List<Table> tables, String name, Map<String, Integer> expected) {
        Table t = tables.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        for (String row : t.rows()) {
            for (String column : t.columns()) {
                assertThat(t.count(row, column)).as("%s: %s | %s", name, row, column)
                        .isEqualTo(expected.getOrDefault(row + "|" + column, 0).longValue());
            }
        }
    }

    private static final String ST = "Short Term Support to Maximise Independence";
    private static final String SIGNPOSTED = "Universal Services/Signposted to other services";
    private static final String OTHER = "No Services Provided - other reason";
    private static final String DECEASED = "No Services Provided - Deceased";
    private static final String MH = "Mental Health Support";
    private static final String COMMISSIONED_ONLY = "Community: CASSR Commissioned Support only";

    @Test
    void aCohortWorkedOutByHand() {
        List<Table> t = salt(
                // R1, 74: discharged from hospital; reablement 2 days after the request: ST-Max, and that
                // ST-Max (ended with information and advice, nothing after) is STS002a's
                request("R1", OLD, "Discharge from Hospital", "2024-06-01", "2024-06-03", O_SUPPORT_PLANNING),
                service("R1", OLD, ST_MAX, "2024-06-05", "2024-06-25", O_SIGNPOSTING),
                // R2, 44: signposted, nothing follows: the request's own outcome
                request("R2", YOUNG, "Community / Other route", "2024-07-01", "2024-07-02", O_SIGNPOSTING),
                // R3: the first event 29 days after the request: too late, the request's own outcome (unable
                // to classify); the long-term support that began then is in LTS001a and LTS001b
                request("R3", OLD, "Community / Other route", "2024-08-01", "2024-08-01", O_SUPPORT_PLANNING),
                service("R3", OLD, LTS_COMMUNITY, "2024-08-30", null, O_CONTINUATION),
                // R4: an assessment within 28 days ending with support declined: NFA, other reason; the
                // CLD route Self-Funder is SALT's 'Self-funder with depleted funds'
                request("R4", OLD, "Self-Funder", "2024-09-01", "2024-09-01", O_SUPPORT_PLANNING),
                e("R4", OLD, ASSESSMENT, null, null, null, "2024-09-20", "2024-09-25", O_DECLINED),
                // R5: two requests 4 days apart are one; the last one's outcome; the first one's route
                request("R5", OLD, "Prison", "2024-10-01", "2024-10-02", O_SUPPORT_PLANNING),
                request("R5", OLD, "Community / Other route", "2024-10-06", "2024-10-06", O_DECEASED),
                // R6: requests 5 days apart are two
                request("R6", YOUNG, "Community / Other route", "2024-10-01", "2024-10-02", O_SIGNPOSTING),
                request("R6", YOUNG, "Community / Other route", "2024-10-07", "2024-10-07", O_SIGNPOSTING),
                // R7: an existing client (long-term support since January 2024): no STS001 request; their
                // ST-Max in November is STS002b's; their support began over a year before 31 March: LTS001c
                service("R7", OLD, LTS_COMMUNITY, "2024-01-01", null, O_CONTINUATION),
                request("R7", OLD, "Community / Other route", "2024-11-01", "2024-11-02", O_REABLEMENT),
                service("R7", OLD, ST_MAX, "2024-11-10", "2024-11-20", O_CONTINUATION),
                // R8: a request whose chain breaks: a review 2 days after, then a service 4 days after the
                // review: the chain holds the review only (no NFA on it): the request's own outcome
                request("R8", YOUNG, "Diversion from Hospital Services", "2024-12-01", "2024-12-01", O_NHS),
                e("R8", YOUNG, REVIEW, null, null, null, "2024-12-03", "2024-12-03", O_CONTINUATION),
                service("R8", YOUNG, ST_LOW_LEVEL, "2024-12-08", "2024-12-20", null));
        assertTable(t, "STS001 Table 1a", Map.of(
                "Community / Other route|" + SIGNPOSTED, 3, "Community / Other route|Total", 3,
                "Diversion from Hospital Services|100% NHS Funded Care", 1, "Diversion from Hospital Services|Total", 1,
                "Total|" + SIGNPOSTED, 3, "Total|100% NHS Funded Care", 1, "Total|Total", 4));
        assertTable(t, "STS001 Table 1b", Map.ofEntries(
                Map.entry("Discharge from Hospital|" + ST, 1), Map.entry("Discharge from Hospital|Total", 1),
                Map.entry("Community / Other route|Unable to classify", 1), Map.entry("Community / Other route|Total", 1),
                Map.entry("Self-funder with depleted funds|" + OTHER, 1),
                Map.entry("Self-funder with depleted funds|Total", 1),
                Map.entry("Prison|" + DECEASED, 1), Map.entry("Prison|Total", 1),
                Map.entry("Total|" + ST, 1), Map.entry("Total|Unable to classify", 1), Map.entry("Total|" + OTHER, 1),
                Map.entry("Total|" + DECEASED, 1), Map.entry("Total|Total", 4)));
        String signposted = "No Services Provided - Universal Services/Signposted to other services";
        assertTable(t, "STS002a Table 1", Map.of("65+|" + signposted, 1, "65+|Total", 1, "Total|" + signposted, 1,
                "Total|Total", 1));
        assertTable(t, "STS002b Table 1", Map.of("65+|Total", 1, "Total|Total", 1));
        assertTable(t, "LTS001a Table 1b", Map.of(MH + "|" + COMMISSIONED_ONLY, 2, MH + "|Total", 2,
                "Total|" + COMMISSIONED_ONLY, 2, "Total|Total", 2));
        assertTable(t, "LTS001b Table 1b", Map.of(MH + "|" + COMMISSIONED_ONLY, 2, MH + "|Total", 2,
                "Total|" + COMMISSIONED_ONLY, 2, "Total|Total", 2));
        assertTable(t, "LTS001c Table 1b", Map.of(MH + "|" + COMMISSIONED_ONLY, 1, MH + "|Total", 1,
                "Total|" + COMMISSIONED_ONLY, 1, "Total|Total", 1));
        for (String empty : List.of("LTS001a Table 1a", "LTS001b Table 1a", "LTS001c Table 1a")) {
            assertTable(t, empty, Map.of());
        }
    }
}
