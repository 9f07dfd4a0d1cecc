package org.carereturns.validation;

import java.time.LocalDate;
import java.util.List;

import org.carereturns.codes.CodeList;
import org.carereturns.codes.Codes;
import org.carereturns.ingest.InputRefusedException;
import org.carereturns.ingest.Mapping;
import org.carereturns.ingest.Records.Concern;
import org.carereturns.ingest.Records.Person;

import static org.carereturns.ingest.Schema.*;

/**
 * safeguarding: one row per safeguarding concern (extracts.md). "Concluded Section 42" here means a
 * Section 42 enquiry with an Enquiry End Date, whatever the period: a concluded enquiry must carry
 * its risk details whether or not it falls in this year's return.
 */
public final class SafeguardingRules extends ExtractRules<Concern> {

    static final String X = "safeguarding";
    static final RuleSet RULES = new RuleSet(X);
    public static final Rule ID = RULES.error("SG-01", CONCERN_ID, "Concern ID is required.");
    public static final Rule DUPLICATE = RULES.error("SG-02", CONCERN_ID,
            "Concern ID must be unique in the extract; the first row is kept and later copies are rejected.");
    public static final Rule DATE = RULES.error("SG-03", CONCERN_DATE, "Concern Date is required and must be a valid date.");
    public static final Rule UNDER_18 = RULES.error("SG-04", DOB,
            "The Safeguarding Adults Collection covers adults: a concern about someone under 18 on the Concern Date is rejected.");
    public static final Rule TYPE = RULES.error("SG-05", ENQUIRY_TYPE,
            "Enquiry Type, when given, must be Section 42 or Other (blank means no enquiry).");
    public static final Rule START = RULES.error("SG-06", ENQUIRY_START,
            "Enquiry Start Date is required when Enquiry Type is given, must be a valid date, and must not be before the Concern Date.");
    public static final Rule END = RULES.error("SG-07", ENQUIRY_END,
            "Enquiry End Date, when given, must be a valid date, not before the Enquiry Start Date, and only on a row with an enquiry.");
    public static final Rule RISK_TYPE_RULE = RULES.error("SG-08", RISK_TYPE,
            "Type of Risk is required on concluded Section 42 enquiries: one or more risk types separated by ';' or ','.");
    public static final Rule LOCATION = RULES.error("SG-09", RISK_LOCATION,
            "Location of Risk is required on concluded Section 42 enquiries and must be one of the SAC locations.");
    public static final Rule SOURCE = RULES.error("SG-10", RISK_SOURCE,
            "Source of Risk is required on concluded Section 42 enquiries: one or more SAC sources separated by ';' or ','.");
    public static final Rule ACTION_RULE = RULES.error("SG-11", ACTION,
            "Action and Outcome is required on concluded Section 42 enquiries and must be one of the 7 SAC actions.");
    public static final Rule RESULT = RULES.error("SG-12", RISK_RESULT,
            "Risk Result is required when Action and Outcome is 'Risk identified and action taken': Risk removed, Risk reduced or Risk remained.");
    public static final Rule CAPACITY_RULE = RULES.warning("SG-13", CAPACITY,
            "Lacked Capacity, when given, must be Yes, No or Don't know; otherwise it is treated as Not recorded.");
    public static final Rule ADVOCATE_RULE = RULES.warning("SG-14", ADVOCATE,
            "Advocate, when given, must be Yes or No; otherwise it is treated as not recorded.");
    public static final Rule MSP = RULES.warning("SG-15", MSP_ASKED,
            "MSP Asked, when given, must be one of the Making Safeguarding Personal answers; otherwise it is treated as Not recorded.");
    public static final Rule MSP_OUTCOME = RULES.warning("SG-16", MSP_ACHIEVED,
            "MSP Outcomes Achieved, when given, must be Fully, Partially or Not achieved, and only with 'Yes, they were asked and outcomes were expressed'; otherwise it is not counted.");

    private final PersonRules person;
    private final CodeList enquiryTypes;
    private final CodeList riskTypes;
    private final CodeList locations;
    private final CodeList sources;
    private final CodeList actions;
    private final CodeList results;
    private final CodeList capacity;
    private final CodeList advocate;
    private final CodeList msp;
    private final CodeList achieved;

    public SafeguardingRules(Mapping mapping) throws InputRefusedException {
        super(RULES, ID, DUPLICATE);
                this.person = new PersonRules(mapping, true);
        this.enquiryTypes = mapping.withAliases(ENQUIRY_TYPE, Codes.enquiryTypes());
        this.riskTypes = mapping.withAliases(RISK_TYPE, Codes.riskTypes());
        this.locations = mapping.withAliases(RISK_LOCATION, Codes.locations());
        this.sources = mapping.withAliases(RISK_SOURCE, Codes.sources());
        this.actions = mapping.withAliases(ACTION, Codes.actions());
        this.results = mapping.withAliases(RISK_RESULT, Codes.riskResults());
        this.capacity = mapping.withAliases(CAPACITY, Codes.capacity());
        this.advocate = mapping.withAliases(ADVOCATE, Codes.yesNo(ADVOCATE));
        this.msp = mapping.withAliases(MSP_ASKED, Codes.msp());
        this.achieved = mapping.withAliases(MSP_ACHIEVED, Codes.mspAchieved());
    }

    @Override
    public java.util.Map<String, CodeList> codeLists() {
        java.util.Map<String, CodeList> lists = new java.util.LinkedHashMap<>(person.codeLists());
        lists.put(ENQUIRY_TYPE, enquiryTypes);
        lists.put(RISK_TYPE, riskTypes);
        lists.put(RISK_LOCATION, locations);
        lists.put(RISK_SOURCE, sources);
        lists.put(ACTION, actions);
        lists.put(RISK_RESULT, results);
        lists.put(CAPACITY, capacity);
        lists.put(ADVOCATE, advocate);
        lists.put(MSP_ASKED, msp);
        lists.put(MSP_ACHIEVED, achieved);
        return lists;
    }

    @Override
    protected String recordId(RowCheck row) {
        return row.text(CONCERN_ID);
    }

    @Override
    protected Concern read(RowCheck row) {
        String id = row.required(CONCERN_ID, ID);
        LocalDate date = row.requiredDate(CONCERN_DATE, DATE);
        Person p = person.check(row, CONCERN_DATE, date);
        if (p.dateOfBirth() != null && date != null && !p.dateOfBirth().isAfter(date) && p.ageOn(date) < 18) {
            row.fail(UNDER_18, DOB, row.shown(DOB), "The person was " + p.ageOn(date) + " on the Concern Date "
                    + date + "; concerns about children are not part of the adults' collection.");
        }
        String type = row.optionalCode(ENQUIRY_TYPE, enquiryTypes, TYPE);
        boolean enquiry = !row.blank(ENQUIRY_TYPE);
        LocalDate start = enquiry ? row.requiredDate(ENQUIRY_START, START) : row.optionalDate(ENQUIRY_START, START);
        if (start != null && date != null && start.isBefore(date)) {
            row.fail(START, ENQUIRY_START, row.shown(ENQUIRY_START), "Enquiry Start Date " + start
                    + " is before the Concern Date " + date + ".");
        }
        LocalDate end = row.optionalDate(ENQUIRY_END, END);
        if (end != null && start != null && end.isBefore(start)) {
            row.fail(END, ENQUIRY_END, row.shown(ENQUIRY_END), "Enquiry End Date " + end
                    + " is before the Enquiry Start Date " + start + ".");
        }
        if (!enquiry && !row.blank(ENQUIRY_END)) {
            row.fail(END, ENQUIRY_END, row.shown(ENQUIRY_END), "Enquiry End Date is given but Enquiry Type is blank; "
                    + "record the enquiry type, or clear the date if there was no enquiry.");
        }
        boolean concludedS42 = Codes.SECTION_42.equals(type) && !row.blank(ENQUIRY_END);
        List<String> risks = concluded(row, concludedS42, RISK_TYPE, RISK_TYPE_RULE)
                ? row.codes(RISK_TYPE, riskTypes, RISK_TYPE_RULE) : List.of();
        String location = concludedS42 ? row.requiredCode(RISK_LOCATION, locations, LOCATION)
                : row.optionalCode(RISK_LOCATION, locations, LOCATION);
        List<String> from = concluded(row, concludedS42, RISK_SOURCE, SOURCE)
                ? row.codes(RISK_SOURCE, sources, SOURCE) : List.of();
        String action = concludedS42 ? row.requiredCode(ACTION, actions, ACTION_RULE)
                : row.optionalCode(ACTION, actions, ACTION_RULE);
        String result = Codes.RISK_IDENTIFIED_ACTION.equals(action)
                ? row.requiredCode(RISK_RESULT, results, RESULT) : row.optionalCode(RISK_RESULT, results, RESULT);
        String lacked = row.optionalCode(CAPACITY, capacity, CAPACITY_RULE);
        String advocacy = row.optionalCode(ADVOCATE, advocate, ADVOCATE_RULE);
        String asked = row.optionalCode(MSP_ASKED, msp, MSP);
        String outcomes = row.optionalCode(MSP_ACHIEVED, achieved, MSP_OUTCOME);
        if (outcomes != null && !Codes.MSP_EXPRESSED.equals(asked)) {
            row.fail(MSP_OUTCOME, MSP_ACHIEVED, row.shown(MSP_ACHIEVED), "MSP Outcomes Achieved is '" + outcomes
                    + "' but MSP Asked is '" + (asked == null ? row.shown(MSP_ASKED) : asked)
                    + "'; outcomes are counted only when they were asked and expressed. Not counted.");
            outcomes = null;
        }
        return new Concern(id, p, date, type, start, end, risks, location, from, action, result, lacked, advocacy,
                asked, outcomes);
    }

    /** On a concluded Section 42 row a blank is an error; elsewhere the values are only checked. */
    private static boolean concluded(RowCheck row, boolean concludedS42, String column, Rule rule) {
        if (concludedS42 && row.blank(column)) {
            row.fail(rule, column, "", column + " is blank on a concluded Section 42 enquiry; " + lowerFirst(rule.description()));
            return false;
        }
        return true;
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
