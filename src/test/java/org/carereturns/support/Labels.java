package org.carereturns.support;

/** The extract values the hand-built cohorts use, spelled once. */
public final class Labels {

    public static final String SU = "Service User";
    public static final String CARER = "Carer";
    public static final String COMMUNITY = "Long Term Support: Community";
    public static final String RESIDENTIAL = "Long Term Support: Residential Care";
    public static final String NURSING = "Long Term Support: Nursing Care";
    public static final String PRISON = "Long Term Support: Prison";
    public static final String ST_MAX = "Short Term Support: ST-Max";
    public static final String CARER_SUPPORT = "Carer Support: Direct to Carer";
    public static final String DP = "Direct Payment";
    public static final String MPB = "CASSR Managed Personal Budget";
    public static final String COMMISSIONED = "CASSR Commissioned Support";
    public static final String MH = "Mental Health Support";
    public static final String LD = "Learning Disability Support";
    public static final String PERSONAL_CARE = "Physical Support: Personal care support";
    public static final String MOBILITY = "Physical Support: Access & mobility only";
    public static final String MEMORY = "Support with Memory & Cognition";
    public static final String SUBSTANCE = "Social Support: Substance misuse support";
    public static final String VISUAL = "Sensory Support: Support for visual impairment";

    private Labels() {
    }
}
