package org.carereturns.codes;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The code lists of returns.md and extracts.md, with their exact labels. One place to read them.
 */
public final class Codes {

    private Codes() {
    }

    /**
     * Whether a code is one of a list's. A code may be null (blank, or unknown and treated as such), and
     * the lists are Java's immutable collections, whose contains(null) throws rather than answering no.
     */
    public static boolean isOneOf(String code, java.util.Collection<String> codes) {
        return code != null && codes.contains(code);
    }

    public static final String SERVICE_USER = "Service User";
    public static final String CARER = "Carer";

    public static CodeList clientTypes() {
        return CodeList.of("Client Type", SERVICE_USER, CARER)
                .alias(SERVICE_USER, "Client", "Service-User", "SU", "Person")
                .alias(CARER, "Unpaid Carer", "Carers");
    }

    public static CodeList genders() {
        return CodeList.of("Gender", "Male", "Female", "Other", "Not known")
                .alias("Male", "M", "1", "Man")
                .alias("Female", "F", "2", "Woman")
                .alias("Other", "O", "Non-binary", "Other gender")
                .alias("Not known", "U", "Unknown", "Not stated", "Not Recorded", "0", "9");
    }

    public static final String ETH_WHITE = "White";
    public static final String ETH_MIXED = "Mixed / Multiple";
    public static final String ETH_ASIAN = "Asian / Asian British";
    public static final String ETH_BLACK = "Black / African / Caribbean / Black British";
    public static final String ETH_OTHER = "Other Ethnic Group";
    public static final String ETH_REFUSED = "Refused";
    public static final String ETH_UNDECLARED = "Undeclared / Not Known";

    /** The ONS 2021 census: 19 categories in five groups, written "Group: Category". */
    private static final Map<String, List<String>> ONS_2021 = Map.of(
            ETH_WHITE, List.of("White", "English, Welsh, Scottish, Northern Irish or British", "Irish",
                    "Gypsy or Irish Traveller", "Roma", "Any other White background"),
            ETH_MIXED, List.of("Mixed or Multiple ethnic groups", "White and Asian", "White and Black African",
                    "White and Black Caribbean", "Any other Mixed or multiple ethnic background",
                    "Any other Mixed or Multiple background"),
            ETH_ASIAN, List.of("Asian or Asian British", "Bangladeshi", "Chinese", "Indian", "Pakistani",
                    "Any other Asian background"),
            ETH_BLACK, List.of("Black, Black British, Caribbean or African", "African", "Caribbean",
                    "Any other Black, Black British, or Caribbean background",
                    "Any other Black, Black British or Caribbean background"),
            ETH_OTHER, List.of("Other ethnic group", "Arab", "Any other ethnic group"));

    public static CodeList ethnicities() {
        CodeList list = CodeList.of("Ethnicity", ETH_WHITE, ETH_MIXED, ETH_ASIAN, ETH_BLACK, ETH_OTHER,
                ETH_REFUSED, ETH_UNDECLARED)
                .alias(ETH_MIXED, "Mixed", "Multiple", "Mixed or Multiple", "Mixed or Multiple ethnic groups")
                .alias(ETH_ASIAN, "Asian", "Asian or Asian British")
                .alias(ETH_BLACK, "Black", "Black or Black British", "Black, Black British, Caribbean or African")
                .alias(ETH_OTHER, "Other", "Other ethnic group", "Any other ethnic group")
                .alias(ETH_REFUSED, "Information refused", "Declined")
                .alias(ETH_UNDECLARED, "Undeclared", "Not Known", "Unknown", "Not stated", "Not recorded",
                        "Undeclared or not known");
        for (var group : ONS_2021.entrySet()) {
            String head = group.getValue().get(0);
            for (String category : group.getValue().subList(1, group.getValue().size())) {
                list.alias(group.getKey(), head + ": " + category, head + " - " + category, category);
            }
        }
        return list;
    }

    public static CodeList yesNoNotKnown(String name) {
        return CodeList.of(name, "Yes", "No", "Not known")
                .alias("Yes", "Y", "True").alias("No", "N", "False").alias("Not known", "Unknown", "U");
    }

    public static CodeList routes() {
        return CodeList.of("Route of Access", "Planned Entry (Transition)", "Discharge from Hospital",
                "Diversion from Hospital Services", "Self-funder with depleted funds", "Community / Other route",
                "Prison")
                .alias("Planned Entry (Transition)", "Planned Entry", "Transition")
                .alias("Self-funder with depleted funds", "Self-Funder", "Self funder with depleted funds")
                .alias("Community / Other route", "Community", "Other route", "Community/Other");
    }

    public static final List<String> STS001_SEQUELS = List.of(
            "Short Term Support to Maximise Independence", "Long Term Support: Nursing Care",
            "Long Term Support: Residential Care", "Long Term Support: Community", "Long Term Support: Prison",
            "100% NHS Funded Care", "End of Life", "Ongoing Low Level Support", "Short Term Support (other)",
            "Universal Services/Signposted to other services", "No Services Provided - Deceased",
            "No Services Provided - other reason");

    public static CodeList contactOutcomes() {
        return CodeList.numbered("Outcome", STS001_SEQUELS.toArray(String[]::new))
                .alias("Short Term Support to Maximise Independence", "ST-Max", "Reablement")
                .alias("Universal Services/Signposted to other services", "Universal Services",
                        "Signposted", "Universal Services / Signposted");
    }

    public static final String LTS_NURSING = "Long Term Support: Nursing Care";
    public static final String LTS_RESIDENTIAL = "Long Term Support: Residential Care";
    public static final String LTS_COMMUNITY = "Long Term Support: Community";
    public static final String LTS_PRISON = "Long Term Support: Prison";
    public static final String ST_MAX = "Short Term Support: ST-Max";
    public static final String CARER_SUPPORT = "Carer Support: Direct to Carer";
    public static final Set<String> LONG_TERM = Set.of(LTS_NURSING, LTS_RESIDENTIAL, LTS_COMMUNITY, LTS_PRISON);

    public static CodeList serviceTypes() {
        return CodeList.of("Service Type", LTS_NURSING, LTS_RESIDENTIAL, LTS_COMMUNITY, LTS_PRISON, ST_MAX,
                "Short Term Support: Ongoing Low Level", "Short Term Support: Other Short Term", CARER_SUPPORT)
                .alias(LTS_NURSING, "Nursing Care", "Nursing", "LTS Nursing")
                .alias(LTS_RESIDENTIAL, "Residential Care", "Residential", "LTS Residential")
                .alias(LTS_COMMUNITY, "Community", "LTS Community", "Community Support")
                .alias(LTS_PRISON, "Prison", "LTS Prison")
                .alias(ST_MAX, "ST-Max", "STMax", "Reablement", "Short Term Support: Reablement")
                .alias("Short Term Support: Ongoing Low Level", "Ongoing Low Level")
                .alias("Short Term Support: Other Short Term", "Other Short Term")
                .alias(CARER_SUPPORT, "Carer Support", "Direct to Carer");
    }

    public static final String DIRECT_PAYMENT = "Direct Payment";
    public static final String MANAGED_BUDGET = "CASSR Managed Personal Budget";
    public static final String COMMISSIONED = "CASSR Commissioned Support";

    public static CodeList deliveryMechanisms() {
        return CodeList.of("Delivery Mechanism", DIRECT_PAYMENT, MANAGED_BUDGET, COMMISSIONED)
                .alias(DIRECT_PAYMENT, "DP", "Direct Payments")
                .alias(MANAGED_BUDGET, "Managed Personal Budget", "Managed Budget", "MPB", "Council Managed Budget")
                .alias(COMMISSIONED, "Commissioned Support", "Commissioned", "CASSR Commissioned Support only");
    }

    /** ST-Max outcomes: the first ten are for new clients, the last seven for existing ones. */
    public static final List<String> ST_MAX_OUTCOMES = List.of(
            "Early cessation: NHS funded care, end of life or deceased", "Early cessation: other reason",
            "Early cessation: to long term support", "Long Term Support: Nursing Care",
            "Long Term Support: Residential Care", "Long Term Support: Community", "Long Term Support: Prison",
            "Self-funding", "Ongoing Low Level Support", "Short Term Support (other)", "Support declined",
            "Universal Services/Signposted", "No identified needs", "Move to Nursing Care",
            "Move to Residential Care", "Move to Community", "Long Term Support increased",
            "No change in Long Term Support", "Long Term Support decreased", "All Long Term Support ended");

    public static CodeList stMaxOutcomes() {
        return CodeList.of("ST-Max Outcome", ST_MAX_OUTCOMES.toArray(String[]::new))
                .alias("Universal Services/Signposted", "Signposted", "Universal Services",
                        "Universal Services/Signposted to other services");
    }

    public static CodeList psr(boolean safeguarding) {
        CodeList list = CodeList.of("Primary Support Reason", "Physical Support: Access & mobility only",
                "Physical Support: Personal care support", "Sensory Support: Support for visual impairment",
                "Sensory Support: Support for hearing impairment", "Sensory Support: Support for dual impairment",
                "Support with Memory & Cognition", "Learning Disability Support", "Mental Health Support",
                "Social Support: Substance misuse support", "Social Support: Asylum seeker support",
                "Social Support: Support for Social Isolation/Other", "Social Support: Support to Carer", "Unknown")
                .alias("Physical Support: Access & mobility only", "Access and mobility only",
                        "Physical Support: Access and mobility only")
                .alias("Physical Support: Personal care support", "Personal care support")
                .alias("Support with Memory & Cognition", "Support with Memory and Cognition", "Memory & Cognition")
                .alias("Learning Disability Support", "Learning Disability", "LD")
                .alias("Mental Health Support", "Mental Health", "MH")
                .alias("Unknown", "Not Known");
        if (safeguarding) {
            list.add("No Support Reason").alias("No Support Reason", "None", "No PSR");
        }
        return list;
    }

    public static final List<String> PSR_LTS_ROWS = List.of("Physical Support: Access & mobility only",
            "Physical Support: Personal care support", "Sensory Support: Support for visual impairment",
            "Sensory Support: Support for hearing impairment", "Sensory Support: Support for dual impairment",
            "Support with Memory & Cognition", "Learning Disability Support", "Mental Health Support",
            "Social Support: Substance misuse support", "Social Support: Asylum seeker support",
            "Social Support: Support for Social Isolation/Other");

    public static final List<String> SETTLED = List.of("Owner occupier or shared ownership scheme", "Tenant",
            "Tenant - private landlord", "Settled mainstream housing with family / friends",
            "Supported accommodation / supported lodgings / supported group home", "Shared Lives scheme",
            "Approved premises for offenders released from prison or under probation supervision",
            "Sheltered housing / extra care housing / other sheltered housing",
            "Mobile accommodation for Gypsy / Roma and Traveller communities");
    public static final List<String> UNSETTLED = List.of("Rough sleeper / squatting",
            "Night shelter / emergency hostel / direct access hostel", "Refuge",
            "Placed in temporary accommodation by the council (inc. homelessness resettlement)",
            "Staying with family / friends as a short-term guest",
            "Acute / long-term healthcare residential facility or hospital", "Registered care home",
            "Registered nursing home", "Prison / Young offenders institution / detention centre",
            "Other temporary accommodation", "Unknown");

    public static CodeList accommodation() {
        CodeList list = CodeList.of("Accommodation Status");
        SETTLED.forEach(list::add);
        UNSETTLED.forEach(list::add);
        return list.alias("Tenant", "Tenant: Local authority or other social housing provider")
                .alias("Tenant - private landlord", "Tenant: Private landlord")
                .alias("Settled mainstream housing with family / friends",
                        "Settled mainstream housing with family or friends")
                .alias("Owner occupier or shared ownership scheme", "Owner occupier");
    }

    public static final List<String> PAID = List.of("Paid: Less than 16 hours a week",
            "Paid: 16 or more hours a week", "Paid: Hours per week unknown");

    public static CodeList employment() {
        CodeList list = CodeList.of("Employment Status");
        PAID.forEach(list::add);
        return list.add("Not in Paid Employment (seeking work)")
                .add("Not in Paid Employment (not actively seeking work / retired)")
                .add("Not in Paid Employment (voluntary work only)")
                .add("Unknown")
                .alias("Not in Paid Employment (seeking work)", "Not in paid employment: Seeking work")
                .alias("Not in Paid Employment (not actively seeking work / retired)",
                        "Not in paid employment: Not actively seeking work or retired", "Retired")
                .alias("Not in Paid Employment (voluntary work only)", "Not in paid employment: Voluntary work only");
    }

    public static CodeList reviewTypes() {
        return CodeList.of("Review Type", "Planned", "Unplanned").alias("Planned", "P", "Scheduled")
                .alias("Unplanned", "U", "Unscheduled");
    }

    public static CodeList reviewReasons() {
        return CodeList.of("Review Reason", "Hospital", "Carer related", "Safeguarding concern", "Other reason")
                .alias("Hospital", "Unplanned - Hospital", "Hospital (planned and unplanned episodes)")
                .alias("Carer related", "Unplanned - Carer related", "Carer")
                .alias("Safeguarding concern", "Unplanned - Safeguarding concern", "Safeguarding")
                .alias("Other reason", "Unplanned - Other Reason", "Other", "Provider failure",
                        "Unplanned - Provider Failure", "Change in commissioning arrangements",
                        "Unplanned - Change in Commissioning arrangements");
    }

    public static final List<String> REVIEW_SEQUELS = List.of(
            "Change in setting - Move to Nursing Care (from community)",
            "Change in setting - Move to Residential Care (from community)",
            "Short Term Support to Maximise Independence",
            "No change in setting - Level of Long Term Support Increased",
            "No change in setting - No Change in Long Term Support",
            "No change in setting - Level of Long Term Support Decreased",
            "No change in setting - All Long Term Support Temporarily Suspended",
            "No change in setting - All Long Term Support Ended");

    public static CodeList reviewSequels() {
        return CodeList.numbered("Review Outcome", REVIEW_SEQUELS.toArray(String[]::new))
                .alias(REVIEW_SEQUELS.get(0), "Move to Nursing Care (from community)", "Move to Nursing Care")
                .alias(REVIEW_SEQUELS.get(1), "Move to Residential Care (from community)", "Move to Residential Care")
                .alias(REVIEW_SEQUELS.get(2), "ST-Max")
                .alias(REVIEW_SEQUELS.get(3), "Level of Long Term Support Increased")
                .alias(REVIEW_SEQUELS.get(4), "No Change in Long Term Support", "No change")
                .alias(REVIEW_SEQUELS.get(5), "Level of Long Term Support Decreased")
                .alias(REVIEW_SEQUELS.get(6), "All Long Term Support Temporarily Suspended")
                .alias(REVIEW_SEQUELS.get(7), "All Long Term Support Ended");
    }

    public static final String SECTION_42 = "Section 42";
    public static final String OTHER_ENQUIRY = "Other";

    public static CodeList enquiryTypes() {
        return CodeList.of("Enquiry Type", SECTION_42, OTHER_ENQUIRY)
                .alias(SECTION_42, "S42", "Section 42 enquiry", "S.42")
                .alias(OTHER_ENQUIRY, "Other enquiry", "Non-statutory enquiry");
    }

    public static final List<String> RISK_TYPES = List.of("Physical Abuse", "Sexual Abuse", "Psychological Abuse",
            "Financial or Material Abuse", "Discriminatory Abuse", "Organisational Abuse",
            "Neglect and Acts of Omission", "Domestic Abuse", "Sexual Exploitation", "Modern Slavery", "Self-Neglect");

    public static CodeList riskTypes() {
        return CodeList.of("Type of Risk", RISK_TYPES.toArray(String[]::new))
                .alias("Physical Abuse", "Physical").alias("Sexual Abuse", "Sexual")
                .alias("Psychological Abuse", "Psychological", "Emotional Abuse")
                .alias("Financial or Material Abuse", "Financial", "Financial Abuse")
                .alias("Discriminatory Abuse", "Discriminatory").alias("Organisational Abuse", "Organisational", "Institutional Abuse")
                .alias("Neglect and Acts of Omission", "Neglect").alias("Domestic Abuse", "Domestic")
                .alias("Self-Neglect", "Self Neglect");
    }

    public static final List<String> LOCATIONS = List.of("Own Home", "In the Community (excluding community services)",
            "In a Community Service", "Care Home - Nursing", "Care Home - Residential", "Hospital - Acute",
            "Hospital - Mental Health", "Hospital - Community", "Other");

    public static CodeList locations() {
        return CodeList.of("Location of Risk", LOCATIONS.toArray(String[]::new))
                .alias("In the Community (excluding community services)", "In the Community")
                .alias("Care Home - Nursing", "Nursing Home").alias("Care Home - Residential", "Residential Home");
    }

    public static final List<String> SOURCES = List.of("Service Provider", "Other - Known to Individual",
            "Other - Unknown to Individual");

    public static CodeList sources() {
        return CodeList.of("Source of Risk", SOURCES.toArray(String[]::new))
                .alias("Other - Known to Individual", "Known to Individual")
                .alias("Other - Unknown to Individual", "Unknown to Individual");
    }

    public static final String RISK_IDENTIFIED_ACTION = "Risk identified and action taken";
    public static final List<String> ACTIONS = List.of(RISK_IDENTIFIED_ACTION, "Risk identified and no action taken",
            "Risk assessment inconclusive and action taken", "Risk assessment inconclusive and no action taken",
            "No risk identified and action taken", "No risk identified and no action taken",
            "Enquiry ceased at individual's request and no action taken");

    public static CodeList actions() {
        return CodeList.of("Action and Outcome", ACTIONS.toArray(String[]::new))
                .alias("Enquiry ceased at individual's request and no action taken",
                        "Enquiry ceased at individuals request and no action taken");
    }

    public static CodeList riskResults() {
        return CodeList.of("Risk Result", "Risk removed", "Risk reduced", "Risk remained")
                .alias("Risk removed", "Removed").alias("Risk reduced", "Reduced").alias("Risk remained", "Remained");
    }

    public static CodeList capacity() {
        return CodeList.of("Lacked Capacity", "Yes", "No", "Don't know")
                .alias("Yes", "Y", "Yes, they lacked capacity").alias("No", "N", "No, they did not lack capacity")
                .alias("Don't know", "Dont know", "Do not know", "Unknown");
    }

    public static CodeList yesNo(String name) {
        return CodeList.of(name, "Yes", "No").alias("Yes", "Y").alias("No", "N");
    }

    public static final String MSP_EXPRESSED = "Yes, they were asked and outcomes were expressed";
    public static final List<String> MSP = List.of(MSP_EXPRESSED, "Yes, they were asked but no outcomes were expressed",
            "No", "Don't know", "Not recorded");

    public static CodeList msp() {
        return CodeList.of("MSP Asked", MSP.toArray(String[]::new))
                .alias(MSP_EXPRESSED, "Yes - outcomes expressed", "Asked and expressed")
                .alias("Yes, they were asked but no outcomes were expressed", "Yes - no outcomes expressed")
                .alias("Don't know", "Dont know", "Do not know");
    }

    public static CodeList mspAchieved() {
        return CodeList.of("MSP Outcomes Achieved", "Fully achieved", "Partially achieved", "Not achieved")
                .alias("Fully achieved", "Fully").alias("Partially achieved", "Partially").alias("Not achieved", "None");
    }

    // Care leavers (SSDA903 OC3): codes, checked after upper-casing and trimming.
    public static final List<String> IN_TOUCH = List.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM");
    public static final List<String> ACTIVITY = List.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5",
            "G6", "0");
    public static final List<String> ACCOMMODATION = List.of("B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1",
            "G2", "H1", "H2", "K1", "K2", "R1", "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1",
            "Y2", "Z1", "Z2", "0");
}
