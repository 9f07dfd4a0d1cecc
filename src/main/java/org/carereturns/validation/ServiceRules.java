package org.carereturns.validation;

import java.time.LocalDate;
import java.util.List;

import org.carereturns.Period;
import org.carereturns.codes.CodeList;
import org.carereturns.codes.Codes;
import org.carereturns.ingest.InputRefusedException;
import org.carereturns.ingest.Mapping;
import org.carereturns.ingest.Records.Person;
import org.carereturns.ingest.Records.Service;

import static org.carereturns.ingest.Schema.*;

/** services: one row per service or support episode (extracts.md). */
public final class ServiceRules extends ExtractRules<Service> {

    static final String X = "services";
    static final RuleSet RULES = new RuleSet(X);
    public static final Rule ID = RULES.error("SVC-01", SERVICE_ID, "Service ID is required.");
    public static final Rule DUPLICATE = RULES.error("SVC-02", SERVICE_ID,
            "Service ID must be unique in the extract; the first row is kept and later copies are rejected.");
    public static final Rule TYPE = RULES.error("SVC-03", SERVICE_TYPE,
            "Service Type is required and must be one of the eight SALT service types.");
    public static final Rule DELIVERY_RULE = RULES.error("SVC-04", DELIVERY,
            "Delivery Mechanism is required on Long Term Support: Community and Prison rows and on Carer Support rows: "
                    + "Direct Payment, CASSR Managed Personal Budget or CASSR Commissioned Support.");
    public static final Rule PRISON_DP = RULES.error("SVC-05", DELIVERY,
            "Direct Payment is not a valid delivery mechanism for someone in a prison setting.");
    public static final Rule START = RULES.error("SVC-06", START_DATE, "Start Date is required and must be a valid date.");
    public static final Rule END = RULES.error("SVC-07", END_DATE,
            "End Date, when given, must be a valid date not before the Start Date (blank means the service is open).");
    public static final Rule ST_MAX = RULES.error("SVC-08", ST_MAX_OUTCOME,
            "ST-Max Outcome is required on ended ST-Max rows and must be one of the ST-Max outcomes.");
    public static final Rule LTS_PSR = RULES.error("SVC-09", PSR,
            "Primary Support Reason is required on long-term support rows.");
    public static final Rule CARER = RULES.warning("SVC-10", UNPAID_CARER,
            "Has Unpaid Carer, when given, must be Yes, No or Not known; otherwise it is treated as unknown.");
    public static final Rule ACCOM = RULES.warning("SVC-11", ACCOMMODATION,
            "Accommodation Status, when given, must be on the accommodation list; otherwise it is treated as unknown.");
    public static final Rule EMPLOY = RULES.warning("SVC-12", EMPLOYMENT,
            "Employment Status, when given, must be on the employment list; otherwise it is treated as unknown.");
    /**
     * Checked once every service row is in (it needs the person's long-term support on the ST-Max start
     * date): {@link StMaxClientRule}, in the phase {@link AcrossRows}.
     */
    public static final Rule ST_MAX_CLIENT = RULES.error("SVC-13", ST_MAX_OUTCOME,
            "ST-Max Outcome must suit the client: outcomes for new clients when the person had no long-term support "
                    + "on the ST-Max Start Date, outcomes for existing clients when they had.");

    /** ST-Max rows of Service Users that end in the period: those STS002 counts, and SVC-13 checks. */
    public static boolean countsInSts002(Service s, Period period) {
        return StMaxClientRule.countable(s, period);
    }

    private final Period period;
    private final PersonRules person;
    private final CodeList types;
    private final CodeList delivery;
    private final CodeList stMax;
    private final CodeList carer;
    private final CodeList accommodation;
    private final CodeList employment;

    public ServiceRules(Mapping mapping, Period period) throws InputRefusedException {
        super(RULES, ID, DUPLICATE);
                this.period = period;
        this.person = new PersonRules(mapping, false);
        this.types = mapping.withAliases(SERVICE_TYPE, Codes.serviceTypes());
        this.delivery = mapping.withAliases(DELIVERY, Codes.deliveryMechanisms());
        this.stMax = mapping.withAliases(ST_MAX_OUTCOME, Codes.stMaxOutcomes());
        this.carer = mapping.withAliases(UNPAID_CARER, Codes.yesNoNotKnown(UNPAID_CARER));
        this.accommodation = mapping.withAliases(ACCOMMODATION, Codes.accommodation());
        this.employment = mapping.withAliases(EMPLOYMENT, Codes.employment());
    }

    @Override
    public java.util.Map<String, CodeList> codeLists() {
        java.util.Map<String, CodeList> lists = new java.util.LinkedHashMap<>(person.codeLists());
        lists.put(SERVICE_TYPE, types);
        lists.put(DELIVERY, delivery);
        lists.put(ST_MAX_OUTCOME, stMax);
        lists.put(UNPAID_CARER, carer);
        lists.put(ACCOMMODATION, accommodation);
        lists.put(EMPLOYMENT, employment);
        return lists;
    }

    @Override
    protected String recordId(RowCheck row) {
        return row.text(SERVICE_ID);
    }

    @Override
    protected Service read(RowCheck row) {
        String id = row.required(SERVICE_ID, ID);
        LocalDate start = row.requiredDate(START_DATE, START);
        Person p = person.check(row, START_DATE, start);
        String clientType = person.clientType(row);
        String type = row.requiredCode(SERVICE_TYPE, types, TYPE);
        LocalDate end = row.optionalDate(END_DATE, END);
        if (start != null && end != null && end.isBefore(start)) {
            row.fail(END, END_DATE, row.shown(END_DATE), "End Date " + end + " is before the Start Date " + start + ".");
        }
        String mechanism = null;
        boolean needsDelivery = Codes.LTS_COMMUNITY.equals(type) || Codes.LTS_PRISON.equals(type)
                || Codes.CARER_SUPPORT.equals(type);
        if (needsDelivery) {
            mechanism = row.requiredCode(DELIVERY, delivery, DELIVERY_RULE);
            if (Codes.LTS_PRISON.equals(type) && Codes.DIRECT_PAYMENT.equals(mechanism)) {
                row.fail(PRISON_DP, DELIVERY, row.shown(DELIVERY), "Delivery Mechanism is Direct Payment on a "
                        + "Long Term Support: Prison row; Direct Payment cannot be used in a prison setting.");
            }
        }
        String outcome = null;
        if (Codes.ST_MAX.equals(type)) {
            outcome = end != null ? row.requiredCode(ST_MAX_OUTCOME, stMax, ST_MAX)
                    : row.optionalCode(ST_MAX_OUTCOME, stMax, ST_MAX);
        }
        if (type != null && Codes.LONG_TERM.contains(type) && p.psr() == null && row.blank(PSR)) {
            row.fail(LTS_PSR, PSR, "", "Primary Support Reason is blank on a " + type + " row; long-term support "
                    + "rows need one.");
        }
        String hasCarer = row.optionalCode(UNPAID_CARER, carer, CARER);
        String accom = row.optionalCode(ACCOMMODATION, accommodation, ACCOM);
        String employ = row.optionalCode(EMPLOYMENT, employment, EMPLOY);
        return new Service(id, p, clientType, type, mechanism, start, end, outcome, hasCarer, accom, employ);
    }

    /** Out of scope: a person under 18 on every day of the service up to the end of the period. */
    @Override
    protected String exclusion(Service s) {
        LocalDate last = s.end() == null || s.end().isAfter(period.end()) ? period.end() : s.end();
        return !last.isBefore(s.start()) && s.person().ageOn(last) < 18
                ? "under 18 throughout the service (up to the end of the period)" : null;
    }
}
