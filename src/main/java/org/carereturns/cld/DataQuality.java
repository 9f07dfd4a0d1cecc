package org.carereturns.cld;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    private final Map<String, long[]> counts = new TreeMap<>();
    private long rejected;

    void add(CldEvent row) {
        if (row == null) {
            rejected++;
            return;
        }
        String dq = row.dataQuality();
        for (int i = 0; i < Schema.CLD_COLUMNS.size(); i++) {
            String key = String.format("%02d", i) + dq.charAt(2 * i) + dq.charAt(2 * i + 1);
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
        }
    }

    long rejected() {
        return rejected;
    }

    List<Line> lines() {
        return counts.entrySet().stream().map(e -> {
            int field = Integer.parseInt(e.getKey().substring(0, 2));
            return new Line(module(field), Schema.CLD_COLUMNS.get(field), status(e.getKey().charAt(2)),
                    validity(e.getKey().charAt(3)), e.getValue()[0]);
        }).toList();
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
