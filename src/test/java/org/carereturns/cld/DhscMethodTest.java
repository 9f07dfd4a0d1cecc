package org.carereturns.cld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carereturns.codes.CldCodes.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.carereturns.Period;
import org.carereturns.ingest.Records.CldEvent;
import org.carereturns.returns.Table;
import org.junit.jupiter.api.Test;

/**
 * DHSC's 2024-25 ASCOF method, one boundary of cld-background §3.6 per case: a row that just breaks
 * the rule and one that just passes it, on events built by hand (the year is 2024-25).
 */
class DhscMethodTest {

    static final Period P = Period.parse("2024-25");

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** An event of a service user born in 1950 with an unknown accommodation. */
    static CldEvent ev(String person, String type, String serviceType, String component, String delivery, String start,
                       String end, String outcome) {
        return event(person, SERVICE_USER, d("1950-01-15"), null, null, type, serviceType, component, delivery, start,
                end, outcome);
    }

    static CldEvent event(String person, String clientType, LocalDate dob, LocalDate dod, String accommodation,
                          String type, String serviceType, String component, String delivery, String start, String end,
                          String outcome) {
        return new CldEvent("887", P.start(), P.end(), null, person, "Female", null, dob, dod, clientType,
                "Mental health support", accommodation, null, null, type, null, d(start), end == null ? null : d(end),
                outcome, null, null, serviceType, component, delivery, null, List.of(), "");
    }

    static CldEvent stMax(String person, String start, String end, String outcome) {
        return ev(person, SERVICE, ST_MAX, C_REABLEMENT, null, start, end, outcome);
    }

    static DhscAscof ascof(CldEvent... rows) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            events.add(new Event(rows[i], i, null, P.end(), rows[i].end()));
        }
        return new DhscAscof(P, events, new PersonDetails(P, events), null, new BitSet()).calculate(true);
    }

    static long cell(DhscAscof a, String table, String row, String column) {
        Table t = a.tables().stream().filter(x -> x.name().equals(table)).findFirst().orElseThrow();
        return t.count(row, column);
    }

    static List<Event> events(CldEvent... rows) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            events.add(new Event(rows[i], i, null, P.end(), rows[i].end()));
        }
        return events;
    }

    @Test
    void stMaxRowsSevenDaysApartAreOneClusterAndEightDaysApartAreTwo() {
        assertThat(StMaxSequel.clusters("A", events(stMax("A", "2024-05-01", "2024-05-10", null),
                stMax("A", "2024-05-17", "2024-05-30", null)))).hasSize(1);
        assertThat(StMaxSequel.clusters("B", events(stMax("B", "2024-05-01", "2024-05-10", null),
                stMax("B", "2024-05-18", "2024-05-30", null)))).hasSize(2);
    }

    @Test
    void longTermSupportEnding90DaysBeforeMakesAnExistingClientAnd91DaysANewOne() {
        // 1 July 2024 less 90 days is 2 April; less 91 days is 1 April
        DhscAscof existing = ascof(ev("A", SERVICE, LTS_COMMUNITY, C_HOME_SUPPORT, COMMISSIONED, "2023-01-01",
                "2024-04-02", null), stMax("A", "2024-07-01", "2024-07-20", O_SIGNPOSTING));
        DhscAscof fresh = ascof(ev("A", SERVICE, LTS_COMMUNITY, C_HOME_SUPPORT, COMMISSIONED, "2023-01-01",
                "2024-04-01", null), stMax("A", "2024-07-01", "2024-07-20", O_SIGNPOSTING));
        assertThat(cell(existing, "2A", "Total", "Denominator")).isZero();
        assertThat(cell(fresh, "2A", "Total", "Denominator")).isEqualTo(1);
        assertThat(cell(fresh, "2A", "65+", "Numerator")).isEqualTo(1);
    }

    @Test
    void aServiceStarting7DaysAfterTheClusterIsItsSequelAnd8DaysIsNot() {
        DhscAscof day7 = ascof(stMax("A", "2024-06-01", "2024-06-10", O_CONTINUATION),
                ev("A", SERVICE, LTS_COMMUNITY, C_HOME_SUPPORT, COMMISSIONED, "2024-06-17", null, null));
        DhscAscof day8 = ascof(stMax("A", "2024-06-01", "2024-06-10", O_CONTINUATION),
                ev("A", SERVICE, LTS_COMMUNITY, C_HOME_SUPPORT, COMMISSIONED, "2024-06-18", null, null));
        assertThat(day7.clusters2a().get(0).sequel()).isEqualTo(LTS_COMMUNITY);
        assertThat(cell(day7, "2A", "Total", "Denominator")).isEqualTo(1);
        assertThat(cell(day7, "2A", "Total", "Numerator")).isZero();
        assertThat(day8.clusters2a().get(0).sequel()).isEqualTo(O_CONTINUATION); // step 6: unable to classify
        assertThat(cell(day8, "2A", "Total", "Denominator")).isZero();
    }

    @Test
    void aDeathWithin7DaysOfTheEndIsDeceasedAnd8DaysIsNot() {
        DhscAscof day7 = ascof(event("A", SERVICE_USER, d("1950-01-15"), d("2024-06-17"), null, SERVICE, ST_MAX,
                C_REABLEMENT, null, "2024-06-01", "2024-06-10", O_SIGNPOSTING));
        DhscAscof day8 = ascof(event("A", SERVICE_USER, d("1950-01-15"), d("2024-06-18"), null, SERVICE, ST_MAX,
                C_REABLEMENT, null, "2024-06-01", "2024-06-10", O_SIGNPOSTING));
        assertThat(day7.clusters2a().get(0).sequel()).isEqualTo(O_DECEASED);
        assertThat(cell(day7, "2A", "Total", "Denominator")).isZero();
        assertThat(day8.clusters2a().get(0).sequel()).isEqualTo(O_SIGNPOSTING);
        assertThat(cell(day8, "2A", "Total", "Numerator")).isEqualTo(1);
    }

    @Test
    void aNestedReviewEnding13DaysBeforeTheClusterEndCountsAnd14DaysDoesNot() {
        DhscAscof counts = ascof(stMax("A", "2024-06-01", "2024-06-30", O_CONTINUATION),
                ev("A", REVIEW, null, null, null, "2024-06-05", "2024-06-17", O_SIGNPOSTING));
        DhscAscof not = ascof(stMax("A", "2024-06-01", "2024-06-30", O_CONTINUATION),
                ev("A", REVIEW, null, null, null, "2024-06-05", "2024-06-16", O_SIGNPOSTING));
        assertThat(counts.clusters2a().get(0).sequel()).isEqualTo(O_SIGNPOSTING);
        assertThat(cell(counts, "2A", "Total", "Numerator")).isEqualTo(1);
        assertThat(not.clusters2a().get(0).sequel()).isEqualTo(O_CONTINUATION);
    }

    @Test
    void eachSequelStepInItsOrder() {
        // step 2: the cluster's own outcome 'Admitted to hospital' (out of 2A)
        assertThat(ascof(stMax("A", "2024-06-01", "2024-06-10", O_HOSPITAL)).clusters2a().get(0).step()).startsWith("2");
        // step 3: other short-term support in a care home is 'Short term support: Residential or Nursing care'
        DhscAscof careHome = ascof(stMax("A", "2024-06-01", "2024-06-10", O_SIGNPOSTING),
                ev("A", SERVICE, ST_OTHER, C_ST_RESIDENTIAL, null, "2024-06-11", "2024-07-11", null));
        assertThat(careHome.clusters2a().get(0).sequel()).isEqualTo(ST_RES_OR_NURSING);
        assertThat(cell(careHome, "2A", "Total", "Denominator")).isEqualTo(1);
        assertThat(cell(careHome, "2A", "Total", "Numerator")).isZero();
        // step 4: the better NFA outcome of an assessment that followed within 7 days
        DhscAscof assessed = ascof(stMax("A", "2024-06-01", "2024-06-10", O_CONTINUATION),
                ev("A", ASSESSMENT, null, null, null, "2024-06-12", "2024-06-20", O_MOVED));
        assertThat(assessed.clusters2a().get(0).sequel()).isEqualTo(O_MOVED);
        assertThat(assessed.clusters2a().get(0).step()).startsWith("4");
        // step 5: equipment within the cluster is ongoing low-level support (in the numerator)
        DhscAscof equipment = ascof(stMax("A", "2024-06-01", "2024-06-30", O_CONTINUATION),
                ev("A", SERVICE, ST_LOW_LEVEL, C_EQUIPMENT, null, "2024-06-03", "2024-06-05", null));
        assertThat(equipment.clusters2a().get(0).sequel()).isEqualTo(ST_LOW_LEVEL);
        assertThat(equipment.clusters2a().get(0).step()).startsWith("5");
        assertThat(cell(equipment, "2A", "Total", "Numerator")).isEqualTo(1);
        // step 6: nothing else, the cluster's own (uninformative) outcome, out of 2A
        assertThat(ascof(stMax("A", "2024-06-01", "2024-06-10", O_SUPPORT_PLANNING)).clusters2a().get(0).step())
                .startsWith("6");
    }

    private static CldEvent home(String person, LocalDate dob, String component, String start, String end) {
        return event(person, SERVICE_USER, dob, null, null, SERVICE, LTS_RESIDENTIAL, component, null, start, end, null);
    }

    @Test
    void admissionsLookBack365DaysLeaveOutANullComponentAndCountAPersonOnceInTheYoungerBand() {
        // prior stay ended 364 days before the admission: not new; 365 days: new
        DhscAscof notNew = ascof(home("A", d("1950-01-15"), "Long term residential care", "2023-01-01", "2023-06-03"),
                home("A", d("1950-01-15"), "Long term residential care", "2024-06-01", null));
        DhscAscof fresh = ascof(home("A", d("1950-01-15"), "Long term residential care", "2023-01-01", "2023-06-02"),
                home("A", d("1950-01-15"), "Long term residential care", "2024-06-01", null));
        assertThat(cell(notNew, "2C", "65+", "Numerator")).isZero();
        assertThat(cell(fresh, "2C", "65+", "Numerator")).isEqualTo(1);
        // DHSC's SQL leaves out a row with no component (NULL NOT LIKE is unknown): so do we
        assertThat(cell(ascof(home("A", d("1950-01-15"), null, "2024-06-01", null)), "2C", "65+", "Numerator")).isZero();
        // admitted at 64 and again at 65: one person, counted once, in 18-64 (the second is within 365 days)
        DhscAscof both = ascof(home("A", d("1960-01-15"), "Long term residential care", "2024-04-10", "2024-04-20"),
                home("A", d("1960-01-15"), "Long term residential care", "2025-03-01", null));
        assertThat(cell(both, "2B", "18-64", "Numerator")).isEqualTo(1);
        assertThat(cell(both, "2C", "65+", "Numerator")).isZero();
        DhscAscof twoBands = ascof(home("A", d("1959-11-15"), "Long term residential care", "2024-04-10", null),
                home("B", d("1959-11-15"), "Long term nursing care", "2025-03-01", null));
        assertThat(cell(twoBands, "2B", "18-64", "Numerator")).isEqualTo(1);
        assertThat(cell(twoBands, "2C", "65+", "Numerator")).isEqualTo(1);
    }

    /** The used rows of the events, by position, once DHSC's measures and NHS England's SALT have run. */
    static BitSet used(CldEvent... rows) {
        List<Event> events = events(rows);
        BitSet used = new BitSet();
        PersonDetails people = new PersonDetails(P, events);
        new DhscAscof(P, events, people, null, used).calculate(true);
        new NhsSalt(P, events, people, used).calculate();
        return used;
    }

    /**
     * A row that decided a figure is used, even when what it decided was to leave someone out: the
     * review that gave a cluster its sequel, the earlier support that made an existing client, the earlier
     * stay that made an admission not new. Beside each, a row of the same kind that decided nothing.
     */
    @Test
    void aRowThatDecidedAFigureIsUsedAndOneThatDecidedNothingIsNot() {
        // a review ending 12 June, 2 days after the cluster, gives it 'NFA - Moved to another LA'; the review
        // of 1 September follows nothing
        BitSet sequel = used(stMax("A", "2024-06-01", "2024-06-10", O_CONTINUATION),
                ev("A", REVIEW, null, null, null, "2024-06-12", "2024-06-12", O_MOVED),
                ev("A", REVIEW, null, null, null, "2024-09-01", "2024-09-01", O_MOVED));
        assertThat(sequel.get(1)).as("the review that decided the sequel").isTrue();
        assertThat(sequel.get(2)).as("a review that followed nothing").isFalse();
        // long-term support ending 90 days before the ST-Max makes it an existing client's (not in 2A); support
        // that ended in 2022 decided nothing
        BitSet existing = used(ev("B", SERVICE, LTS_COMMUNITY, C_HOME_SUPPORT, COMMISSIONED, "2022-01-01", "2022-06-01",
                        null), ev("B", SERVICE, LTS_COMMUNITY, C_HOME_SUPPORT, COMMISSIONED, "2023-01-01", "2024-04-02",
                        null), stMax("B", "2024-07-01", "2024-07-20", O_SIGNPOSTING));
        assertThat(existing.get(1)).as("the support that made an existing client").isTrue();
        assertThat(existing.get(0)).as("support long before").isFalse();
        // a stay ending 364 days before the admission makes it not new; one ending in 2020 decided nothing
        BitSet admission = used(home("C", d("1950-01-15"), "Long term residential care", "2020-01-01", "2020-03-01"),
                home("C", d("1950-01-15"), "Long term residential care", "2023-01-01", "2023-06-03"),
                home("C", d("1950-01-15"), "Long term residential care", "2024-06-01", "2024-06-20"));
        assertThat(admission.get(1)).as("the stay that made the admission not new").isTrue();
        assertThat(admission.get(0)).as("a stay long before").isFalse();
    }

    @Test
    void theEvidenceOf2B2CAndCarersNamesTheLaPersonIdNotDhscsPersonKey() {
        CldEvent admitted = new CldEvent("887", P.start(), P.end(), "9434765919", "LA-7", "Female", null,
                d("1950-01-15"), null, SERVICE_USER, "Mental health support", null, null, null, SERVICE, null,
                d("2024-06-01"), null, null, null, null, LTS_RESIDENTIAL, "Long term residential care", null, null,
                List.of(), "");
        CldEvent carer = new CldEvent("887", P.start(), P.end(), "9434765927", "LA-8", "Female", null,
                d("1970-01-15"), null, UNPAID_CARER, null, null, null, null, SERVICE, null, d("2024-06-01"),
                d("2024-06-01"), null, null, null, CARER_DIRECT, "Other unpaid carer support", DP, null, List.of(), "");
        DhscAscof a = ascof(admitted, carer);
        assertThat(a.evidence().get("2B and 2C")).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("9434765919");
            assertThat(e.personId()).isEqualTo("LA-7");
        });
        assertThat(a.evidence().get("3D Carers")).singleElement()
                .satisfies(e -> assertThat(e.personId()).isEqualTo("LA-8"));
    }

    @Test
    void conflictingAccommodationOnTheLatestRowsIsUnknownAndInferredFromTheService() {
        CldEvent a = event("A", SERVICE_USER, d("1950-01-15"), null, "Registered care home", SERVICE, LTS_COMMUNITY,
                C_HOME_SUPPORT, COMMISSIONED, "2024-01-01", null, null);
        CldEvent b = event("A", SERVICE_USER, d("1950-01-15"), null, "Rough sleeper or squatting", SERVICE, LTS_COMMUNITY,
                C_HOME_SUPPORT, COMMISSIONED, "2024-01-01", null, null);
        List<Event> events = events(a, b);
        PersonDetails.Person p = new PersonDetails(P, events).of("887_A");
        assertThat(p.accommodation()).isEqualTo(PRESUMED_AT_HOME);
        assertThat(p.accommodationInferred()).isTrue();
        assertThat(cell(ascof(a, b), "2E", "65+", "Numerator")).isEqualTo(1);
    }

    @Test
    void residentialCareTakesAPersonOutOf3DAndACarersDirectPaymentWinsOverAnUnknownDelivery() {
        DhscAscof clients = ascof(ev("A", SERVICE, LTS_COMMUNITY, C_DP, DP, "2024-01-01", null, null),
                ev("A", SERVICE, LTS_RESIDENTIAL, "Long term residential care", null, "2025-02-01", null, null),
                ev("B", SERVICE, LTS_COMMUNITY, C_HOME_SUPPORT, DP, "2024-01-01", null, null));
        assertThat(cell(clients, "3D2", "Total", "Denominator")).isEqualTo(1);
        assertThat(cell(clients, "3D2", "Total", "Numerator")).isEqualTo(1);
        CldEvent dp = event("C", UNPAID_CARER, d("1970-01-15"), null, null, SERVICE, CARER_DIRECT,
                "Other unpaid carer support", DP, "2024-06-01", "2024-06-01", null);
        CldEvent unknown = event("C", UNPAID_CARER, d("1970-01-15"), null, null, SERVICE, CARER_DIRECT,
                "Other unpaid carer support", null, "2024-09-01", "2024-12-01", null);
        DhscAscof carers = ascof(dp, unknown);
        assertThat(cell(carers, "3D2 Carers", "18-64", "Numerator")).isEqualTo(1);
        assertThat(cell(carers, "3D2 Carers", "18-64", "Denominator")).isEqualTo(1);
    }
}
