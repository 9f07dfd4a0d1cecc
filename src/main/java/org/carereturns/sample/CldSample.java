package org.carereturns.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.codes.CldCodes;
import org.carereturns.codes.CldList;
import org.carereturns.codes.Codes;
import org.carereturns.ingest.Extract;
import org.carereturns.validation.PersonRules;

import static org.carereturns.ingest.Schema.*;

/**
 * The council's Client Level Data file for the year (docs/cld.md), written from the same people and
 * events as the raw extracts: a request per contact, a service per service row, a review per review,
 * leaving out the rows given a defect (which the raw extracts reject), so that the reconciliation of the
 * two on a generated council shows the methods' differences only. Release 2 wording, dd/mm/yyyy dates,
 * blanks as empty cells.
 */
final class CldSample extends SampleExtract {

    static final String LA_CODE_SAMPLE = "887";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<Map<String, Object>> services = new ArrayList<>();
    private final List<Map<String, Object>> requests = new ArrayList<>();
    private final List<Map<String, Object>> reviews = new ArrayList<>();

    CldSample(SampleExtract shared) {
        super(shared);
    }

    void services(List<Map<String, Object>> rows) {
        services.addAll(rows);
    }

    void requests(List<Map<String, Object>> rows) {
        requests.addAll(rows);
    }

    void reviews(List<Map<String, Object>> rows) {
        reviews.addAll(rows);
    }

    void write(Path dir) throws IOException {
        LocalDate start = o.period().start();
        LocalDate end = o.period().end();
        // a person's details as the services hold them: one value on every row, as a case system's export has
        Map<String, Map<String, Object>> person = new HashMap<>();
        List<Map<String, Object>> everyRow = new ArrayList<>(services);
        everyRow.addAll(requests);
        everyRow.addAll(reviews);
        for (Map<String, Object> s : everyRow) {
            Map<String, Object> p = person.computeIfAbsent(id(s), k -> new HashMap<>());
            for (String c : List.of(NHS_NUMBER, PSR, DOD, ACCOMMODATION, EMPLOYMENT, UNPAID_CARER)) {
                Object v = s.get(c);
                if (v != null && !"".equals(v) && (!c.equals(NHS_NUMBER) || PersonRules.validNhsNumber(v.toString().replace(" ", "")))) {
                    p.put(c, v);
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> s : services) {
            LocalDate from = (LocalDate) s.get(START_DATE);
            LocalDate to = (LocalDate) s.get(END_DATE);
            LocalDate died = s.get(DOD) instanceof LocalDate d ? d : null;
            if (from.isAfter(end) || to != null && to.isBefore(start) || died != null && from.isAfter(died)) {
                continue;
            }
            if (died != null && (to == null || to.isAfter(died))) {
                to = died; // a case system ends a service on the day its client dies
            }
            Map<String, String> e = new HashMap<>();
            e.put(EVENT_TYPE, CldCodes.SERVICE);
            e.put(EVENT_REF, String.valueOf(s.get(SERVICE_ID)));
            e.put(EVENT_START, dmy(from));
            e.put(EVENT_END, dmy(to));
            String type = r2(CldCodes.SERVICE_TYPE, s.get(SERVICE_TYPE));
            e.put(SERVICE_TYPE, type);
            String delivery = r2(CldCodes.DELIVERY, s.get(DELIVERY));
            e.put(DELIVERY, delivery);
            e.put(COMPONENT, component(type, delivery));
            e.put(EVENT_OUTCOME, stMaxOutcome(String.valueOf(s.get(ST_MAX_OUTCOME)), to));
            e.put(FUNDING, "Fully social care funded");
            if (type.startsWith("Long term") || type.startsWith("Unpaid carer support")) {
                e.put(UNIT_COST, "180.00");
                e.put(COST_FREQUENCY, "Weekly");
                e.put(PLANNED_UNITS, "1.00");
            }
            rows.add(row(s, person, e));
        }
        for (Map<String, Object> c : requests) {
            LocalDate done = c.get(OUTCOME_DATE) instanceof LocalDate d ? d : null;
            LocalDate died = person.getOrDefault(id(c), Map.of()).get(DOD) instanceof LocalDate d ? d : null;
            if (done == null || done.isBefore(start) || done.isAfter(end)
                    || died != null && ((LocalDate) c.get(CONTACT_DATE)).isAfter(died)) {
                continue;
            }
            Map<String, String> e = new HashMap<>();
            e.put(EVENT_TYPE, CldCodes.REQUEST);
            e.put(EVENT_REF, String.valueOf(c.get(CONTACT_ID)));
            e.put(EVENT_START, dmy((LocalDate) c.get(CONTACT_DATE)));
            e.put(EVENT_END, dmy(done));
            e.put(CLD_ROUTE, r2(CldCodes.ROUTE, c.get(ROUTE)));
            e.put(EVENT_OUTCOME, requestOutcome(String.valueOf(c.get(OUTCOME))));
            rows.add(row(c, person, e));
        }
        for (Map<String, Object> r : reviews) {
            LocalDate date = (LocalDate) r.get(REVIEW_DATE);
            LocalDate died = person.getOrDefault(id(r), Map.of()).get(DOD) instanceof LocalDate d ? d : null;
            if (date.isBefore(start) || date.isAfter(end) || died != null && date.isAfter(died)) {
                continue;
            }
            Map<String, String> e = new HashMap<>();
            e.put(EVENT_TYPE, CldCodes.REVIEW);
            e.put(EVENT_REF, String.valueOf(r.get(REVIEW_ID)));
            e.put(EVENT_START, dmy(date));
            e.put(EVENT_END, dmy(date));
            boolean planned = "Planned".equals(r.get(REVIEW_TYPE));
            e.put(REVIEW_REASON, planned ? "Planned" : reviewReason(String.valueOf(r.get(REVIEW_REASON))));
            e.put(REVIEW_OUTCOMES, planned ? "Fully achieved" : "");
            e.put(REVIEW_METHOD, "Service user only");
            e.put(EVENT_OUTCOME, reviewOutcome(String.valueOf(r.get(REVIEW_OUTCOME))));
            e.put(FUNDING, "Fully social care funded");
            rows.add(row(r, person, e));
        }
        try (SampleSheet sheet = new SampleSheet(dir.resolve("cld-" + o.period() + "-q4.csv"), "", List.of(),
                CLD_COLUMNS, false, List.of())) {
            for (List<String> row : rows) {
                sheet.write(new ArrayList<>(row));
            }
        }
        rowsWritten.merge(Extract.CLD.label(), rows.size(), Integer::sum);
    }

    private static String id(Map<String, Object> row) {
        return String.valueOf(row.get(PERSON_ID));
    }

    /** One CLD row: the submission, the person (from their services where the row lacks it) and the event. */
    private List<String> row(Map<String, Object> raw, Map<String, Map<String, Object>> people, Map<String, String> event) {
        Map<String, Object> p = people.computeIfAbsent(id(raw), k -> new HashMap<>());
        Map<String, String> v = new HashMap<>(event);
        v.put(LA_CODE, LA_CODE_SAMPLE);
        v.put(RP_START, dmy(o.period().start()));
        v.put(RP_END, dmy(o.period().end()));
        // the person's NHS number as every row of theirs holds it (a row whose number was mistyped, PER-04, too)
        Object nhs = p.get(NHS_NUMBER);
        if (nhs == null) { // a person whose every row lacked it: DHSC traces one; so does the case system
            nhs = p.computeIfAbsent(NHS_NUMBER, k -> council.nhsNumber());
        }
        v.put(NHS_NUMBER, nhs.toString());
        v.put(LA_PERSON_ID, id(raw));
        v.put(GENDER, gender(String.valueOf(raw.get(GENDER))));
        v.put(ETHNICITY, ethnicity(String.valueOf(raw.get(ETHNICITY))));
        v.put(DOB, dmy((LocalDate) raw.get(DOB)));
        Object dod = raw.get(DOD) instanceof LocalDate d ? d : p.get(DOD);
        v.put(DOD, dod instanceof LocalDate d ? dmy(d) : "");
        String clientType = String.valueOf(raw.get(CLIENT_TYPE));
        v.put(CLIENT_TYPE, clientType.equalsIgnoreCase("Carer") ? CldCodes.UNPAID_CARER : CldCodes.SERVICE_USER);
        Object psr = raw.get(PSR) != null && !"".equals(raw.get(PSR)) ? raw.get(PSR) : p.get(PSR);
        String cldPsr = r2(CldCodes.PSR, psr);
        v.put(PSR, cldPsr.isEmpty() && !CldCodes.REQUEST.equals(event.get(EVENT_TYPE)) ? CldCodes.PSR_UNKNOWN : cldPsr);
        v.put(POSTCODE, "ME4 4TR");
        String accommodation = r2(CldCodes.ACCOMMODATION, p.get(ACCOMMODATION));
        v.put(ACCOMMODATION, accommodation.isEmpty() ? "Unknown" : accommodation);
        String employment = r2(CldCodes.EMPLOYMENT, p.get(EMPLOYMENT));
        boolean ldWorkingAge = CldCodes.PSR_LD.equals(v.get(PSR)) && raw.get(DOB) instanceof LocalDate dob
                && java.time.Period.between(dob, o.period().end()).getYears() <= 64;
        v.put(EMPLOYMENT, employment.isEmpty() && ldWorkingAge ? "Unknown" : employment);
        Object carer = p.get(UNPAID_CARER);
        v.put(UNPAID_CARER, carer == null || "Not known".equals(carer) ? "Unknown" : carer.toString());
        if (CldCodes.UNPAID_CARER.equals(v.get(CLIENT_TYPE))) {
            v.remove(FUNDING);
        }
        List<String> out = new ArrayList<>();
        for (String c : CLD_COLUMNS) {
            out.add(v.getOrDefault(c, ""));
        }
        return out;
    }

    private static String dmy(LocalDate d) {
        return d == null ? "" : d.format(DMY);
    }

    /** The Release 2 wording of a raw extract's value (its SALT wording is CLD's Release 1), or "". */
    private static String r2(CldList list, Object raw) {
        if (raw == null || "".equals(raw)) {
            return "";
        }
        CldList.Match m = list.match(raw.toString());
        return m == null ? "" : m.value();
    }

    private static String gender(String raw) {
        return switch (raw) {
            case "Male", "Female", "Other" -> raw;
            default -> "Unknown";
        };
    }

    private static String ethnicity(String raw) {
        CldList.Match m = CldCodes.ETHNICITY.match(raw);
        if (m != null) {
            return m.value();
        }
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("white")) {
            return "White: English, Welsh, Scottish, Northern Irish or British";
        }
        if (lower.startsWith("asian")) {
            return "Asian or Asian British: Any other Asian background";
        }
        if (lower.startsWith("black")) {
            return "Black, Black British, Caribbean or African: Any other Black, Black British, or Caribbean background";
        }
        if (lower.startsWith("mixed")) {
            return "Mixed or multiple ethnic groups: Any other Mixed or multiple ethnic background";
        }
        if (lower.startsWith("other")) {
            return "Other ethnic group: Any other ethnic group";
        }
        return lower.startsWith("refused") ? "No data: Refused" : "No data: Undeclared or not known";
    }

    private static String component(String type, String delivery) {
        return switch (type) {
            case CldCodes.LTS_NURSING -> "Long term nursing care";
            case CldCodes.LTS_RESIDENTIAL -> "Long term residential care";
            case CldCodes.LTS_COMMUNITY -> CldCodes.DP.equals(delivery) ? CldCodes.C_DP : CldCodes.C_HOME_SUPPORT;
            case CldCodes.LTS_PRISON -> "Other long term support";
            case CldCodes.ST_MAX -> CldCodes.C_REABLEMENT;
            case CldCodes.CARER_DIRECT, CldCodes.CARER_INVOLVING -> "Other unpaid carer support";
            default -> "Other short term support";
        };
    }

    /**
     * An ST-Max's outcome in CLD's words. What it led to is a service of its own (SampleGenerator's follow-on),
     * so an outcome naming support becomes 'Progress to support planning or services'; SALT's early-cessation
     * outcomes become the CLD outcomes DHSC also leaves out of 2A.
     */
    static String stMaxOutcome(String raw, LocalDate end) {
        if (end == null) {
            return CldCodes.O_CONTINUATION; // an open service's outcome: its support goes on
        }
        return switch (raw) {
            case "Universal Services/Signposted" -> CldCodes.O_SIGNPOSTING;
            case "No identified needs" -> CldCodes.O_ENDED_PLANNED;
            case "Self-funding" -> CldCodes.O_SELF_FUNDED;
            case "Support declined" -> CldCodes.O_DECLINED;
            case "Early cessation: NHS funded care, end of life or deceased" -> CldCodes.O_NHS;
            case "Early cessation: other reason" -> CldCodes.O_HOSPITAL;
            case "" -> CldCodes.O_ENDED_PLANNED;
            case "No change in Long Term Support", "Long Term Support increased", "Long Term Support decreased",
                 "Move to Residential Care", "Move to Nursing Care", "Move to Community" -> CldCodes.O_CONTINUATION;
            case "All Long Term Support ended" -> CldCodes.O_ENDED_PLANNED;
            default -> CldCodes.O_SUPPORT_PLANNING;
        };
    }

    static String requestOutcome(String sts001) {
        int i = Codes.STS001_SEQUELS.indexOf(sts001);
        return switch (i) {
            case 0 -> CldCodes.O_REABLEMENT;
            case 5 -> CldCodes.O_NHS;
            case 6 -> CldCodes.O_R1_NOT_MAPPED;
            case 9 -> CldCodes.O_SIGNPOSTING;
            case 10 -> CldCodes.O_DECEASED;
            case 11 -> CldCodes.O_NO_SERVICES;
            default -> CldCodes.O_SUPPORT_PLANNING;
        };
    }

    private static String reviewReason(String raw) {
        return switch (raw) {
            case "Hospital" -> "Unplanned - Hospital (Planned and unplanned episodes)";
            case "Carer related" -> "Unplanned - Carer related";
            case "Safeguarding concern" -> "Unplanned - Safeguarding concern";
            case "Provider failure" -> "Unplanned - Provider Failure";
            default -> "Unplanned - Other Reason";
        };
    }

    private static String reviewOutcome(String raw) {
        int i = Codes.REVIEW_SEQUELS.indexOf(raw);
        return switch (i) {
            case 0, 1 -> CldCodes.O_SUPPORT_PLANNING;
            case 2 -> CldCodes.O_REABLEMENT;
            case 7 -> CldCodes.O_ENDED_PLANNED;
            default -> CldCodes.O_CONTINUATION;
        };
    }
}
