package org.carereturns.codes;

import java.util.List;
import java.util.Map;

/**
 * The defined lists of the Client Level Data file (docs/cld.md): Release 2 wording first, each
 * value's Release 1 wording beside it. Where the Release 2 wording is not published (route of access,
 * review reasons, methods of assessment and review, gender) the Release 1 wording is the value, and
 * any wording differing from it only in case or spacing is accepted.
 */
public final class CldCodes {

    private CldCodes() {
    }

    public static final String REQUEST = "Request";
    public static final String ASSESSMENT = "Assessment";
    public static final String SERVICE = "Service";
    public static final String REVIEW = "Review";

    public static final CldList EVENT_TYPE = CldList.of("Event Type", REQUEST, ASSESSMENT, SERVICE, REVIEW);

    public static final String SERVICE_USER = "Service user";
    public static final String UNPAID_CARER = "Unpaid carer";
    public static final String CARER_BY_ASSOCIATION = "Unpaid carer known by association";

    public static final CldList CLIENT_TYPE = CldList.of("Client Type", SERVICE_USER, UNPAID_CARER, CARER_BY_ASSOCIATION)
            .r1(SERVICE_USER, "Service User").r1(UNPAID_CARER, "Carer")
            .r1(CARER_BY_ASSOCIATION, "Carer known by association");

    public static final CldList GENDER = CldList.of("Gender", "Male", "Female", "Other", "Unknown");

    public static final String LTS_NURSING = "Long term support: Nursing care";
    public static final String LTS_RESIDENTIAL = "Long term support: Residential care";
    public static final String LTS_COMMUNITY = "Long term support: Community";
    public static final String LTS_PRISON = "Long term support: Prison";
    public static final String ST_MAX = "Short term support: ST-Max";
    public static final String ST_LOW_LEVEL = "Short term support: Ongoing low level";
    public static final String ST_OTHER = "Short term support: Other short term";
    public static final String CARER_DIRECT = "Unpaid carer support: Direct to unpaid carer";
    public static final String CARER_INVOLVING = "Unpaid carer support: Support involving the person cared-for";
    /** Not a value of the file: 2A's sequel for other short-term support in a care home. */
    public static final String ST_RES_OR_NURSING = "Short term support: Residential or Nursing care";

    public static final List<String> LONG_TERM = List.of(LTS_NURSING, LTS_RESIDENTIAL, LTS_COMMUNITY, LTS_PRISON);

    public static final CldList SERVICE_TYPE = CldList.of("Service Type", LTS_NURSING, LTS_RESIDENTIAL, LTS_COMMUNITY,
                    LTS_PRISON, ST_MAX, ST_LOW_LEVEL, ST_OTHER, CARER_DIRECT, CARER_INVOLVING)
            .r1(LTS_NURSING, "Long Term Support: Nursing Care").r1(LTS_RESIDENTIAL, "Long Term Support: Residential Care")
            .r1(LTS_COMMUNITY, "Long Term Support: Community").r1(LTS_PRISON, "Long Term Support: Prison")
            .r1(ST_MAX, "Short Term Support: ST-Max").r1(ST_LOW_LEVEL, "Short Term Support: Ongoing Low Level")
            .r1(ST_OTHER, "Short Term Support: Other Short Term").r1(CARER_DIRECT, "Carer Support: Direct to Carer")
            .r1(CARER_INVOLVING, "Carer Support: Support involving the person cared-for");

    public static final String DP = "Direct payment";
    public static final String MANAGED_PB = "CASSR managed personal budget";
    public static final String COMMISSIONED = "CASSR commissioned support";

    public static final CldList DELIVERY = CldList.of("Delivery Mechanism", DP, MANAGED_PB, COMMISSIONED)
            .r1(DP, "Direct Payment").r1(MANAGED_PB, "CASSR Managed Personal Budget")
            .r1(COMMISSIONED, "CASSR Commissioned Support");

    public static final String C_REABLEMENT = "Reablement";
    public static final String C_DP = "Direct payment";
    public static final String C_ST_RESIDENTIAL = "Short term residential care";
    public static final String C_ST_NURSING = "Short term nursing care";
    public static final String C_EQUIPMENT = "Equipment";
    public static final String C_SHARED_LIVES = "Shared Lives";
    public static final String C_SUPPORTED_LIVING = "Community supported living";
    public static final String C_EXTRA_CARE = "Extra care housing";
    public static final String C_HOME_SUPPORT = "Home support or domiciliary care";

    public static final CldList COMPONENT = CldList.of("Service Component", C_REABLEMENT, C_DP, C_ST_RESIDENTIAL,
                    C_ST_NURSING, C_EQUIPMENT, C_SHARED_LIVES, C_SUPPORTED_LIVING, C_EXTRA_CARE, C_HOME_SUPPORT,
                    "Long term nursing care", "Long term residential care", "Day support", "Meals", "Transport",
                    "Professional support: Social worker", "Professional support: Other",
                    "Learning, education or employment support", "End of life care", "Emergency support",
                    "Other short term support", "Other long term support", "Unpaid carer respite",
                    "Unpaid carer sitting service", "Unpaid carer universal services", "Other unpaid carer support")
            .r1(C_ST_RESIDENTIAL, "Short Term Residential Care").r1(C_ST_NURSING, "Short Term Nursing Care")
            .r1("Unpaid carer respite", "Carer Respite").r1(C_DP, "Direct Payment");

    // Event outcomes, Release 2, in DHSC's hierarchy order (cld-background §1.4).
    public static final String O_REABLEMENT = "Progress to reablement/ST-Max";
    public static final String O_ASSESSMENT = "Progress to assessment, review or reassessment";
    public static final String O_R1_NOT_MAPPED = "Release 1 specification only: Not mapped";
    public static final String O_SUPPORT_PLANNING = "Progress to support planning or services";
    public static final String O_CONTINUATION = "Continuation of support or services";
    public static final String O_HOSPITAL = "Admitted to hospital";
    public static final String O_MOVED = "NFA: Responsibility moved to another local authority";
    public static final String O_NHS = "NFA: Referral to NHS services or NHS funded social care";
    public static final String O_SELF_FUNDED = "NFA: Self-funded client or under 12wk disregard";
    public static final String O_SIGNPOSTING = "NFA: Information and advice or signposting";
    public static final String O_REFERRAL_LA = "NFA: Referral to other service within the local authority";
    public static final String O_DECLINED = "NFA: Support declined";
    public static final String O_DECEASED = "NFA: Deceased";
    public static final String O_ENDED_PLANNED = "NFA: Support ended as planned";
    public static final String O_ENDED_OTHER = "NFA: Support ended for other reason";
    public static final String O_NO_SERVICES = "NFA: No services offered for other reason";
    public static final String O_OTHER = "NFA: Other";

    public static final CldList OUTCOME = CldList.of("Event Outcome", O_REABLEMENT, O_ASSESSMENT, O_R1_NOT_MAPPED,
                    O_SUPPORT_PLANNING, O_CONTINUATION, O_HOSPITAL, O_MOVED, O_NHS, O_SELF_FUNDED, O_SIGNPOSTING,
                    O_REFERRAL_LA, O_DECLINED, O_DECEASED, O_ENDED_PLANNED, O_ENDED_OTHER, O_NO_SERVICES, O_OTHER)
            .r1(O_REABLEMENT, "Progress to Reablement/ST-Max")
            .r1(O_ASSESSMENT, "Progress to Assessment", "Progress to Re-assessment / Unplanned Review")
            .r1(O_SUPPORT_PLANNING, "Progress to Support Planning / Services")
            .r1(O_R1_NOT_MAPPED, "Progress to financial assessment", "Progress to End of Life Care")
            .r1(O_CONTINUATION, "No change in package", "Provision of service")
            .r1(O_ENDED_PLANNED, "Service ended as planned")
            .r1(O_MOVED, "NFA - Moved to another LA").r1(O_NHS, "NFA - 100% NHS funded care")
            .r1(O_SELF_FUNDED, "NFA - Self-funded client (Inc. 12wk disregard)")
            .r1(O_SIGNPOSTING, "NFA - Information & Advice / Signposting only")
            .r1(O_DECLINED, "NFA - Support declined").r1(O_DECEASED, "NFA - Deceased")
            .r1(O_ENDED_OTHER, "NFA - Support ended: Other reason")
            .r1(O_NO_SERVICES, "NFA - No services offered: Other reason").r1(O_OTHER, "NFA- Other", "NFA - Other");

    /** DHSC's hierarchy of outcomes (1 best); a value off the list ranks 999, as DHSC ranks a null. */
    public static int hierarchy(String outcome) {
        int i = outcome == null ? -1 : OUTCOME.values().indexOf(outcome);
        return i < 0 ? 999 : i + 1;
    }

    public static final CldList ROUTE = CldList.of("Request: Route of Access", "Planned Entry (Transition)",
                    "Discharge from Hospital", "Diversion from Hospital Services", "Self-Funder",
                    "Community / Other route", "Prison", "Discharge from Reablement", "Transfer from Other LA")
            .r1("Self-Funder", "Self-funder with depleted funds");

    public static final CldList ASSESSMENT_TYPE = CldList.of("Assessment Type", "Long term assessment",
                    "Short term assessment", "Financial assessment", "Carer assessment")
            .r1("Long term assessment", "Long Term Assessment", "Long Term Assessment (Care Act eligibility determined)")
            .r1("Short term assessment", "Short Term Assessment")
            .r1("Financial assessment", "Financial Assessment")
            .r1("Carer assessment", "Carer Assessment", "Carers Assessment");

    public static final CldList METHOD = CldList.of("Method", "Carer only", "Service user only",
            "Service user and carer");

    public static final CldList REVIEW_REASON = CldList.of("Review Reason", "Planned",
                    "Unplanned - Hospital (Planned and unplanned episodes)", "Unplanned - Carer related",
                    "Unplanned - Safeguarding concern", "Unplanned - Other Reason", "Unplanned - Provider Failure",
                    "Unplanned - Change in Commissioning arrangements", "Review of short term support")
            .r1("Planned", "Planned review of long term support");

    public static final List<String> SETTLED = List.of("Owner occupier or shared ownership scheme",
            "Tenant: Local authority or other social housing provider", "Tenant: Private landlord",
            "Settled mainstream housing with family or friends",
            "Supported accommodation, supported lodgings or supported group home", "Shared Lives scheme",
            "Approved premises for offenders released from prison or under probation supervision",
            "Sheltered housing, extra care housing or other sheltered housing",
            "Mobile accommodation for Gypsy, Roma and Traveller communities");
    public static final List<String> UNSETTLED = List.of("Rough sleeper or squatting",
            "Night shelter, emergency hostel or direct access hostel", "Refuge",
            "Placed in temporary accommodation by the council (inc. homelessness resettlement)",
            "Staying with family or friends as a short term guest",
            "Acute hospital or long term healthcare residential facility", "Registered care home",
            "Registered nursing home", "Prison, young offenders institution or detention centre",
            "Other temporary accommodation", "Unknown");
    /** DHSC's inferred statuses (not values of the file). */
    public static final String PRESUMED_AT_HOME = "Unknown: Presumed at home";
    public static final String PRESUMED_IN_COMMUNITY = "Unknown: Presumed in community";

    public static final CldList ACCOMMODATION = accommodation();

    private static CldList accommodation() {
        CldList list = CldList.of("Accommodation Status", java.util.stream.Stream.concat(SETTLED.stream(),
                UNSETTLED.stream()).toArray(String[]::new));
        List<String> r1 = List.of("Owner occupier or shared ownership scheme", "Tenant", "Tenant - private landlord",
                "Settled mainstream housing with family / friends",
                "Supported accommodation / supported lodgings / supported group home", "Shared Lives scheme",
                "Approved premises for offenders released from prison or under probation supervision",
                "Sheltered housing / extra care housing / other sheltered housing",
                "Mobile accommodation for Gypsy / Roma and Traveller communities", "Rough sleeper / squatting",
                "Night shelter / emergency hostel / direct access hostel", "Refuge",
                "Placed in temporary accommodation by the council (inc. homelessness resettlement)",
                "Staying with family / friends as a short-term guest",
                "Acute / long-term healthcare residential facility or hospital", "Registered care home",
                "Registered nursing home", "Prison / Young offenders institution / detention centre",
                "Other temporary accommodation", "Unknown");
        List<String> r2 = list.values();
        for (int i = 0; i < r1.size(); i++) {
            if (!CodeList.key(r1.get(i)).equals(CodeList.key(r2.get(i)))) {
                list.r1(r2.get(i), r1.get(i));
            }
        }
        return list;
    }

    public static boolean settled(String accommodation) {
        return Codes.isOneOf(accommodation, SETTLED) || PRESUMED_AT_HOME.equals(accommodation);
    }

    public static final List<String> PAID = List.of("Paid: Less than 16 hours a week", "Paid: 16 or more hours a week",
            "Paid: Hours per week unknown");

    public static final CldList EMPLOYMENT = CldList.of("Employment Status", PAID.get(0), PAID.get(1), PAID.get(2),
                    "Not in paid employment: Seeking work", "Not in paid employment: Not actively seeking work or retired",
                    "Not in paid employment: Voluntary work only", "Unknown")
            .r1("Not in paid employment: Seeking work", "Not in Paid Employment (seeking work)")
            .r1("Not in paid employment: Not actively seeking work or retired",
                    "Not in Paid Employment (not actively seeking work / retired)")
            .r1("Not in paid employment: Voluntary work only", "Not in Paid Employment (voluntary work only)");

    public static final String PSR_LD = "Learning disability support";
    public static final String PSR_CARER = "Social support: Support to unpaid carer";
    public static final String PSR_UNKNOWN = "Unknown";

    public static final CldList PSR = CldList.of("Primary Support Reason", "Physical support: Access and mobility only",
                    "Physical support: Personal care support", "Sensory support: Support for visual impairment",
                    "Sensory support: Support for hearing impairment", "Sensory support: Support for dual impairment",
                    "Support with memory and cognition", PSR_LD, "Mental health support",
                    "Social support: Substance misuse support", "Social support: Asylum seeker support",
                    "Social support: Support for social isolation or other", PSR_CARER, PSR_UNKNOWN)
            .r1("Physical support: Access and mobility only", "Physical Support: Access & mobility only")
            .r1("Support with memory and cognition", "Support with Memory & Cognition")
            .r1("Social support: Support for social isolation or other", "Social Support: Support for Social Isolation/Other")
            .r1(PSR_CARER, "Social Support: Support to Carer");

    /** The SALT wording of each Release 2 PSR (for the SALT-from-CLD tables' rows). */
    public static String saltPsr(String r2) {
        int i = r2 == null ? -1 : PSR.values().indexOf(r2);
        return i < 0 || i >= Codes.PSR_LTS_ROWS.size() ? null : Codes.PSR_LTS_ROWS.get(i);
    }

    public static final CldList ETHNICITY = ethnicity();

    private static CldList ethnicity() {
        Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        groups.put("Asian or Asian British", List.of("Any other Asian background", "Bangladeshi", "Chinese", "Indian",
                "Pakistani"));
        groups.put("Black, Black British, Caribbean or African", List.of("African",
                "Any other Black, Black British, or Caribbean background", "Caribbean"));
        groups.put("Mixed or multiple ethnic groups", List.of("Any other Mixed or multiple ethnic background",
                "White and Asian", "White and Black African", "White and Black Caribbean"));
        groups.put("Other ethnic group", List.of("Any other ethnic group", "Arab"));
        groups.put("White", List.of("Any other White background", "English, Welsh, Scottish, Northern Irish or British",
                "Gypsy or Irish Traveller", "Irish", "Roma"));
        groups.put("No data", List.of("Refused", "Undeclared or not known"));
        List<String> values = new java.util.ArrayList<>();
        groups.forEach((g, items) -> items.forEach(i -> values.add(g + ": " + i)));
        CldList list = CldList.of("Ethnicity", values.toArray(String[]::new));
        groups.forEach((g, items) -> items.forEach(i -> {
            String r1 = g + " - " + i;
            if (!CodeList.key(r1).equals(CodeList.key(g + ": " + i))) {
                list.r1(g + ": " + i, r1);
            }
        }));
        list.r1("Mixed or multiple ethnic groups: White and Asian", "Mixed: White and Asian");
        list.r1("No data: Undeclared or not known", "No data - Undeclared or Not known");
        return list;
    }

    public static final CldList YES_NO_UNKNOWN = CldList.of("Has Unpaid Carer", "Yes", "No", "Unknown");

    public static final CldList FUNDING = CldList.of("Client Funding Status", "Fully social care funded",
            "Joint client and social care funded", "Fully client funded", "Unknown");

    public static final CldList COST_FREQUENCY = CldList.of("Cost Frequency (Unit Type)", "Per session", "Hourly",
            "Daily", "Weekly", "Fortnightly", "4-weekly", "Monthly", "Quarterly", "Annually", "One-off");
}
