package org.carereturns.audit;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * manifest.json: the run, its parameters, every input file with the account of its rows, the files
 * refused or not matched, the outputs with their SHA-256, and the returns produced and skipped.
 * Jackson writes it ({@link Json}), each record's fields in the order declared here, named in
 * snake_case.
 */
public record Manifest(String period, @JsonInclude(JsonInclude.Include.NON_NULL) String asOf,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean provisional, Council council, String job,
                       Long executionId, Parameters parameters, String started, String ended, String status,
                       List<Input> inputs, List<Refused> refusedInputs, List<String> unmatchedFiles,
                       List<Outside> mostlyOutsideThePeriod, List<Output> outputs, List<String> returnsProduced,
                       List<Skipped> returnsSkipped,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Eligibility careLeaverEligibility) {

    /**
     * Whether the care leavers' eligibility was checked against the 903 header and episodes, and the
     * young people it found due a return with none (CL-01) or could not decide (history too short).
     */
    public record Eligibility(boolean checked, String how, @JsonInclude(JsonInclude.Include.NON_NULL) Long dueWithNoOc3Row,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Long notDecidable) {
    }

    public record Council(String name, String code, String region, String source, List<String> returnsExpected) {
    }

    public record Parameters(String period, String input, String output, boolean allowPartial, String mapping) {
    }

    public record Input(String extract, String name, String sheet, int headerRow, String sha256, long rowsRead,
                        long blankRows, long rejected, long excluded, long used, long rowsWithWarnings,
                        Map<String, Long> excludedReasons, List<String> ignoredSheets) {

        static Input of(FileTally t) {
            var f = t.file();
            return new Input(f.extract().label(), f.name(), f.sheet(), f.headerRow(), f.sha256(), t.rowsRead(),
                    t.blankRows(), t.rejectedRows(), t.excludedRows(), t.usedRows(), t.warnings(), t.exclusions(),
                    f.ignoredSheets());
        }
    }

    public record Refused(String extract, String name, String sha256, String reason) {
    }

    public record Outside(String extract, long rowsRead, long outsideThePeriod, String message) {
    }

    public record Output(String name, String sha256) {
    }

    public record Skipped(@JsonProperty("return") String name, String reason) {
    }

    /** Every file's account, in the ledger's order. */
    public static List<Input> inputs(RunLedger ledger) {
        return ledger.tallies().stream().map(Input::of).toList();
    }

    /** The extracts more than half of whose rows fall outside the period. */
    public static List<Outside> outside(RunLedger ledger, String period) {
        return ledger.outsideThePeriod().stream()
                .map(o -> new Outside(o.extract(), o.rowsRead(), o.outside(), o.describe(period))).toList();
    }
}
