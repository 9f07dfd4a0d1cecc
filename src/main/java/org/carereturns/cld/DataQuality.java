package org.carereturns.cld;

import java.util.List;

import org.carereturns.ingest.Records.CldEvent;
import org.carereturns.ingest.Schema;

/**
 * The CLD data quality sheet in DHSC's shape (cld-background §2.1): for each field, how many rows had
 * it mandatory, applicable or not applicable, by the check's result. Counted over every row read that
 * no rule rejected (a rejected row's findings are in Rejected.xlsx, field by field).
 */
final class DataQuality {

    record Line(String module, String field, String status, String validity, long count) {
    }

    private static final String STATUSES = "MAN";
    private static final String RESULTS = "VBFIR";
    /** Rows by field, status and result: [field][STATUSES index][RESULTS index]. */
    private final long[][][] counts = new long[Schema.CLD_COLUMNS.size()][STATUSES.length()][RESULTS.length()];
    private long rejected;

    void add(CldEvent row) {
        if (row == null) {
            rejected++;
            return;
        }
        String dq = row.dataQuality();
        for (int i = 0; i < counts.length; i++) {
            int status = STATUSES.indexOf(dq.charAt(2 * i));
            int result = RESULTS.indexOf(dq.charAt(2 * i + 1));
            counts[i][Math.max(0, status)][Math.max(0, result)]++;
        }
    }

    long rejected() {
        return rejected;
    }

    /** Every field's counts in the specification's order, statuses and results in DHSC's order; no zeros. */
    List<Line> lines() {
        List<Line> out = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            for (int s = 0; s < STATUSES.length(); s++) {
                for (int r = 0; r < RESULTS.length(); r++) {
                    if (counts[i][s][r] > 0) {
                        out.add(new Line(module(i), Schema.CLD_COLUMNS.get(i), status(STATUSES.charAt(s)),
                                validity(RESULTS.charAt(r)), counts[i][s][r]));
                    }
                }
            }
        }
        return out;
    }

    static String module(int field) {
        if (field <= 2) {
            return "Submission information";
        }
        if (field <= 23) {
            return "Person details";
        }
        if (field <= 29) {
            return "Events";
        }
        if (field == 30) {
            return "Requests";
        }
        if (field <= 33) {
            return "Assessments";
        }
        if (field <= 38) {
            return "Unpaid carers";
        }
        if (field <= 43) {
            return "Services";
        }
        return field <= 46 ? "Reviews" : "Costs";
    }

    static String status(char c) {
        return switch (c) {
            case 'M' -> "Mandatory";
            case 'A' -> "Applicable but not mandatory";
            default -> "Not applicable";
        };
    }

    static String validity(char c) {
        return switch (c) {
            case 'V' -> "Passed: Valid";
            case 'B' -> "Passed: Blank (Not Mandatory)";
            case 'F' -> "Failed: Blank (Mandatory)";
            case 'R' -> "Failed: Release 1";
            default -> "Failed: Invalid";
        };
    }
}
