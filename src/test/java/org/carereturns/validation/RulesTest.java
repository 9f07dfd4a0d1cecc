package org.carereturns.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.carereturns.Period;
import org.carereturns.ingest.Column;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.Schema;
import org.carereturns.support.Pipeline;
import org.carereturns.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.carereturns.ingest.Schema.*;

/**
 * Every validation rule, each with rows that break it and rows that just pass it, written into a
 * real workbook per extract. A breaking row must carry the rule; a passing row must carry no finding
 * at all. The last test proves no rule of the Rules sheet was left untested.
 */
class RulesTest {

    static final Period P = Period.parse("2024-25");
    static final LocalDate BORN = LocalDate.of(1950, 6, 1);

    @TempDir
    Path dir;

    private final Set<String> tested = new TreeSet<>();

    /** One row of a case: the rule it should break (null: it should pass cleanly) and its values. */
    record Case(String rule, Map<String, Object> values) {
    }

    private static Map<String, Object> v(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Case breaks(String rule, Object... pairs) {
        return new Case(rule, v(pairs));
    }

    private static Case passes(Object... pairs) {
        return new Case(null, v(pairs));
    }

    /** Writes base + overrides per case, checks, and asserts each case's findings. */
    private void check(Extract extract, Map<String, Object> base, List<Case> cases) throws Exception {
        List<String> columns = Schema.columns(extract).stream().map(Column::name).toList();
        TestFiles.Workbook wb = TestFiles.workbook("Data").row(columns.toArray());
        String idColumn = Schema.recordIdColumn(extract);
        int n = 0;
        for (Case c : cases) {
            Map<String, Object> row = new LinkedHashMap<>(base);
            if (extract != Extract.POPULATION) {
                row.put(idColumn, "ID-" + (++n));
            }
            row.putAll(c.values());
            wb.row(columns.stream().map(row::get).toArray());
        }
        Path in = dir.resolve(extract.key());
        wb.save(in.resolve(extract.key() + ".xlsx"));
        Pipeline.Result result = Pipeline.run(in, P);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<String> rules = result.rules(i + 2);
            if (c.rule() == null) {
                assertThat(rules).as("row %d %s should pass", i + 2, c.values()).isEmpty();
            } else {
                assertThat(rules).as("row %d %s should break %s", i + 2, c.values(), c.rule()).contains(c.rule());
                tested.add(c.rule());
                Finding f = result.row(i + 2).findings().stream().filter(x -> x.rule().id().equals(c.rule()))
                        .findFirst().orElseThrow();
                assertThat(f.message()).as("message of %s names its column", c.rule()).isNotBlank();
            }
        }
    }

    @Test
    void contactsAndPersonRules() throws Exception {
        Map<String, Object> base = v(PERSON_ID, "P1", NHS_NUMBER, "9434765919", DOB, BORN, GENDER, "Female",
                ETHNICITY, "White", CONTACT_DATE, LocalDate.of(2024, 5, 1), ROUTE, "Prison");
        check(Extract.CONTACTS, base, List.of(
                passes(),
                breaks("PER-01", PERSON_ID, ""), passes(PERSON_ID, "P9"),
                breaks("PER-02", DOB, "31/02/1950"), breaks("PER-02", DOB, ""), passes(DOB, "28/02/1950"),
                breaks("PER-03", DOB, LocalDate.of(2024, 5, 2)), passes(DOB, LocalDate.of(2024, 5, 1)),
                breaks("PER-04", NHS_NUMBER, "9434765918"), breaks("PER-04", NHS_NUMBER, "943476591"),
                passes(NHS_NUMBER, "943 476 5919"),
                breaks("PER-05", GENDER, "X"), passes(GENDER, "f"), passes(GENDER, "Not stated"),
                breaks("PER-06", ETHNICITY, "Martian"), passes(ETHNICITY, "Asian or Asian British: Chinese"),
                passes(ETHNICITY, "Black / African / Caribbean / Black British"),
                breaks("PER-07", PSR, "Grumpy"), passes(PSR, "learning disability support"),
                breaks("PER-08", DOD, "31/04/2024"), breaks("PER-08", DOD, LocalDate.of(1940, 1, 1)),
                passes(DOD, "30/04/2024"),
                breaks("PER-09", CLIENT_TYPE, "Neighbour"), passes(CLIENT_TYPE, "carer"),
                breaks("CON-01", CONTACT_ID, " "), passes(CONTACT_ID, "C-X"),
                passes(CONTACT_ID, "DUP"), breaks("CON-02", CONTACT_ID, "DUP"),
                breaks("CON-03", CONTACT_DATE, "12/31/2024"), breaks("CON-03", CONTACT_DATE, ""),
                passes(CONTACT_DATE, "31/12/2024"),
                breaks("CON-04", ROUTE, "Walk-in"), breaks("CON-04", ROUTE, ""), passes(ROUTE, "discharge from hospital"),
                breaks("CON-05", OUTCOME, "Pending", OUTCOME_DATE, LocalDate.of(2024, 5, 3)),
                passes(OUTCOME, "12", OUTCOME_DATE, LocalDate.of(2024, 5, 3)),
                breaks("CON-06", OUTCOME, "End of Life"), breaks("CON-06", OUTCOME_DATE, LocalDate.of(2024, 5, 3)),
                breaks("CON-06", OUTCOME, "End of Life", OUTCOME_DATE, "tomorrow"),
                passes(OUTCOME, "End of Life", OUTCOME_DATE, LocalDate.of(2024, 6, 3)),
                breaks("CON-07", OUTCOME, "End of Life", OUTCOME_DATE, LocalDate.of(2024, 4, 30)),
                passes(OUTCOME, "End of Life", OUTCOME_DATE, LocalDate.of(2024, 5, 1))));
        assertThat(tested).containsAll(List.of("PER-01", "PER-02", "PER-03", "PER-04", "PER-05", "PER-06", "PER-07",
                "PER-08", "PER-09"));
    }

    @Test
    void services() throws Exception {
        Map<String, Object> base = v(PERSON_ID, "P1", DOB, BORN, PSR, "Mental Health Support",
                SERVICE_TYPE, "Long Term Support: Community", DELIVERY, "Direct Payment",
                START_DATE, LocalDate.of(2024, 5, 1));
        check(Extract.SERVICES, base, List.of(
                passes(),
                breaks("SVC-01", SERVICE_ID, ""), passes(SERVICE_ID, "S-X"),
                passes(SERVICE_ID, "DUP"), breaks("SVC-02", SERVICE_ID, "DUP"),
                breaks("SVC-03", SERVICE_TYPE, "Day care"), breaks("SVC-03", SERVICE_TYPE, ""),
                passes(SERVICE_TYPE, "Residential", DELIVERY, ""),
                breaks("SVC-04", DELIVERY, ""), breaks("SVC-04", SERVICE_TYPE, "Carer Support: Direct to Carer",
                        CLIENT_TYPE, "Carer", DELIVERY, "Cash"),
                passes(SERVICE_TYPE, "Nursing", DELIVERY, "Cash"),
                passes(SERVICE_TYPE, "Carer Support", CLIENT_TYPE, "Carer", DELIVERY, "MPB"),
                breaks("SVC-05", SERVICE_TYPE, "Long Term Support: Prison", DELIVERY, "direct payment"),
                passes(SERVICE_TYPE, "Long Term Support: Prison", DELIVERY, "CASSR Managed Personal Budget"),
                breaks("SVC-06", START_DATE, "2023-02-29"), breaks("SVC-06", START_DATE, ""),
                passes(START_DATE, "2024-02-29"),
                breaks("SVC-07", END_DATE, LocalDate.of(2024, 4, 30)), breaks("SVC-07", END_DATE, "soon"),
                passes(END_DATE, LocalDate.of(2024, 5, 1)),
                breaks("SVC-08", SERVICE_TYPE, "ST-Max", END_DATE, LocalDate.of(2024, 6, 1)),
                breaks("SVC-08", SERVICE_TYPE, "ST-Max", ST_MAX_OUTCOME, "Maybe"),
                // someone with no long-term support, so the new client's outcome also suits them (SVC-13)
                passes(PERSON_ID, "P-NEW", SERVICE_TYPE, "ST-Max", END_DATE, LocalDate.of(2024, 6, 1), ST_MAX_OUTCOME,
                        "No identified needs"),
                passes(SERVICE_TYPE, "ST-Max", DELIVERY, ""),
                breaks("SVC-09", PSR, ""), passes(SERVICE_TYPE, "Short Term Support: Other Short Term", PSR, ""),
                breaks("SVC-10", UNPAID_CARER, "Sometimes"), passes(UNPAID_CARER, "n"),
                breaks("SVC-11", ACCOMMODATION, "Caravan"), passes(ACCOMMODATION, "tenant: private landlord"),
                breaks("SVC-12", EMPLOYMENT, "Self employed"), passes(EMPLOYMENT, "Paid: 16 or more hours a week")));
    }

    @Test
    void reviews() throws Exception {
        Map<String, Object> base = v(PERSON_ID, "P1", DOB, BORN, REVIEW_DATE, LocalDate.of(2024, 6, 1),
                REVIEW_TYPE, "Planned", REVIEW_OUTCOME, "5");
        check(Extract.REVIEWS, base, List.of(
                passes(),
                breaks("REV-01", REVIEW_ID, ""), passes(REVIEW_ID, "R-X"),
                passes(REVIEW_ID, "DUP"), breaks("REV-02", REVIEW_ID, "DUP"),
                breaks("REV-03", REVIEW_DATE, "2024-06-31"), breaks("REV-03", REVIEW_DATE, ""),
                passes(REVIEW_DATE, "30 June 2024"),
                breaks("REV-04", REVIEW_TYPE, "Annual"), passes(REVIEW_TYPE, "unplanned", REVIEW_REASON, "Hospital"),
                breaks("REV-05", REVIEW_TYPE, "Unplanned"), breaks("REV-05", REVIEW_TYPE, "Unplanned",
                        REVIEW_REASON, "Weather"),
                passes(REVIEW_TYPE, "Unplanned", REVIEW_REASON, "Provider failure"),
                breaks("REV-06", REVIEW_OUTCOME, "9"), breaks("REV-06", REVIEW_OUTCOME, ""),
                passes(REVIEW_OUTCOME, "No change in setting - All Long Term Support Ended"),
                breaks("REV-07", NEXT_REVIEW, "soon"), passes(NEXT_REVIEW, LocalDate.of(2025, 6, 1))));
    }

    @Test
    void safeguarding() throws Exception {
        Map<String, Object> base = v(PERSON_ID, "P1", DOB, BORN, CONCERN_DATE, LocalDate.of(2024, 6, 1));
        Object[] concluded = {ENQUIRY_TYPE, "S42", ENQUIRY_START, LocalDate.of(2024, 6, 2), ENQUIRY_END,
                LocalDate.of(2024, 7, 1), RISK_TYPE, "Physical Abuse", RISK_LOCATION, "Own Home", RISK_SOURCE,
                "Service Provider", ACTION, "Risk identified and action taken", RISK_RESULT, "Risk removed"};
        check(Extract.SAFEGUARDING, base, List.of(
                passes(),
                passes(concluded),
                breaks("SG-01", CONCERN_ID, ""), passes(CONCERN_ID, "SG-X"),
                passes(CONCERN_ID, "DUP"), breaks("SG-02", CONCERN_ID, "DUP"),
                breaks("SG-03", CONCERN_DATE, "2024-06-31"), passes(CONCERN_DATE, "30/06/2024"),
                breaks("SG-04", DOB, LocalDate.of(2006, 6, 2)), passes(DOB, LocalDate.of(2006, 6, 1)),
                breaks("SG-05", ENQUIRY_TYPE, "Informal", ENQUIRY_START, LocalDate.of(2024, 6, 2)),
                passes(ENQUIRY_TYPE, "Non-statutory enquiry", ENQUIRY_START, LocalDate.of(2024, 6, 2)),
                breaks("SG-06", ENQUIRY_TYPE, "Section 42"),
                breaks("SG-06", ENQUIRY_TYPE, "Section 42", ENQUIRY_START, LocalDate.of(2024, 5, 31)),
                passes(ENQUIRY_TYPE, "Section 42", ENQUIRY_START, LocalDate.of(2024, 6, 1)),
                breaks("SG-07", ENQUIRY_TYPE, "Other", ENQUIRY_START, LocalDate.of(2024, 6, 2),
                        ENQUIRY_END, LocalDate.of(2024, 6, 1)),
                breaks("SG-07", ENQUIRY_END, LocalDate.of(2024, 6, 1)),
                passes(ENQUIRY_TYPE, "Other", ENQUIRY_START, LocalDate.of(2024, 6, 2), ENQUIRY_END, LocalDate.of(2024, 6, 2)),
                breaks("SG-08", with(concluded, RISK_TYPE, "")), breaks("SG-08", with(concluded, RISK_TYPE, "Physical; Cyber")),
                passes(with(concluded, RISK_TYPE, "physical abuse; Neglect, self neglect")),
                breaks("SG-09", with(concluded, RISK_LOCATION, "")), passes(with(concluded, RISK_LOCATION, "nursing home")),
                breaks("SG-10", with(concluded, RISK_SOURCE, "")),
                passes(with(concluded, RISK_SOURCE, "Other - Known to Individual, Service Provider")),
                breaks("SG-11", with(concluded, ACTION, "", RISK_RESULT, "")),
                passes(with(concluded, ACTION, "No risk identified and no action taken", RISK_RESULT, "")),
                breaks("SG-12", with(concluded, RISK_RESULT, "")), breaks("SG-12", with(concluded, RISK_RESULT, "Gone")),
                passes(with(concluded, RISK_RESULT, "Reduced")),
                breaks("SG-13", CAPACITY, "Maybe"), passes(CAPACITY, "dont know"),
                breaks("SG-14", ADVOCATE, "Perhaps"), passes(ADVOCATE, "y"),
                breaks("SG-15", MSP_ASKED, "Sort of"), passes(MSP_ASKED, "Not recorded"),
                breaks("SG-16", MSP_ASKED, "No", MSP_ACHIEVED, "Fully achieved"),
                breaks("SG-16", MSP_ASKED, "Yes, they were asked and outcomes were expressed", MSP_ACHIEVED, "Mostly"),
                passes(MSP_ASKED, "Yes, they were asked and outcomes were expressed", MSP_ACHIEVED, "Partially achieved")));
    }

    private static Object[] with(Object[] base, Object... overrides) {
        Map<String, Object> m = v(base);
        m.putAll(v(overrides));
        List<Object> out = new ArrayList<>();
        m.forEach((k, val) -> {
            out.add(k);
            out.add(val);
        });
        return out.toArray();
    }

    @Test
    void careLeaversDfeRules() throws Exception {
        // Ages in year 2024-25: the birthday falling between 1 April 2024 and 31 March 2025.
        LocalDate age19 = LocalDate.of(2005, 6, 1);
        LocalDate age17 = LocalDate.of(2007, 4, 1);     // 17th birthday on 1 April 2024
        LocalDate age18 = LocalDate.of(2007, 3, 31);    // 18th birthday on 31 March 2025
        Map<String, Object> base = v(DOB, age19, GENDER, 1, IN_TOUCH, "YES", ACTIVITY, "F1", CL_ACCOMMODATION, "U1");
        check(Extract.CARE_LEAVERS, base, List.of(
                passes(),
                breaks("OC3-01", CHILD_ID, ""), passes(CHILD_ID, "C-X"),
                breaks("OC3-02", DOB, "2005-02-30"), passes(DOB, "2005-02-28"),
                breaks("OC3-03", GENDER, 3), passes(GENDER, 2),
                passes(CHILD_ID, "DUP"), breaks("INT34", CHILD_ID, "DUP"),
                breaks("131", IN_TOUCH, "MAYBE"), passes(IN_TOUCH, " yes "),
                breaks("132", ACTIVITY, "F3"), passes(ACTIVITY, "g6"),
                breaks("133", CL_ACCOMMODATION, "S1"), breaks("133", CL_ACCOMMODATION, "X1"),
                passes(CL_ACCOMMODATION, "S2"), passes(CL_ACCOMMODATION, "x2"),
                breaks("153", ACTIVITY, ""), breaks("153", IN_TOUCH, "", ACTIVITY, ""),
                passes(IN_TOUCH, "", ACTIVITY, "", CL_ACCOMMODATION, ""),
                breaks("344", IN_TOUCH, "DIED", CL_ACCOMMODATION, "0"), breaks("344", IN_TOUCH, "RHOM", ACTIVITY, "0"),
                passes(IN_TOUCH, "DIED", ACTIVITY, 0, CL_ACCOMMODATION, "0"),
                // an invalid code given is still "completed" (DfE validator: any value): 344 as well as 132/133
                breaks("344", IN_TOUCH, "DIED", ACTIVITY, "F3", CL_ACCOMMODATION, "0"),
                breaks("344", IN_TOUCH, "RHOM", ACTIVITY, "0", CL_ACCOMMODATION, "S1"),
                breaks("345", ACTIVITY, "0"), breaks("345", CL_ACCOMMODATION, 0),
                passes(IN_TOUCH, "NO", ACTIVITY, "0", CL_ACCOMMODATION, "0"),
                breaks("347", DOB, age17, CL_ACCOMMODATION, "T1"), breaks("347", DOB, age17, CL_ACCOMMODATION, "T2"),
                passes(DOB, age18, CL_ACCOMMODATION, "T1"),
                breaks("3001", DOB, age17, CL_ACCOMMODATION, "Z1"), breaks("3001", DOB, age17, CL_ACCOMMODATION, "z2"),
                passes(DOB, age18, CL_ACCOMMODATION, "Z1"), passes(DOB, age17, CL_ACCOMMODATION, "U1"),
                passes(DOB, LocalDate.of(2008, 3, 31)),          // 17th birthday on 31 March 2025: 17 in year
                breaks("391", DOB, LocalDate.of(2008, 4, 1)),    // 16 in year (17th birthday 1 April 2025)
                breaks("391", DOB, LocalDate.of(1998, 6, 1)),    // 26 in year
                passes(DOB, LocalDate.of(2003, 4, 1)),          // 21st birthday on 1 April 2024
                passes(DOB, LocalDate.of(2004, 2, 29)),         // 21st birthday falls on 28 February 2025: 21
                passes(DOB, LocalDate.of(2002, 6, 1)),          // 22: passes, excluded
                passes(DOB, LocalDate.of(1999, 6, 1)),          // 25: passes, excluded
                passes(DOB, LocalDate.of(2008, 6, 1), IN_TOUCH, "", ACTIVITY, "", CL_ACCOMMODATION, "")));
    }

    @Test
    void ssda903HeaderAndEpisodes() throws Exception {
        check(Extract.HEADER_903, v(DOB, LocalDate.of(2006, 6, 1), GENDER, 1), List.of(
                passes(),
                breaks("HDR-01", CHILD_ID, ""), passes(CHILD_ID, "C-X"),
                passes(CHILD_ID, "DUP"), breaks("HDR-02", CHILD_ID, "DUP"),
                breaks("101", GENDER, 3), passes(GENDER, 2), passes(GENDER, ""),
                breaks("102", DOB, "2006-02-30"), breaks("102", DOB, ""), passes(DOB, "2006-02-28")));
        LocalDate from = LocalDate.of(2020, 1, 1);
        check(Extract.EPISODES, v(DECOM, from, LEGAL_STATUS, "C2", DEC, LocalDate.of(2020, 6, 1), REC, "E13"), List.of(
                passes(),
                breaks("EPI-02", CHILD_ID, ""), passes(CHILD_ID, "C-X"),
                breaks("141", DECOM, "2020-02-30"), breaks("141", DECOM, ""), passes(DECOM, "2020-02-29"),
                breaks("143", RNE, "Q"), passes(RNE, " p "),
                breaks("144", LEGAL_STATUS, "C3"), breaks("144", LEGAL_STATUS, ""), passes(LEGAL_STATUS, " v4 "),
                breaks("145", CIN, "N9"), passes(CIN, "n8"),
                breaks("146", PLACE, "U7"), passes(PLACE, "Z1"),
                breaks("147", DEC, "2020-06-31"), passes(DEC, "2020-06-30"),
                breaks("EPI-03", DEC, from.minusDays(1)), passes(DEC, from),
                breaks("148", REC, ""), breaks("148", DEC, ""), passes(DEC, "", REC, ""),
                breaks("149", REC, "E99"), passes(REC, "e4a")));
    }

    /**
     * The rules of the whole SSDA903, each child a case: header, episodes and OC3 written together.
     * 2024-25: a 19-year-old (born 1 June 2005) had their 14th birthday on 1 June 2019 and their 16th
     * on 1 June 2021; a 17-year-old born 10 April 2007 has their 17th birthday on 10 April 2024.
     */
    @Test
    void ssda903WholeReturnRules() throws Exception {
        LocalDate nineteen = LocalDate.of(2005, 6, 1);
        LocalDate seventeen = LocalDate.of(2007, 4, 10);
        LocalDate birthday17 = LocalDate.of(2024, 4, 10);
        Ssda903Case cases = new Ssda903Case();
        // passes: C2 from 3 March to 2 June 2021 is 91 days (28 + 30 + 31 + 2), the last one after the 16th birthday
        cases.child("P91", nineteen, null).episode("2021-03-03", "C2", "2021-06-02", "E8");
        cases.child("B90", nineteen, "1001").episode("2021-03-04", "C2", "2021-06-02", "E8"); // 90 days
        cases.child("B16", nineteen, "1001").episode("2019-07-01", "C2", "2021-05-31", "E8"); // none after the 16th
        cases.child("P16", nineteen, null).episode("2019-07-01", "C2", "2021-06-02", "E8"); // one day after it
        cases.child("BV3", nineteen, "1001").episode("2020-01-01", "V3", "2021-01-01", "E13")
                .episode("2021-01-01", "V4", "2021-09-01", "E13"); // short breaks only
        cases.child("BAD", nineteen, "1001").episode("2019-07-01", "C2", "2021-09-01", "E11"); // adopted
        cases.child("BDI", nineteen, "1000").episode("2019-07-01", "C2", "2021-09-01", "E2");
        cases.child("BNO", nineteen, "1002"); // no episode at all
        cases.child("BE3", nineteen, "1011").episode("2019-07-01", "C2", "2020-07-01", "X1")
                .episode("2020-07-01", "C2", "2021-09-01", "E3");
        cases.child("PE3", nineteen, null).episode("2019-07-01", "C2", "2020-07-01", "E3")
                .episode("2020-07-01", "C2", "2021-09-01", "E8"); // an earlier E3, not the latest
        cases.child("B07", seventeen, "1007").episode("2021-01-01", "C2", null, null); // open on the birthday
        cases.child("C07", seventeen, "1007").episode("2021-01-01", "C2", birthday17.plusDays(1).toString(), "E8");
        cases.child("P07", seventeen, null).episode("2021-01-01", "C2", birthday17.minusDays(1).toString(), "E8");
        cases.child("B16B", seventeen, "1016").episode("2021-01-01", "C2", birthday17.toString(), "E8");
        cases.child("BDOB", nineteen, "INT15").oc3Born(nineteen.plusDays(1))
                .episode("2019-07-01", "C2", "2021-09-01", "E8");
        cases.child("BNH", nineteen, "INT06").notInHeader();
        cases.child("BEP", nineteen, null).episode("2019-07-01", "C2", "2020-07-01", "X1")
                .episode("2020-07-01", "C2", "2021-09-01", "E8")
                .episode("2020-08-01", "C2", "2020-09-01", "X1", "EPI-01"); // starts before the one before ceased
        cases.child("BEH", null, null).episode("2019-07-01", "C2", "2020-07-01", "X1", "INT06"); // not in the header
        cases.child("DUE", nineteen, "CL-01").noOc3().episode("2019-07-01", "C2", "2023-05-01", "E8");
        cases.child("INC", seventeen, null).noOc3().episode("2021-01-01", "C2", null, null); // still in care: not due
        cases.child("OLD", LocalDate.of(2010, 1, 1), null).noOc3()
                .episode("2015-01-01", "C2", "2016-01-01", "E13"); // the history reaches back to 2015
        Pipeline.Result result = cases.run(dir.resolve("ssda903"), P);
        cases.assertEach(result, tested);
        // 348, from 2025-26: last year's OC3 said DIED, this year's does not
        for (int year : List.of(2024, 2025)) {
            Ssda903Rules rules = new Ssda903Rules(Period.parse(year + "-" + (year + 1 - 2000)), Set.of("C348"));
            rules.careLeaver(0, "C348", new org.carereturns.ingest.Records.CareLeaver("C348", nineteen, null, "YES",
                    "F1", "U1"));
            var found = rules.check().getOrDefault(Extract.CARE_LEAVERS, Map.of());
            if (year == 2024) {
                assertThat(found).as("348 is not a rule before 2025-26").isEmpty();
            } else {
                assertThat(found.get(0)).extracting(f -> f.rule().id()).containsExactly("348");
                tested.add("348");
            }
        }
    }

    @Test
    void population() throws Exception {
        check(Extract.POPULATION, v(POPULATION, 3500), List.of(
                passes(AGE, 0),
                breaks("POP-01", AGE, "ninety"), breaks("POP-01", AGE, 121), passes(AGE, "18"),
                breaks("POP-02", AGE, 19, POPULATION, -5), breaks("POP-02", AGE, 20, POPULATION, "many"),
                passes(AGE, 21, POPULATION, 0),
                breaks("POP-03", AGE, 18), passes(AGE, "90+")));
    }

    /** A CLD case: a person of its own (so that no two cases compare across rows) and the values given. */
    private static int cldPerson = 0;

    private static Case cld(String rule, Object... pairs) {
        cldPerson++;
        Map<String, Object> m = v(LA_PERSON_ID, "P" + cldPerson, NHS_NUMBER, String.valueOf(9_000_000_000L + cldPerson));
        m.putAll(v(pairs));
        return new Case(rule, m);
    }

    @Test
    void clientLevelData() throws Exception {
        // a completed request of a 2024-25 file; the cases change it into the other kinds of event
        Map<String, Object> base = v(LA_CODE, "887", RP_START, "01/04/2024", RP_END, "31/03/2025", GENDER, "Female",
                ETHNICITY, "White: Irish", DOB, "15/01/1950", CLIENT_TYPE, "Service user", POSTCODE, "ME4 4TR",
                ACCOMMODATION, "Owner occupier or shared ownership scheme", UNPAID_CARER, "No", EVENT_TYPE, "Request",
                EVENT_START, "01/06/2024", EVENT_END, "05/06/2024", EVENT_OUTCOME,
                "NFA: Information and advice or signposting", CLD_ROUTE, "Community / Other route");
        Object[] service = {EVENT_TYPE, "Service", CLD_ROUTE, null, EVENT_END, null, EVENT_OUTCOME,
                "Continuation of support or services", PSR, "Mental health support", FUNDING, "Fully social care funded",
                SERVICE_TYPE, "Long term support: Community", COMPONENT, "Home support or domiciliary care", DELIVERY,
                "CASSR commissioned support", UNIT_COST, "180.00", COST_FREQUENCY, "Weekly", PLANNED_UNITS, "1.00"};
        check(Extract.CLD, base, List.of(
                cld(null), cld(null, service),
                cld("CLD-R01", ETHNICITY, null), cld(null, PSR, null), // PSR is not mandatory on a request
                cld("CLD-R02", EVENT_OUTCOME, "Sorted"),
                cld(null, EVENT_OUTCOME, "NFA - Information & Advice / Signposting only", CLIENT_TYPE, "Service User"),
                cld("CLD-R03", EVENT_START, "31/02/2024"), cld("CLD-R03", concat(service, UNIT_COST, "about 200")),
                cld(null, concat(service, UNIT_COST, "200.50")),
                cld("CLD-R04", EVENT_END, "31/05/2024"), cld(null, EVENT_END, "01/06/2024"),
                cld("CLD-R05", EVENT_START, "01/04/2025", EVENT_END, "01/04/2025"), cld(null, EVENT_END, "31/03/2025"),
                cld("CLD-R06", concat(service, EVENT_START, "01/01/2023", EVENT_END, "31/03/2024")),
                cld(null, concat(service, EVENT_START, "01/01/2023", EVENT_END, "01/04/2024")),
                cld("CLD-R07", NHS_NUMBER, null, LA_PERSON_ID, null),
                cld("CLD-R08", DOD, "31/05/2024"), cld(null, DOD, "01/06/2024"),
                cld("CLD-R09", GP_CODE, "NULL"), cld(null, GP_CODE, "G82001"),
                cld("CLD-R10", concat(service, DOB, "15/01/1980", PSR, "Learning disability support")),
                cld(null, concat(service, DOB, "15/01/1980", PSR, "Learning disability support", EMPLOYMENT, "Unknown")),
                cld("CLD-R11", concat(service, SERVICE_TYPE, "Long term support: Prison", DELIVERY, "Direct payment")),
                cld(null, concat(service, SERVICE_TYPE, "Long term support: Prison")),
                cld(null, CLIENT_TYPE, "Service User")));
        // a file's rows state one period (CLD-F02), so Release 2's file is a file of its own: to 30 September
        // 2025, Release 1 wording is a warning; in the file to 30 June 2025, it is not
        Map<String, Object> release2 = new LinkedHashMap<>(base);
        release2.putAll(v(RP_START, "01/10/2024", RP_END, "30/09/2025", EVENT_START, "01/06/2025", EVENT_END,
                "05/06/2025"));
        check(Extract.CLD, release2, List.of(cld("CLD-R12", CLIENT_TYPE, "Service User"), cld(null)));
        Map<String, Object> before = new LinkedHashMap<>(release2);
        before.putAll(v(RP_START, "01/07/2024", RP_END, "30/06/2025"));
        check(Extract.CLD, before, List.of(cld(null, CLIENT_TYPE, "Service User")));
    }

    @Test
    void clientLevelDataDerivedPeriod() {
        java.util.function.BiFunction<LocalDate, Integer, List<org.carereturns.ingest.Records.CldEvent>> requests =
                (first, months) -> {
                    List<org.carereturns.ingest.Records.CldEvent> out = new ArrayList<>();
                    for (int i = 0; i < 120; i++) {
                        LocalDate end = first.plusMonths(i % months);
                        out.add(new org.carereturns.ingest.Records.CldEvent("887", P.start(), P.end(), null, "P" + i,
                                null, null, null, null, "Service user", null, null, null, null, "Request", null, end,
                                end, null, null, null, null, null, null, null, List.of(), ""));
                    }
                    return out;
                };
        var whole = CldRules.DerivedPeriod.of(requests.apply(LocalDate.of(2024, 4, 10), 12));
        assertThat(whole.covers(P.start(), P.end())).as(whole.toString()).isTrue();
        var summer = CldRules.DerivedPeriod.of(requests.apply(LocalDate.of(2024, 6, 10), 3));
        assertThat(summer.toString()).isEqualTo("2024-06 to 2024-08");
        assertThat(summer.covers(P.start(), P.end())).isFalse();
        // fewer than 100 events: the stated period
        assertThat(CldRules.DerivedPeriod.of(requests.apply(LocalDate.of(2024, 6, 10), 3).subList(0, 99))
                .covers(P.start(), P.end())).isTrue();
        tested.add("CLD-F03");
    }

    private static Object[] concat(Object[] first, Object... more) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void clientLevelDataAcrossRows() throws Exception {
        List<String> columns = Schema.columns(Extract.CLD).stream().map(Column::name).toList();
        Map<String, Object> base = v(LA_CODE, "887", RP_START, "01/04/2024", RP_END, "31/03/2025", GENDER, "Female",
                ETHNICITY, "White: Irish", DOB, "15/01/1950", CLIENT_TYPE, "Service user", POSTCODE, "ME4 4TR",
                ACCOMMODATION, "Owner occupier or shared ownership scheme", UNPAID_CARER, "No", EVENT_TYPE, "Review",
                EVENT_START, "01/06/2024", EVENT_END, "01/06/2024", EVENT_OUTCOME, "NFA: Other", PSR,
                "Mental health support", FUNDING, "Fully social care funded", REVIEW_REASON, "Planned",
                REVIEW_OUTCOMES, "Fully achieved", REVIEW_METHOD, "Service user only");
        List<Map<String, Object>> rows = List.of(
                v(LA_PERSON_ID, "A", NHS_NUMBER, "9000000001", EVENT_REF, "E1"),
                v(LA_PERSON_ID, "B", NHS_NUMBER, "9000000002", EVENT_REF, "E1", EVENT_START, "02/06/2024",
                        EVENT_END, "02/06/2024"),                                                   // X01 breaks
                v(LA_PERSON_ID, "C", NHS_NUMBER, "9000000003", EVENT_REF, "E3", CLIENT_TYPE, "Unpaid carer",
                        FUNDING, null, LINKED_1, "A"),                                              // X02 passes
                v(LA_PERSON_ID, "D", NHS_NUMBER, "9000000004", EVENT_REF, "E4", CLIENT_TYPE, "Unpaid carer",
                        FUNDING, null, LINKED_1, "Z"),                                              // X02 breaks
                v(LA_PERSON_ID, "A", NHS_NUMBER, "9000000001", EVENT_REF, "E5", EVENT_OUTCOME,
                        "NFA: Support declined"),                                                   // X03 breaks
                v(LA_PERSON_ID, "F", NHS_NUMBER, "9000000006", EVENT_REF, "E6"),
                v(LA_PERSON_ID, "F", NHS_NUMBER, "9000000006", EVENT_REF, "E7", EVENT_TYPE, "Request",
                        EVENT_START, "25/05/2024", CLD_ROUTE, "Prison", REVIEW_REASON, null, REVIEW_OUTCOMES, null,
                        REVIEW_METHOD, null, FUNDING, null, PSR, "Learning disability support"),    // X04 breaks
                v(LA_PERSON_ID, "G", NHS_NUMBER, "9000000007", EVENT_REF, "E8"),
                v(LA_PERSON_ID, "G", NHS_NUMBER, "9000000007", EVENT_REF, "E9", EVENT_TYPE, "Request",
                        EVENT_START, "25/05/2024", CLD_ROUTE, "Prison", REVIEW_REASON, null, REVIEW_OUTCOMES, null,
                        REVIEW_METHOD, null, FUNDING, null, PSR, null));                            // X04 passes
        TestFiles.Workbook wb = TestFiles.workbook("CLD").row(columns.toArray());
        for (Map<String, Object> r : rows) {
            Map<String, Object> row = new LinkedHashMap<>(base);
            row.putAll(r);
            wb.row(columns.stream().map(row::get).toArray());
        }
        wb.save(dir.resolve("cld-across/cld.xlsx"));
        Pipeline.Result result = Pipeline.run(dir.resolve("cld-across"), P);
        assertThat(result.rules(2)).isEmpty();
        assertThat(result.rules(3)).containsExactly("CLD-X01");
        assertThat(result.rules(4)).isEmpty();
        assertThat(result.rules(5)).containsExactly("CLD-X02");
        assertThat(result.rules(6)).containsExactly("CLD-X03");
        assertThat(result.rules(7)).isEmpty();
        assertThat(result.rules(8)).containsExactly("CLD-X04");
        assertThat(result.rules(9)).isEmpty();
        assertThat(result.rules(10)).isEmpty();
        for (int row : List.of(3, 5, 6, 8)) {
            assertThat(result.row(row).rejected()).as("a warning keeps row %d", row).isFalse();
        }
        tested.addAll(List.of("CLD-X01", "CLD-X02", "CLD-X03", "CLD-X04"));
    }

    @Test
    void clientLevelDataFiles() throws Exception {
        List<String> columns = Schema.columns(Extract.CLD).stream().map(Column::name).toList();
        Object[] row = columns.stream().map(c -> switch (c) {
            case LA_CODE -> "887";
            case RP_START -> "01/04/2024";
            case RP_END -> "31/03/2025";
            default -> null;
        }).toArray();
        // CLD-F01: one column short
        TestFiles.workbook("CLD").row(columns.subList(0, columns.size() - 1).toArray()).row(row)
                .save(dir.resolve("f01/cld.xlsx"));
        assertThat(new org.carereturns.ingest.InputLocator(org.carereturns.ingest.Mapping.none())
                .plan(dir.resolve("f01")).refused()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("CLD-F01", "Planned units per week"));
        // CLD-F02: a second row stating another period; and a first row's period not to a quarter end
        Object[] other = row.clone();
        other[columns.indexOf(RP_END)] = "30/04/2025";
        TestFiles.workbook("CLD").row(columns.toArray()).row(row).row(other).save(dir.resolve("f02/cld.xlsx"));
        assertThat(new org.carereturns.ingest.InputLocator(org.carereturns.ingest.Mapping.none())
                .plan(dir.resolve("f02")).refused()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("CLD-F02", "row 3"));
        Object[] month = row.clone();
        month[columns.indexOf(RP_START)] = "01/05/2024";
        month[columns.indexOf(RP_END)] = "30/04/2025";
        TestFiles.workbook("CLD").row(columns.toArray()).row(month).save(dir.resolve("f02b/cld.xlsx"));
        assertThat(new org.carereturns.ingest.InputLocator(org.carereturns.ingest.Mapping.none())
                .plan(dir.resolve("f02b")).refused()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("CLD-F02", "quarter"));
        // passing: the whole header and one period
        TestFiles.workbook("CLD").row(columns.toArray()).row(row).row(row).save(dir.resolve("ok/cld.xlsx"));
        assertThat(new org.carereturns.ingest.InputLocator(org.carereturns.ingest.Mapping.none())
                .plan(dir.resolve("ok")).refused()).isEmpty();
        tested.addAll(List.of("CLD-F01", "CLD-F02"));
    }

    @Test
    void stMaxOutcomesMustSuitTheClient() throws Exception {
        // SVC-13 needs the person's long-term support, so it runs once every service row is read.
        List<String> columns = Schema.columns(Extract.SERVICES).stream().map(Column::name).toList();
        Map<String, Object> base = v(DOB, BORN, PSR, "Mental Health Support", SERVICE_TYPE, "ST-Max",
                START_DATE, LocalDate.of(2024, 6, 1), END_DATE, LocalDate.of(2024, 6, 20));
        List<Map<String, Object>> rows = List.of(
                v(SERVICE_ID, "L1", PERSON_ID, "EXISTING", SERVICE_TYPE, "Long Term Support: Residential Care",
                        START_DATE, LocalDate.of(2023, 1, 1), END_DATE, null),
                v(SERVICE_ID, "T1", PERSON_ID, "EXISTING", ST_MAX_OUTCOME, "Support declined"),        // breaks
                v(SERVICE_ID, "T2", PERSON_ID, "EXISTING", ST_MAX_OUTCOME, "Move to Community"),       // passes
                v(SERVICE_ID, "T3", PERSON_ID, "NEW", ST_MAX_OUTCOME, "Long Term Support decreased"),  // breaks
                v(SERVICE_ID, "T4", PERSON_ID, "NEW", ST_MAX_OUTCOME, "Early cessation: other reason"), // passes
                v(SERVICE_ID, "T5", PERSON_ID, "NEW", ST_MAX_OUTCOME, "Move to Community",             // passes: ends
                        END_DATE, LocalDate.of(2025, 4, 2)));                                           // after the period
        TestFiles.Workbook wb = TestFiles.workbook("Data").row(columns.toArray());
        for (Map<String, Object> r : rows) {
            Map<String, Object> row = new LinkedHashMap<>(base);
            row.putAll(r);
            wb.row(columns.stream().map(row::get).toArray());
        }
        Path in = dir.resolve("stmax");
        wb.save(in.resolve("services.xlsx"));
        // checked across rows once every service is read: T1 and T3 break it, every other row passes
        List<Checked<?>> checked = Pipeline.run(in, P).rows();
        assertThat(checked.stream().filter(c -> !c.findings().isEmpty()).map(c -> c.recordId()))
                .containsExactly("T1", "T3");
        for (Checked<?> c : checked.stream().filter(c -> !c.findings().isEmpty()).toList()) {
            assertThat(c.findings()).extracting(f -> f.rule().id()).containsExactly("SVC-13");
            assertThat(c.rejected()).isTrue();
        }
        assertThat(checked.stream().filter(c -> c.recordId().equals("T1")).findFirst().orElseThrow().findings()
                .get(0).message()).isEqualTo("ST-Max Outcome 'Support declined' is for new clients,"
                + " but on the ST-Max Start Date 2024-06-01 this person had long-term support: Long Term Support: "
                + "Residential Care (Service ID L1, from 2023-01-01, open).");
        tested.add("SVC-13");
    }

    @Test
    void everyRuleOnTheRulesSheetHasItsTest() throws Exception {
        stMaxOutcomesMustSuitTheClient();
        contactsAndPersonRules();
        services();
        reviews();
        safeguarding();
        careLeaversDfeRules();
        ssda903HeaderAndEpisodes();
        ssda903WholeReturnRules();
        population();
        clientLevelData();
        clientLevelDataAcrossRows();
        clientLevelDataFiles();
        clientLevelDataDerivedPeriod();
        Set<String> all = new TreeSet<>();
        RuleCatalog.all().forEach(r -> all.add(r.id()));
        assertThat(tested).containsExactlyInAnyOrderElementsOf(all);
    }
}
