package org.carereturns.codes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/** Where each ST-Max outcome lands in STS002a (new clients) and STS002b (existing clients): returns.md. */
public final class StMaxOutcomes {

    public static final List<String> STS002A_COLUMNS = List.of(
            "Early Cessation of Service (not leading to long term support) - 100% NHS funded care, End of Life or deceased",
            "Early Cessation of Service (not leading to long term support) - other reason",
            "Early Cessation of Service (leading to long term support)",
            "Long Term Support (any setting)",
            "No Services Provided - needs identified but self-funding",
            "Ongoing Low Level Support",
            "Short Term Support (other)",
            "No Services Provided - needs identified but support declined",
            "No Services Provided - Universal Services/Signposted to other services",
            "No Services Provided - no identified needs");

    public static final List<String> STS002B_COLUMNS = List.of(
            "Early Cessation of Service (not returning to long term support) - NHS funded care, End of Life or deceased",
            "Early Cessation of Service (not returning to long term support) - other reason",
            "Early Cessation of Service (return to long term support)",
            "Move to Nursing Care (from community)",
            "Move to Residential Care (from community)",
            "Move to Community",
            "Level of Long Term Support Increased",
            "No Change in Long Term Support",
            "Level of Long Term Support Decreased",
            "All Long Term Support Ended - no ongoing eligible needs");

    private static final Map<String, String> NEW = new LinkedHashMap<>();
    private static final Map<String, String> EXISTING = new LinkedHashMap<>();

    static {
        List<String> o = Codes.ST_MAX_OUTCOMES;
        NEW.put(o.get(0), STS002A_COLUMNS.get(0));
        NEW.put(o.get(1), STS002A_COLUMNS.get(1));
        NEW.put(o.get(2), STS002A_COLUMNS.get(2));
        for (int i = 3; i <= 6; i++) {
            NEW.put(o.get(i), STS002A_COLUMNS.get(3));
        }
        for (int i = 7; i <= 12; i++) {
            NEW.put(o.get(i), STS002A_COLUMNS.get(i - 3));
        }
        EXISTING.put(o.get(0), STS002B_COLUMNS.get(0));
        EXISTING.put(o.get(1), STS002B_COLUMNS.get(1));
        EXISTING.put(o.get(2), STS002B_COLUMNS.get(2));
        for (int i = 13; i <= 19; i++) {
            EXISTING.put(o.get(i), STS002B_COLUMNS.get(i - 10));
        }
    }

    private StMaxOutcomes() {
    }

    /** The STS002a column for a new client's outcome, or null when the outcome is for existing clients. */
    public static String forNewClient(String outcome) {
        return NEW.get(outcome);
    }

    /** The STS002b column for an existing client's outcome, or null when the outcome is for new clients. */
    public static String forExistingClient(String outcome) {
        return EXISTING.get(outcome);
    }
}
