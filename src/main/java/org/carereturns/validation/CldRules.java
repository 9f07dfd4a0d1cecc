package org.carereturns.validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.carereturns.codes.CldCodes;
import org.carereturns.codes.CldList;
import org.carereturns.ingest.Cell;
import org.carereturns.ingest.Records.CldEvent;
import org.carereturns.ingest.Values;

import static org.carereturns.ingest.Schema.*;

/**
 * cld: the council's Client Level Data file, one row per event (docs/cld.md). The rules are those of
 * cld-background §2.2 with their IDs. DHSC keeps rows with blank or Release 1 values and counts them
 * in its data-quality report, so those are warnings; a row is rejected only when it cannot be placed
 * at all (no person, a date or number that is not one, an end before the start, a value on neither
 * release's list). CLD-F01 and CLD-F02 are checked when the file is opened (ingest.CldFileCheck) and
 * refuse the whole file; the rules that compare rows are in {@link CldSetRules}.
 */
public final class CldRules extends ExtractRules<CldEvent> {

    static final String X = "cld";
    static final RuleSet RULES = new RuleSet(X);
    public static final Rule F01 = RULES.error("CLD-F01", X, "(header)",
            "The header row holds every column of the CLD specification, named as the specification names it "
                    + "(with spaces); a file missing one is refused. Checked when the file is opened.");
    public static final Rule F02 = RULES.error("CLD-F02", X, RP_END,
            "LA Code, Reporting Period Start Date and Reporting Period End Date are given, the same, on every row, "
                    + "and the period is 12 months ending at a quarter end; a file that breaks this is refused. "
                    + "Checked when the file is opened.");
    public static final Rule F03 = RULES.warning("CLD-F03", X, EVENT_END,
            "The period the events' end dates cover (DHSC's derived reporting period) covers the stated period; "
                    + "the Files sheet of CLD.xlsx shows both for every file.");
    public static final Rule R01 = RULES.warning("CLD-R01", X, "(mandatory fields)",
            "A field the specification makes mandatory for this kind of row is given; DHSC counts a blank as "
                    + "'Failed: Blank (Mandatory)' and the row stays in.");
    public static final Rule R02 = RULES.error("CLD-R02", X, "(coded fields)",
            "A coded field holds a value of the specification's list, in Release 2 or Release 1 wording (case "
                    + "does not matter).");
    public static final Rule R03 = RULES.error("CLD-R03", X, "(dates and numbers)",
            "Dates are real dates (dd/mm/yyyy); Unit Cost, Planned units per week and No. of adults being cared "
                    + "for are numbers.");
    public static final Rule R04 = RULES.error("CLD-R04", X, EVENT_END,
            "Event End Date is not before Event Start Date (DHSC leaves such rows out of every measure).");
    public static final Rule R05 = RULES.warning("CLD-R05", X, EVENT_END,
            "A request, assessment or review has an Event End Date within the file's reporting period; one "
                    + "that does not is excluded.");
    public static final Rule R06 = RULES.warning("CLD-R06", X, EVENT_START,
            "A service starts on or before the end of the file's reporting period and has not ended before its "
                    + "start; one that is outside it is excluded.");
    public static final Rule R07 = RULES.error("CLD-R07", X, LA_PERSON_ID,
            "NHS Number or LA Person Unique Identifier is given (DHSC drops a row with neither).");
    public static final Rule R08 = RULES.warning("CLD-R08", X, DOD,
            "No event starts after the person's Date of Death (such a row is excluded, as DHSC drops it); an open "
                    + "service of a person who has died is ended on the Date of Death.");
    public static final Rule R09 = RULES.warning("CLD-R09", X, "(any field)",
            "No field holds the text 'NULL'; it is read as blank.");
    public static final Rule R10 = RULES.warning("CLD-R10", X, EMPLOYMENT,
            "Employment Status is given for service users aged 18 to 64 with Learning disability support.");
    public static final Rule R11 = RULES.warning("CLD-R11", X, DELIVERY,
            "A Direct payment is not the delivery mechanism of Long term support: Prison.");
    public static final Rule R12 = RULES.warning("CLD-R12", X, "(coded fields)",
            "A file for a period ending on or after 30 September 2025 (submitted from October 2025, when Release 2 "
                    + "applies) uses Release 2 wording; a Release 1 value is read, and counted as 'Failed: Release 1'.");
    public static final Rule X01 = RULES.warning("CLD-X01", X, EVENT_REF,
            "An Event Reference is used by one event of a file (the same event keeps it in every quarter's file).");
    public static final Rule X02 = RULES.warning("CLD-X02", X, LINKED_1,
            "An Adult 1, 2 or 3 Linked Person_ID of an unpaid carer is the LA Person Unique Identifier of a service "
                    + "user in the same file.");
    public static final Rule X03 = RULES.warning("CLD-X03", X, EVENT_OUTCOME,
            "Rows of one event (DHSC's unique-event key: person, start, client type, event type and its kind) "
                    + "agree on Event Outcome and Event End Date; otherwise DHSC keeps one of them.");
    public static final Rule X04 = RULES.warning("CLD-X04", X, "(person fields)",
            "A person's Gender, Date of Birth, Ethnicity, Primary Support Reason and Accommodation Status agree "
                    + "across their rows ending on the same day; otherwise DHSC sets the field to Unknown.");

    /**
     * DHSC's derived reporting period, version 1 (cld-background §2.3), CLD-F03's check: the months of the
     * file's event end dates that hold at least 2% of its events and all but one of its event types, from
     * the first such month to the last. A file of fewer than 100 events keeps its stated period; without
     * the import month (which a council cannot know), no month is cut for being after it.
     */
    public record DerivedPeriod(YearMonth from, YearMonth to) {

        public static DerivedPeriod of(java.util.Collection<CldEvent> file) {
            java.util.Map<YearMonth, Integer> counts = new java.util.TreeMap<>();
            java.util.Map<YearMonth, java.util.Set<String>> types = new java.util.HashMap<>();
            java.util.Set<String> allTypes = new java.util.HashSet<>();
            int events = 0;
            CldEvent any = null;
            for (CldEvent e : file) {
                any = e;
                if (e.end() == null || e.eventType() == null) {
                    continue;
                }
                YearMonth m = YearMonth.from(e.end());
                counts.merge(m, 1, Integer::sum);
                types.computeIfAbsent(m, k -> new java.util.HashSet<>()).add(e.eventType());
                allTypes.add(e.eventType());
                events++;
            }
            if (events < 100) {
                return any == null ? new DerivedPeriod(null, null)
                        : new DerivedPeriod(YearMonth.from(any.periodStart()), YearMonth.from(any.periodEnd()));
            }
            YearMonth from = null;
            YearMonth to = null;
            for (var m : counts.entrySet()) {
                if (m.getValue() >= 0.02 * events && types.get(m.getKey()).size() >= allTypes.size() - 1) {
                    from = from == null ? m.getKey() : from;
                    to = m.getKey();
                }
            }
            return new DerivedPeriod(from, to);
        }

        /** CLD-F03 passes: the derived period covers the stated one. */
        public boolean covers(LocalDate start, LocalDate end) {
            return from != null && !from.isAfter(YearMonth.from(start)) && !to.isBefore(YearMonth.from(end));
        }

        @Override
        public String toString() {
            return from == null ? "none" : from + " to " + to;
        }
    }

    /** Files whose period ends on or after this date are Release 2 submissions (DHSC maps R1 to R2 from Oct 2025). */
    public static final LocalDate RELEASE_2_FROM = LocalDate.of(2025, 9, 30);

    public CldRules() {
        super(RULES, R07, X01);
    }

    @Override
    public java.util.Map<String, org.carereturns.codes.CodeList> codeLists() {
        java.util.Map<String, org.carereturns.codes.CodeList> lists = new java.util.LinkedHashMap<>();
        for (var e : CODED.entrySet()) {
            lists.put(e.getKey(), org.carereturns.codes.CodeList.of(e.getValue().name(),
                    e.getValue().values().toArray(String[]::new)));
        }
        return lists;
    }

    /** The coded fields checked against a list, by column. */
    static final java.util.Map<String, CldList> CODED = new java.util.LinkedHashMap<>();
    static {
        CODED.put(GENDER, CldCodes.GENDER);
        CODED.put(ETHNICITY, CldCodes.ETHNICITY);
        CODED.put(CLIENT_TYPE, CldCodes.CLIENT_TYPE);
        CODED.put(PSR, CldCodes.PSR);
        CODED.put(ACCOMMODATION, CldCodes.ACCOMMODATION);
        CODED.put(EMPLOYMENT, CldCodes.EMPLOYMENT);
        CODED.put(UNPAID_CARER, CldCodes.YES_NO_UNKNOWN);
        CODED.put(FUNDING, CldCodes.FUNDING);
        CODED.put(EVENT_TYPE, CldCodes.EVENT_TYPE);
        CODED.put(EVENT_OUTCOME, CldCodes.OUTCOME);
        CODED.put(CLD_ROUTE, CldCodes.ROUTE);
        CODED.put(ASSESSMENT_TYPE, CldCodes.ASSESSMENT_TYPE);
        CODED.put(ASSESSMENT_METHOD, CldCodes.METHOD);
        CODED.put(SERVICE_TYPE, CldCodes.SERVICE_TYPE);
        CODED.put(COMPONENT, CldCodes.COMPONENT);
        CODED.put(DELIVERY, CldCodes.DELIVERY);
        CODED.put(REVIEW_REASON, CldCodes.REVIEW_REASON);
        CODED.put(REVIEW_METHOD, CldCodes.METHOD);
        CODED.put(COST_FREQUENCY, CldCodes.COST_FREQUENCY);
    }


    @Override
    protected String recordId(RowCheck row) {
        return row.text(EVENT_REF);
    }

    @Override
    protected String personId(RowCheck row) {
        return row.text(LA_PERSON_ID);
    }

    /** What two rows must not share: their Event Reference in the same file (CldSetRules checks it). */
    @Override
    public String duplicateKey(String recordId, java.util.Collection<String> rulesBroken) {
        return null;
    }

    @Override
    protected CldEvent read(RowCheck row) {
        return new RowReader(row).read();
    }

    @Override
    protected String exclusion(CldEvent e) {
        if (e.eventType() == null) {
            return "no Event Type: used by no measure";
        }
        if (CldCodes.CARER_BY_ASSOCIATION.equals(e.clientType())) {
            return "an unpaid carer known by association: a person record without events of its own";
        }
        if (e.dateOfDeath() != null && e.start() != null && e.start().isAfter(e.dateOfDeath())) {
            return "starts after the person's Date of Death (CLD-R08)";
        }
        if (!inPeriod(e)) {
            return CldCodes.SERVICE.equals(e.eventType()) ? "a service outside the file's reporting period (CLD-R06)"
                    : "not completed within the file's reporting period (CLD-R05)";
        }
        return null;
    }

    /** DHSC's filter of events in a file's period (cld-background §3.0; CLD-R05, CLD-R06). */
    static boolean inPeriod(CldEvent e) {
        if (e.start() == null || e.periodStart() == null || e.periodEnd() == null) {
            return false;
        }
        if (CldCodes.SERVICE.equals(e.eventType())) {
            return !e.start().isAfter(e.periodEnd()) && (e.end() == null || !e.end().isBefore(e.periodStart()));
        }
        return e.end() != null && !e.end().isBefore(e.periodStart()) && !e.end().isAfter(e.periodEnd());
    }

    /** Each CLD column's place in the specification's order. */
    private static final java.util.Map<String, Integer> FIELD = new java.util.HashMap<>();
    static {
        for (int i = 0; i < CLD_COLUMNS.size(); i++) {
            FIELD.put(CLD_COLUMNS.get(i), i);
        }
    }

    /** The checks of one row, with its data-quality codes. */
    private static final class RowReader {
        private final RowCheck row;
        private final char[] dq = new char[CLD_COLUMNS.size() * 2];
        private boolean release2File;
        private final List<String> release1Fields = new ArrayList<>();
        private final List<String> nullFields = new ArrayList<>();

        RowReader(RowCheck row) {
            this.row = row;
        }

        /** The cell's text, with the literal 'NULL' read as blank (CLD-R09). */
        private String text(String column) {
            String v = row.text(column);
            if (v != null && v.equalsIgnoreCase("NULL")) {
                nullFields.add(column);
                return null;
            }
            return v;
        }

        private void status(String column, char status, char result) {
            int i = FIELD.get(column) * 2;
            dq[i] = status;
            dq[i + 1] = result;
        }

        private LocalDate date(String column, char status) {
            if (text(column) == null) {
                status(column, status, status == 'M' ? 'F' : 'B');
                return null;
            }
            Values.DateValue d = Values.date(row.cell(column), row.raw().date1904());
            if (d.invalid()) {
                row.fail(R03, column, row.shown(column), column + " '" + row.shown(column)
                        + "' is not a valid date; CLD dates are written dd/mm/yyyy, such as 31/03/2025.");
                status(column, status, 'I');
                return null;
            }
            status(column, status, 'V');
            return d.date();
        }

        private String code(String column, char status) {
            CldList list = CODED.get(column);
            String v = text(column);
            if (v == null) {
                status(column, status, status == 'M' ? 'F' : 'B');
                return null;
            }
            CldList.Match m = list.match(v);
            if (m == null) {
                row.fail(R02, column, v, notOnList(column, v, list));
                status(column, status, 'I');
                return null;
            }
            if (m.wording() == CldList.Wording.R1 && release2File) {
                release1Fields.add(column + " '" + v + "' (Release 2: '" + m.value() + "')");
                status(column, status, 'R');
            } else {
                status(column, status, 'V');
            }
            return m.value();
        }

        private static String notOnList(String column, String v, CldList list) {
            String joined = String.join("; ", list.values());
            return column + " '" + v + "' is not on the CLD list for " + column + (joined.length() <= 240
                    ? " (accepted: " + joined + ", or their Release 1 wording)."
                    : " (" + list.values().size() + " values; see " + column + " in docs/cld.md).");
        }

        private String plain(String column, char status) {
            String v = text(column);
            status(column, status, v == null ? (status == 'M' ? 'F' : 'B') : 'V');
            return v;
        }

        private void number(String column, char status) {
            String v = text(column);
            if (v == null) {
                status(column, status, status == 'M' ? 'F' : 'B');
                return;
            }
            Cell c = row.cell(column);
            boolean ok = c.kind() == Cell.Kind.NUMBER;
            if (!ok) {
                try {
                    new java.math.BigDecimal(v.replace(",", "").replace("£", ""));
                    ok = true;
                } catch (NumberFormatException e) {
                    ok = false;
                }
            }
            if (!ok) {
                row.fail(R03, column, v, column + " '" + v + "' is not a number.");
            }
            status(column, status, ok ? 'V' : 'I');
        }

        CldEvent read() {
            String laCode = plain(LA_CODE, 'M');
            LocalDate rpStart = date(RP_START, 'M');
            LocalDate rpEnd = date(RP_END, 'M');
            release2File = rpEnd != null && !rpEnd.isBefore(RELEASE_2_FROM);
            String nhs = plain(NHS_NUMBER, 'M');
            String laId = plain(LA_PERSON_ID, 'M');
            if (nhs == null && laId == null) {
                row.fail(R07, LA_PERSON_ID, "", "Neither NHS Number nor LA Person Unique Identifier is given, so the "
                        + "event cannot be linked to a person.");
            }
            for (String c : List.of(FIRST_NAME, LAST_NAME, GP_NAME, GP_CODE)) {
                plain(c, 'A');
            }
            String gender = code(GENDER, 'M');
            String ethnicity = code(ETHNICITY, 'M');
            LocalDate dob = date(DOB, 'M');
            LocalDate dod = date(DOD, 'A');
            String clientType = code(CLIENT_TYPE, 'M');
            boolean serviceUser = CldCodes.SERVICE_USER.equals(clientType);
            boolean byAssociation = CldCodes.CARER_BY_ASSOCIATION.equals(clientType);
            boolean carer = CldCodes.UNPAID_CARER.equals(clientType) || byAssociation;
            char events = byAssociation ? 'N' : 'M';
            String eventType = code(EVENT_TYPE, events);
            boolean request = CldCodes.REQUEST.equals(eventType);
            boolean assessment = CldCodes.ASSESSMENT.equals(eventType);
            boolean service = CldCodes.SERVICE.equals(eventType);
            boolean review = CldCodes.REVIEW.equals(eventType);
            String psr = code(PSR, request || byAssociation ? 'A' : 'M'); // a carer known by association has no assessment
            plain(POSTCODE, 'M');
            String accommodation = code(ACCOMMODATION, 'M');
            boolean ldWorkingAge = serviceUser && CldCodes.PSR_LD.equals(psr) && dob != null && rpEnd != null
                    && ageOn(dob, rpEnd) >= 18 && ageOn(dob, rpEnd) <= 64;
            String employment = code(EMPLOYMENT, ldWorkingAge ? 'M' : 'A');
            if (ldWorkingAge && employment == null) {
                row.fail(R10, EMPLOYMENT, "", "Employment Status is blank for a service user aged 18 to 64 with "
                        + "Learning disability support; ASCOF's employment measure needs it.");
            }
            String unpaidCarer = code(UNPAID_CARER, 'M');
            char su = serviceUser ? 'A' : 'N';
            for (String c : List.of(ASD, VISUAL, HEARING, DEMENTIA)) {
                plain(c, su);
            }
            plain(EVENT_REF, byAssociation ? 'N' : 'A');
            LocalDate start = date(EVENT_START, events);
            String assessmentType = code(ASSESSMENT_TYPE, assessment ? 'M' : 'N');
            boolean financial = assessmentType != null && assessmentType.startsWith("Financial");
            code(FUNDING, serviceUser && (service || review || financial) ? 'M' : serviceUser ? 'A' : 'N');
            LocalDate end = date(EVENT_END, byAssociation ? 'N' : !service || dod != null ? 'M' : 'A');
            plain(EVENT_DESCRIPTION, byAssociation ? 'N' : 'A');
            String outcome = code(EVENT_OUTCOME, byAssociation ? 'N' : financial ? 'A' : 'M');
            String route = code(CLD_ROUTE, request ? 'M' : 'N');
            plain(ELIGIBLE_NEEDS, assessment ? 'A' : 'N');
            code(ASSESSMENT_METHOD, assessment ? financial ? 'A' : 'M' : 'N');
            char carers = carer ? 'A' : 'N';
            plain(HOURS_CARING, carers);
            number(ADULTS_CARED_FOR, carers);
            List<String> linked = new ArrayList<>();
            for (String c : List.of(LINKED_1, LINKED_2, LINKED_3)) {
                String v = plain(c, carers);
                if (v != null) {
                    linked.add(v);
                }
            }
            String serviceType = code(SERVICE_TYPE, service ? 'M' : 'N');
            String component = code(COMPONENT, service ? 'M' : 'N');
            String delivery = code(DELIVERY, service ? 'A' : 'N');
            plain(CQC_NAME, service ? 'A' : 'N');
            plain(CQC_ID, service ? 'A' : 'N');
            String reason = code(REVIEW_REASON, review ? 'M' : 'N');
            plain(REVIEW_OUTCOMES, review ? reason != null && reason.startsWith("Planned") ? 'M' : 'A' : 'N');
            code(REVIEW_METHOD, review ? 'M' : 'N');
            boolean costed = service && !CldCodes.COMMISSIONED.equals(delivery) && serviceType != null
                    && (serviceType.startsWith("Long term") || serviceType.startsWith("Unpaid carer support")
                    || List.of(CldCodes.C_ST_RESIDENTIAL, CldCodes.C_ST_NURSING, "Unpaid carer respite").contains(String.valueOf(component)));
            char costs = costed ? 'M' : service ? 'A' : 'N';
            number(UNIT_COST, costs);
            code(COST_FREQUENCY, costs);
            number(PLANNED_UNITS, costs);
            mandatoryBlanks();
            if (!nullFields.isEmpty()) {
                row.fail(R09, nullFields.get(0), "NULL", "The text 'NULL' is written in " + String.join(", ", nullFields)
                        + "; it is read as blank. Export blanks as empty cells.");
            }
            if (!release1Fields.isEmpty()) {
                row.fail(R12, release1Fields.get(0).substring(0, release1Fields.get(0).indexOf(" '")), "",
                        "Release 1 wording in a Release 2 file: " + String.join("; ", release1Fields)
                                + ". The value is read as its Release 2 equivalent.");
            }
            if (start != null && end != null && end.isBefore(start)) {
                row.fail(R04, EVENT_END, row.shown(EVENT_END), "Event End Date " + end + " is before Event Start Date "
                        + start + ".");
            }
            if (CldCodes.LTS_PRISON.equals(serviceType) && (CldCodes.DP.equals(delivery) || CldCodes.C_DP.equals(component))) {
                row.fail(R11, DELIVERY, row.shown(DELIVERY), "A Direct payment is recorded for Long term support: "
                        + "Prison, which the specification does not allow.");
            }
            if (dod != null && start != null && start.isAfter(dod)) {
                row.fail(R08, EVENT_START, row.shown(EVENT_START), "The event starts on " + start
                        + ", after the person's Date of Death " + dod + "; it is excluded.");
            }
            if (service && dod != null && start != null && !start.isAfter(dod) && end == null) {
                row.fail(R08, EVENT_END, "", "The service is open but the person died on " + dod
                        + "; it is treated as ending that day.");
                end = dod;
            }
            if (eventType != null && start != null && rpStart != null && rpEnd != null && !row.hasErrors()) {
                if (service && (start.isAfter(rpEnd) || end != null && end.isBefore(rpStart))) {
                    row.fail(R06, EVENT_START, row.shown(EVENT_START), "The service (" + start + " to " + end
                            + ") is outside the file's reporting period " + rpStart + " to " + rpEnd + "; excluded.");
                } else if (!service && !byAssociation && (end == null || end.isBefore(rpStart) || end.isAfter(rpEnd))) {
                    row.fail(R05, EVENT_END, row.shown(EVENT_END), (end == null ? "The " + eventType.toLowerCase()
                            + " has no Event End Date" : "The " + eventType.toLowerCase() + " ended on " + end)
                            + ", not within the file's reporting period " + rpStart + " to " + rpEnd + "; excluded.");
                }
            }
            return new CldEvent(laCode, rpStart, rpEnd, nhs, laId, gender, ethnicity, dob, dod, clientType, psr,
                    accommodation, employment, unpaidCarer, eventType, row.text(EVENT_REF), start, end, outcome, route,
                    assessmentType, serviceType, component, delivery, reason, List.copyOf(linked), new String(dq));
        }

        /** One CLD-R01 finding naming every mandatory field left blank. */
        private void mandatoryBlanks() {
            List<String> blank = new ArrayList<>();
            for (int i = 0; i < CLD_COLUMNS.size(); i++) {
                if (dq[2 * i + 1] == 'F') {
                    blank.add(CLD_COLUMNS.get(i));
                }
            }
            if (!blank.isEmpty()) {
                row.fail(R01, blank.get(0), "", "Mandatory for this row but blank: " + String.join(", ", blank) + ".");
            }
        }
    }

    static int ageOn(LocalDate dob, LocalDate d) {
        return java.time.Period.between(dob, d).getYears();
    }
}
