package org.carereturns.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of each extract (extracts.md). A column is required in the header when the returns
 * cannot be computed without it: required values, conditionally required values, and columns whose
 * blank has a meaning of its own. Columns whose blank only means "not recorded" may be absent.
 */
public final class Schema {

    // Column names, shared by the validators and the returns.
    public static final String PERSON_ID = "Person ID";
    public static final String NHS_NUMBER = "NHS Number";
    public static final String DOB = "Date of Birth";
    public static final String GENDER = "Gender";
    public static final String ETHNICITY = "Ethnicity";
    public static final String PSR = "Primary Support Reason";
    public static final String DOD = "Date of Death";
    public static final String CLIENT_TYPE = "Client Type";

    public static final String CONTACT_ID = "Contact ID";
    public static final String CONTACT_DATE = "Contact Date";
    public static final String ROUTE = "Route of Access";
    public static final String OUTCOME = "Outcome";
    public static final String OUTCOME_DATE = "Outcome Date";

    public static final String SERVICE_ID = "Service ID";
    public static final String SERVICE_TYPE = "Service Type";
    public static final String DELIVERY = "Delivery Mechanism";
    public static final String START_DATE = "Start Date";
    public static final String END_DATE = "End Date";
    public static final String ST_MAX_OUTCOME = "ST-Max Outcome";
    public static final String UNPAID_CARER = "Has Unpaid Carer";
    public static final String ACCOMMODATION = "Accommodation Status";
    public static final String EMPLOYMENT = "Employment Status";

    public static final String REVIEW_ID = "Review ID";
    public static final String REVIEW_DATE = "Review Date";
    public static final String REVIEW_TYPE = "Review Type";
    public static final String REVIEW_REASON = "Review Reason";
    public static final String REVIEW_OUTCOME = "Review Outcome";
    public static final String NEXT_REVIEW = "Next Review Due";

    public static final String CONCERN_ID = "Concern ID";
    public static final String CONCERN_DATE = "Concern Date";
    public static final String ENQUIRY_TYPE = "Enquiry Type";
    public static final String ENQUIRY_START = "Enquiry Start Date";
    public static final String ENQUIRY_END = "Enquiry End Date";
    public static final String RISK_TYPE = "Type of Risk";
    public static final String RISK_LOCATION = "Location of Risk";
    public static final String RISK_SOURCE = "Source of Risk";
    public static final String ACTION = "Action and Outcome";
    public static final String RISK_RESULT = "Risk Result";
    public static final String CAPACITY = "Lacked Capacity";
    public static final String ADVOCATE = "Advocate";
    public static final String MSP_ASKED = "MSP Asked";
    public static final String MSP_ACHIEVED = "MSP Outcomes Achieved";

    public static final String CHILD_ID = "Child ID";
    public static final String IN_TOUCH = "In Touch";
    public static final String ACTIVITY = "Activity";
    public static final String CL_ACCOMMODATION = "Accommodation";

    public static final String UPN = "UPN";
    public static final String MOTHER = "Mother";
    public static final String MC_DOB = "Mother's Child Date of Birth";
    public static final String DECOM = "Date Episode Commenced";
    public static final String RNE = "Reason for New Episode";
    public static final String LEGAL_STATUS = "Legal Status";
    public static final String CIN = "Category of Need";
    public static final String PLACE = "Placement Type";
    public static final String PLACE_PROVIDER = "Placement Provider";
    public static final String DEC = "Date Episode Ceased";
    public static final String REC = "Reason Episode Ceased";
    public static final String REASON_PLACE_CHANGE = "Reason for Placement Change";
    public static final String HOME_POST = "Home Postcode";
    public static final String PL_POST = "Placement Postcode";
    public static final String URN = "URN";

    // Client Level Data: the specification's names, with spaces (docs/cld.md)
    public static final String LA_CODE = "LA Code";
    public static final String RP_START = "Reporting Period Start Date";
    public static final String RP_END = "Reporting Period End Date";
    public static final String LA_PERSON_ID = "LA Person Unique Identifier";
    public static final String FIRST_NAME = "First Name";
    public static final String LAST_NAME = "Last Name";
    public static final String GP_NAME = "GP Practice Name";
    public static final String GP_CODE = "GP Practice Code";
    public static final String POSTCODE = "Postcode";
    public static final String ASD = "Autism Spectrum Disorder (ASD)";
    public static final String VISUAL = "Visual Impairment";
    public static final String HEARING = "Hearing Impairment";
    public static final String DEMENTIA = "Dementia";
    public static final String FUNDING = "Client Funding Status";
    public static final String EVENT_TYPE = "Event Type";
    public static final String EVENT_REF = "Event Reference";
    public static final String EVENT_START = "Event Start Date";
    public static final String EVENT_END = "Event End Date";
    public static final String EVENT_DESCRIPTION = "Event Description";
    public static final String EVENT_OUTCOME = "Event Outcome";
    public static final String CLD_ROUTE = "Request: Route of Access";
    public static final String ASSESSMENT_TYPE = "Assessment Type";
    public static final String ELIGIBLE_NEEDS = "Eligible Needs Identified";
    public static final String ASSESSMENT_METHOD = "Method of Assessment";
    public static final String HOURS_CARING = "Total Hrs Caring per week";
    public static final String ADULTS_CARED_FOR = "No. of adults being cared for";
    public static final String LINKED_1 = "Adult 1 Linked Person_ID";
    public static final String LINKED_2 = "Adult 2 Linked Person_ID";
    public static final String LINKED_3 = "Adult 3 Linked Person_ID";
    public static final String COMPONENT = "Service Component";
    public static final String CQC_NAME = "Provider CQC Location Name";
    public static final String CQC_ID = "Provider CQC Location ID";
    public static final String REVIEW_OUTCOMES = "Review Outcomes Achieved";
    public static final String REVIEW_METHOD = "Method of Review";
    public static final String UNIT_COST = "Unit Cost";
    public static final String COST_FREQUENCY = "Cost Frequency (Unit Type)";
    public static final String PLANNED_UNITS = "Planned units per week";

    /** The Client Level Data columns in the specification's order (cld-background §1.2). */
    public static final List<String> CLD_COLUMNS = List.of(LA_CODE, RP_START, RP_END, NHS_NUMBER, LA_PERSON_ID,
            FIRST_NAME, LAST_NAME, GP_NAME, GP_CODE, GENDER, ETHNICITY, DOB, DOD, CLIENT_TYPE, PSR, POSTCODE,
            ACCOMMODATION, EMPLOYMENT, UNPAID_CARER, ASD, VISUAL, HEARING, DEMENTIA, FUNDING, EVENT_TYPE, EVENT_REF,
            EVENT_START, EVENT_END, EVENT_DESCRIPTION, EVENT_OUTCOME, CLD_ROUTE, ASSESSMENT_TYPE, ELIGIBLE_NEEDS,
            ASSESSMENT_METHOD, HOURS_CARING, ADULTS_CARED_FOR, LINKED_1, LINKED_2, LINKED_3, SERVICE_TYPE, COMPONENT,
            DELIVERY, CQC_NAME, CQC_ID, REVIEW_REASON, REVIEW_OUTCOMES, REVIEW_METHOD, UNIT_COST, COST_FREQUENCY,
            PLANNED_UNITS);

    public static final String AGE = "Age";
    public static final String POPULATION = "Population";

    private Schema() {
    }

    private static List<Column> person(boolean psrRequired) {
        List<Column> cols = new ArrayList<>();
        cols.add(Column.required(PERSON_ID, "Client ID", "LA Person ID", "Person Ref", "Mosaic ID"));
        cols.add(Column.optional(NHS_NUMBER, "NHS No"));
        cols.add(Column.required(DOB, "DOB", "Birth Date"));
        cols.add(Column.optional(GENDER, "Sex"));
        cols.add(Column.optional(ETHNICITY, "Ethnic Group", "Ethnic Origin"));
        cols.add(psrRequired ? Column.required(PSR, "PSR", "Support Reason")
                : Column.optional(PSR, "PSR", "Support Reason"));
        cols.add(Column.optional(DOD, "DOD"));
        return cols;
    }

    public static List<Column> columns(Extract extract) {
        List<Column> cols = new ArrayList<>();
        switch (extract) {
            case CONTACTS -> {
                cols.add(Column.required(CONTACT_ID, "Request ID", "Contact Reference", "Referral ID"));
                cols.addAll(person(false));
                cols.add(Column.optional(CLIENT_TYPE));
                cols.add(Column.required(CONTACT_DATE, "Request Date", "Date of Contact"));
                cols.add(Column.required(ROUTE, "Route", "Contact Route", "Source"));
                cols.add(Column.required(OUTCOME, "Request Outcome", "Contact Outcome", "Sequel"));
                cols.add(Column.required(OUTCOME_DATE, "Date of Outcome", "Closed Date"));
            }
            case SERVICES -> {
                cols.add(Column.required(SERVICE_ID, "Package ID", "Service Reference"));
                cols.addAll(person(true));
                cols.add(Column.optional(CLIENT_TYPE));
                cols.add(Column.required(SERVICE_TYPE, "Support Type", "Service Category"));
                cols.add(Column.required(DELIVERY, "Funding Method", "Delivery Method"));
                cols.add(Column.required(START_DATE, "Service Start"));
                cols.add(Column.required(END_DATE, "Service End"));
                cols.add(Column.required(ST_MAX_OUTCOME, "End Reason", "Reablement Outcome"));
                cols.add(Column.optional(UNPAID_CARER, "Carer"));
                cols.add(Column.optional(ACCOMMODATION, "Accommodation"));
                cols.add(Column.optional(EMPLOYMENT, "Employment"));
            }
            case REVIEWS -> {
                cols.add(Column.required(REVIEW_ID, "Review Reference"));
                cols.addAll(person(false));
                cols.add(Column.required(REVIEW_DATE, "Date Completed", "Review Completed Date"));
                cols.add(Column.required(REVIEW_TYPE, "Planned/Unplanned"));
                cols.add(Column.required(REVIEW_REASON, "Significant Event", "Reason for Review"));
                cols.add(Column.required(REVIEW_OUTCOME, "Review Sequel", "Outcome"));
                cols.add(Column.optional(NEXT_REVIEW, "Next Review Date"));
            }
            case SAFEGUARDING -> {
                cols.add(Column.required(CONCERN_ID, "Case ID", "Referral ID"));
                cols.addAll(person(false));
                cols.add(Column.required(CONCERN_DATE, "Date of Concern", "Date Received"));
                cols.add(Column.required(ENQUIRY_TYPE));
                cols.add(Column.required(ENQUIRY_START));
                cols.add(Column.required(ENQUIRY_END, "Enquiry Concluded Date"));
                cols.add(Column.required(RISK_TYPE, "Abuse Type", "Category of Abuse"));
                cols.add(Column.required(RISK_LOCATION));
                cols.add(Column.required(RISK_SOURCE));
                cols.add(Column.required(ACTION, "Risk Assessment Outcome"));
                cols.add(Column.required(RISK_RESULT, "Result"));
                cols.add(Column.optional(CAPACITY, "Mental Capacity"));
                cols.add(Column.optional(ADVOCATE, "Advocacy", "Support by Advocate"));
                cols.add(Column.optional(MSP_ASKED, "Making Safeguarding Personal"));
                cols.add(Column.optional(MSP_ACHIEVED, "Outcomes Achieved"));
            }
            case CARE_LEAVERS -> {
                cols.add(Column.required(CHILD_ID, "CHILD"));
                cols.add(Column.required(DOB, "DOB"));
                cols.add(Column.optional(GENDER, "SEX"));
                cols.add(Column.required(IN_TOUCH, "IN_TOUCH"));
                cols.add(Column.required(ACTIVITY, "ACTIV", "Main Activity"));
                cols.add(Column.required(CL_ACCOMMODATION, "ACCOM"));
            }
            case HEADER_903 -> {
                cols.add(Column.required(CHILD_ID, "CHILD"));
                cols.add(Column.optional(GENDER, "SEX"));
                cols.add(Column.required(DOB, "DOB"));
                cols.add(Column.optional(ETHNICITY, "ETHNIC"));
                cols.add(Column.optional(UPN));
                cols.add(Column.optional(MOTHER));
                cols.add(Column.optional(MC_DOB, "MC_DOB"));
            }
            case EPISODES -> {
                cols.add(Column.required(CHILD_ID, "CHILD"));
                cols.add(Column.required(DECOM, "DECOM"));
                cols.add(Column.optional(RNE, "RNE"));
                cols.add(Column.required(LEGAL_STATUS, "LS"));
                cols.add(Column.optional(CIN, "CIN"));
                cols.add(Column.optional(PLACE, "PLACE"));
                cols.add(Column.optional(PLACE_PROVIDER, "PLACE_PROVIDER"));
                cols.add(Column.required(DEC, "DEC"));
                cols.add(Column.required(REC, "REC"));
                cols.add(Column.optional(REASON_PLACE_CHANGE, "REASON_PLACE_CHANGE"));
                cols.add(Column.optional(HOME_POST, "HOME_POST"));
                cols.add(Column.optional(PL_POST, "PL_POST"));
                cols.add(Column.optional(URN));
            }
            case CLD -> {
                // every column of the specification must be in the header (CLD-F01); order is not checked
                for (String name : CLD_COLUMNS) {
                    cols.add(Column.required(name));
                }
            }
            case POPULATION -> {
                cols.add(Column.required(AGE));
                cols.add(Column.required(POPULATION, "Count", "Persons"));
                cols.add(Column.optional("Area Code"));
                cols.add(Column.optional("Area Name"));
                cols.add(Column.optional("Year"));
            }
        }
        return cols;
    }

    private static final java.util.Set<String> DATE_COLUMNS = java.util.Set.of(DOB, DOD, CONTACT_DATE, OUTCOME_DATE,
            START_DATE, END_DATE, REVIEW_DATE, NEXT_REVIEW, CONCERN_DATE, ENQUIRY_START, ENQUIRY_END, DECOM, DEC, MC_DOB,
            RP_START, RP_END, EVENT_START, EVENT_END);

    /** Columns holding dates: a number in them is an Excel date serial, shown to people as a date. */
    public static boolean isDate(String column) {
        return DATE_COLUMNS.contains(column);
    }

    /** The column that identifies a record in the rejected-row report. */
    public static String recordIdColumn(Extract extract) {
        return switch (extract) {
            case CONTACTS -> CONTACT_ID;
            case SERVICES -> SERVICE_ID;
            case REVIEWS -> REVIEW_ID;
            case SAFEGUARDING -> CONCERN_ID;
            case CARE_LEAVERS, HEADER_903, EPISODES -> CHILD_ID;
            case POPULATION -> AGE;
            case CLD -> EVENT_REF;
        };
    }
}
