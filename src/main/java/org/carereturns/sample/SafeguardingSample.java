package org.carereturns.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.carereturns.codes.Codes;
import org.carereturns.ingest.Extract;
import org.carereturns.sample.Council.Person;

import static org.carereturns.ingest.Schema.*;

/** The safeguarding extract: concerns, the enquiries that follow some, and their conclusions. */
final class SafeguardingSample extends SampleExtract {

    SafeguardingSample(SampleExtract shared) {
        super(shared);
    }

    void write(Path dir, Random r) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = count(3300, 60);
        List<Person> repeat = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Person p = !repeat.isEmpty() && council.chance(0.15) ? repeat.get(rnd.nextInt(repeat.size()))
                    : council.chance(0.3) && !council.ltsPeople.isEmpty()
                    ? council.ltsPeople.get(rnd.nextInt(council.ltsPeople.size())) : council.adult();
            repeat.add(p);
            LocalDate concern = council.chance(0.03) ? o.period().start().minusDays(1 + rnd.nextInt(20))
                    : council.dayInPeriod();
            Map<String, Object> row = new SampleRow();
            row.put(CONCERN_ID, "SG" + (300_000 + i));
            person(row, p);
            row.put(PSR, council.chance(0.15) ? "" : council.chance(0.1) ? "No Support Reason" : p.psr);
            row.put(CONCERN_DATE, concern);
            for (String c : List.of(ENQUIRY_TYPE, RISK_TYPE, RISK_LOCATION, RISK_SOURCE, ACTION, RISK_RESULT, CAPACITY,
                    ADVOCATE, MSP_ASKED, MSP_ACHIEVED)) {
                row.put(c, "");
            }
            row.put(ENQUIRY_START, null);
            row.put(ENQUIRY_END, null);
            if (council.chance(0.26)) {
                boolean s42 = council.chance(0.85);
                row.put(ENQUIRY_TYPE, s42 ? council.pick("Section 42", 80, "S42", 20) : council.pick("Other", 70,
                        "Other enquiry", 30));
                LocalDate start = concern.plusDays(rnd.nextInt(15));
                row.put(ENQUIRY_START, start);
                if (council.chance(0.85)) {
                    row.put(ENQUIRY_END, start.plusDays(5 + rnd.nextInt(90)));
                    if (s42) {
                        concludedDetails(row);
                    }
                }
            }
            rows.add(row);
        }
        rows.sort((a, b) -> ((LocalDate) a.get(CONCERN_DATE)).compareTo((LocalDate) b.get(CONCERN_DATE)));
        List<String> cols = List.of(CONCERN_ID, PERSON_ID, NHS_NUMBER, DOB, GENDER, ETHNICITY, PSR, CONCERN_DATE,
                ENQUIRY_TYPE, ENQUIRY_START, ENQUIRY_END, RISK_TYPE, RISK_LOCATION, RISK_SOURCE, ACTION, RISK_RESULT,
                CAPACITY, ADVOCATE, MSP_ASKED, MSP_ACHIEVED);
        writer(Extract.SAFEGUARDING, "safeguarding.xlsx", "Concerns", cols, r)
                .notes("Safeguarding adults: concerns and enquiries", "Source: case management system export")
                .write(dir, rows, List.of(
                        row -> set(row, CONCERN_ID, "", "SG-01", "Concern ID left blank"),
                                row -> set(row, CONCERN_DATE, "2024/13/45", "SG-03", "impossible Concern Date"),
                        row -> row.get(CONCERN_DATE) instanceof LocalDate d
                                ? set(row, DOB, d.minusYears(16).minusDays(30), "SG-04", "a 16-year-old") : null,
                        row -> row.get(ENQUIRY_START) != null
                                ? set(row, ENQUIRY_TYPE, "Informal", "SG-05", "enquiry type not on the list") : null,
                        row -> row.get(ENQUIRY_START) != null && row.get(CONCERN_DATE) instanceof LocalDate d
                                ? set(row, ENQUIRY_START, d.minusDays(4), "SG-06", "enquiry before the concern") : null,
                        row -> row.get(ENQUIRY_END) != null && row.get(ENQUIRY_START) instanceof LocalDate s
                                ? set(row, ENQUIRY_END, s.minusDays(2), "SG-07", "enquiry ends before it starts") : null,
                        row -> concludedS42(row) ? set(row, RISK_TYPE, "Cyber Abuse", "SG-08", "risk type not on the list") : null,
                        row -> concludedS42(row) ? set(row, RISK_LOCATION, "", "SG-09", "location blank") : null,
                        row -> concludedS42(row) ? set(row, RISK_SOURCE, "", "SG-10", "source blank") : null,
                        row -> concludedS42(row) && !Codes.RISK_IDENTIFIED_ACTION.equals(row.get(ACTION))
                                ? set(row, ACTION, "", "SG-11", "action blank") : null,
                        row -> concludedS42(row) ? both(row, ACTION, Codes.RISK_IDENTIFIED_ACTION, RISK_RESULT, "",
                                "SG-12", "risk identified and action taken with no result") : null,
                        row -> set(row, CAPACITY, "Maybe", "SG-13", "capacity not on the list"),
                        row -> both(row, MSP_ASKED, "No", MSP_ACHIEVED, "Fully achieved", "SG-16",
                                "outcomes achieved when not asked")));
    }

    private static boolean concludedS42(Map<String, Object> row) {
        return row.get(ENQUIRY_END) != null && String.valueOf(row.get(ENQUIRY_TYPE)).startsWith("S");
    }

    private void concludedDetails(Map<String, Object> row) {
        String risk = council.pick("Neglect and Acts of Omission", 30, "Physical Abuse", 18, "Financial or Material Abuse", 15,
                "Psychological Abuse", 12, "Self-Neglect", 8, "Domestic Abuse", 7, "Organisational Abuse", 4,
                "Sexual Abuse", 3, "Discriminatory Abuse", 1, "Sexual Exploitation", 1, "Modern Slavery", 1);
        if (council.chance(0.2)) {
            String second = council.pick("Psychological Abuse", 50, "Financial or Material Abuse", 30, "Physical Abuse", 20);
            if (!second.equals(risk)) {
                risk = risk + "; " + second;
            }
        }
        row.put(RISK_TYPE, risk);
        row.put(RISK_LOCATION, council.pick("Own Home", 45, "Care Home - Residential", 20, "Care Home - Nursing", 10,
                "In the Community (excluding community services)", 8, "In a Community Service", 5, "Hospital - Acute", 5,
                "Hospital - Mental Health", 2, "Hospital - Community", 1, "Other", 4));
        String source = council.pick("Other - Known to Individual", 55, "Service Provider", 35,
                "Other - Unknown to Individual", 10);
        if (council.chance(0.08)) {
            source = source.equals("Service Provider") ? source + ", Other - Known to Individual"
                    : source + ", Service Provider";
        }
        row.put(RISK_SOURCE, source);
        String action = council.pick(Codes.ACTIONS.get(0), 65, Codes.ACTIONS.get(1), 5, Codes.ACTIONS.get(2), 8,
                Codes.ACTIONS.get(3), 4, Codes.ACTIONS.get(4), 5, Codes.ACTIONS.get(5), 8, Codes.ACTIONS.get(6), 5);
        row.put(ACTION, action);
        if (Codes.RISK_IDENTIFIED_ACTION.equals(action)) {
            row.put(RISK_RESULT, council.pick("Risk reduced", 60, "Risk removed", 25, "Risk remained", 15));
        }
        String capacity = council.pick("Yes", 25, "No", 50, "Don't know", 5, "", 20);
        row.put(CAPACITY, capacity);
        if ("Yes".equals(capacity)) {
            row.put(ADVOCATE, council.pick("Yes", 86, "No", 14));
        }
        String msp = council.pick(Codes.MSP_EXPRESSED, 45, Codes.MSP.get(1), 10, "No", 8, "Don't know", 2, "", 35);
        row.put(MSP_ASKED, msp);
        if (Codes.MSP_EXPRESSED.equals(msp)) {
            row.put(MSP_ACHIEVED, council.pick("Fully achieved", 65, "Partially achieved", 28, "Not achieved", 7));
        }
    }
}
