package org.carereturns.salt;

import java.util.List;

/** The LTS001 columns, in the SALT return's order, and the setting hierarchy that fills them. */
public final class Setting {

    public static final String NURSING = "Nursing";
    public static final String RESIDENTIAL = "Residential";
    public static final String COMMUNITY_DP = "Community: Direct Payment only";
    public static final String COMMUNITY_PART_DP = "Community: Part Direct Payment";
    public static final String COMMUNITY_MPB = "Community: CASSR Managed Personal Budget";
    public static final String COMMUNITY_COMMISSIONED = "Community: CASSR Commissioned Support only";
    public static final String PRISON_MPB = "Prison: CASSR Managed Personal Budget";
    public static final String PRISON_COMMISSIONED = "Prison: CASSR Commissioned Support only";

    public static final List<String> COLUMNS = List.of(NURSING, RESIDENTIAL, COMMUNITY_DP, COMMUNITY_PART_DP,
            COMMUNITY_MPB, COMMUNITY_COMMISSIONED, PRISON_MPB, PRISON_COMMISSIONED);

    private Setting() {
    }

    public static boolean isCommunity(String column) {
        return column.startsWith("Community");
    }

    public static boolean isPrison(String column) {
        return column.startsWith("Prison");
    }

    public static boolean isCareHome(String column) {
        return NURSING.equals(column) || RESIDENTIAL.equals(column);
    }
}
