package org.carereturns.validation;

import java.time.LocalDate;

import org.carereturns.codes.CodeList;
import org.carereturns.codes.Codes;
import org.carereturns.ingest.InputRefusedException;
import org.carereturns.ingest.Mapping;
import org.carereturns.ingest.Records.ChildHeader;

import static org.carereturns.ingest.Schema.*;

/**
 * The SSDA903 header: one row per child looked after, with the date of birth every rule about ages
 * uses. DfE rules keep their DfE numbers and wording; the rest are this project's (HDR-).
 */
public final class HeaderRules extends ChildRules<ChildHeader> {

    static final String X = "903 header";
    static final RuleSet RULES = new RuleSet(X);
    public static final Rule ID = RULES.error("HDR-01", CHILD_ID, "Child ID is required.");
    public static final Rule DUPLICATE = RULES.error("HDR-02", CHILD_ID,
            "Child ID must be unique in the header: a later copy of a Child ID already seen is rejected.");
    public static final Rule R101 = RULES.warning("101", GENDER,
            "Gender code is not valid. (1 Male, 2 Female; any other value is treated as not known.)");
    public static final Rule R102 = RULES.error("102", DOB, "Date of birth is not a valid date.");

    private final CodeList genders;

    public HeaderRules(Mapping mapping) throws InputRefusedException {
        super(RULES, ID, DUPLICATE);
        this.genders = mapping.withAliases(GENDER, Codes.genders());
    }

    @Override
    public java.util.Map<String, CodeList> codeLists() {
        return java.util.Map.of(GENDER, genders);
    }

    @Override
    protected ChildHeader read(RowCheck row) {
        String id = row.required(CHILD_ID, ID);
        String gender = row.optionalCode(GENDER, genders, R101);
        LocalDate dob = row.requiredDate(DOB, R102);
        return new ChildHeader(id, gender, dob);
    }
}
