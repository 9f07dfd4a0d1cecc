package org.carereturns.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.carereturns.Period;
import org.carereturns.codes.CodeList;
import org.carereturns.codes.Codes;
import org.carereturns.ingest.InputRefusedException;
import org.carereturns.ingest.Mapping;
import org.carereturns.ingest.Records.CareLeaver;

import static org.carereturns.ingest.Schema.*;

/**
 * care leavers (SSDA903 table OC3). The DfE rules keep their DfE numbers and the DfE wording, as in
 * the DfE's own validator (data-to-insight/csc-validator-be-903); returns.md fixes their logic.
 */
public final class CareLeaverRules extends ChildRules<CareLeaver> {

    static final String X = "care leavers";
    static final RuleSet RULES = new RuleSet(X);
    public static final Rule ID = RULES.error("OC3-01", CHILD_ID, "Child ID is required.");
    public static final Rule DOB_RULE = RULES.error("OC3-02", DOB, "Date of Birth is required and must be a valid date.");
    public static final Rule GENDER_RULE = RULES.warning("OC3-03", GENDER,
            "Gender, when given, must be 1 (Male) or 2 (Female); otherwise it is treated as not known.");
    public static final Rule INT34 = RULES.error("INT34", CHILD_ID,
            "Child ID must be unique: a later copy of a Child ID already seen is rejected.");
    public static final Rule R131 = RULES.error("131", IN_TOUCH,
            "Data entry for being in touch after leaving care is invalid.");
    public static final Rule R132 = RULES.error("132", ACTIVITY,
            "Data entry for activity after leaving care is invalid.");
    public static final Rule R133 = RULES.error("133", CL_ACCOMMODATION,
            "Data entry for accommodation after leaving care is invalid. (S1 and X1 are not valid: homelessness "
                    + "and custody are always unsuitable.)");
    public static final Rule R153 = RULES.error("153", IN_TOUCH + ", " + ACTIVITY + ", " + CL_ACCOMMODATION,
            "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.");
    public static final Rule R344 = RULES.error("344", IN_TOUCH,
            "The individual has died or returned home to live with parent(s) or someone with parental "
                    + "responsibility for a continuous period of 6 months or more but activity and/or accommodation "
                    + "on leaving care have been completed.");
    public static final Rule R345 = RULES.error("345", IN_TOUCH,
            "The data collection record shows the local authority is in touch with this young person, but "
                    + "activity and/or accommodation data items are zero.");
    public static final Rule R347 = RULES.error("347", CL_ACCOMMODATION,
            "Care leavers aged under 18 years, can not be accommodated in a Foyer.");
    public static final Rule R391 = RULES.error("391", DOB,
            "Young person was not 17, 18, 19, 20 or 21 during the current collection year.");
    public static final Rule R3001 = RULES.error("3001", CL_ACCOMMODATION,
            "Where care leavers are in touch around their 17th birthday, the accommodation cannot be with their "
                    + "former foster carer(s).");

    private final Period period;
    private final CodeList genders;

    public CareLeaverRules(Mapping mapping, Period period) throws InputRefusedException {
        super(RULES, ID, INT34);
        this.period = period;
        this.genders = mapping.withAliases(GENDER, Codes.genders());
    }

    @Override
    public java.util.Map<String, CodeList> codeLists() {
        java.util.Map<String, CodeList> lists = new java.util.LinkedHashMap<>();
        lists.put(GENDER, genders);
        lists.put(IN_TOUCH, CodeList.of(IN_TOUCH, Codes.IN_TOUCH.toArray(String[]::new)));
        lists.put(ACTIVITY, CodeList.of(ACTIVITY, Codes.ACTIVITY.toArray(String[]::new)));
        lists.put(CL_ACCOMMODATION, CodeList.of(CL_ACCOMMODATION, Codes.ACCOMMODATION.toArray(String[]::new)));
        return lists;
    }

    @Override
    protected String duplicateWording() {
        return INT34.description();
    }


    @Override
    protected CareLeaver read(RowCheck row) {
        String id = row.required(CHILD_ID, ID);
        LocalDate dob = row.requiredDate(DOB, DOB_RULE);
        String gender = row.optionalCode(GENDER, genders, GENDER_RULE);
        String inTouch = code(row, IN_TOUCH, Codes.IN_TOUCH, R131);
        String activity = code(row, ACTIVITY, Codes.ACTIVITY, R132);
        String accom = code(row, CL_ACCOMMODATION, Codes.ACCOMMODATION, R133);
        int blanks = (row.blank(IN_TOUCH) ? 1 : 0) + (row.blank(ACTIVITY) ? 1 : 0) + (row.blank(CL_ACCOMMODATION) ? 1 : 0);
        if (blanks == 1 || blanks == 2) {
            row.fail(R153, blankOne(row), "", R153.description() + " (In Touch '" + row.shown(IN_TOUCH)
                    + "', Activity '" + row.shown(ACTIVITY) + "', Accommodation '" + row.shown(CL_ACCOMMODATION) + "')");
        }
        // as the DfE validator: any Activity or Accommodation given, valid code or not (an invalid one also
        // breaks 132 or 133), other than 0
        String activityGiven = given(row, ACTIVITY);
        String accomGiven = given(row, CL_ACCOMMODATION);
        if (("DIED".equals(inTouch) || "RHOM".equals(inTouch))
                && (activityGiven != null && !"0".equals(activityGiven) || accomGiven != null && !"0".equals(accomGiven))) {
            row.fail(R344, IN_TOUCH, inTouch, R344.description() + " (In Touch " + inTouch + ", Activity "
                    + activityGiven + ", Accommodation " + accomGiven + "; both should be 0)");
        }
        if ("YES".equals(inTouch) && ("0".equals(activity) || "0".equals(accom))) {
            row.fail(R345, IN_TOUCH, inTouch, R345.description() + " (Activity " + activity + ", Accommodation "
                    + accom + ")");
        }
        if (dob != null) {
            int age = period.ageInYear(dob);
            if (age == 17 && accom != null && accom.startsWith("T")) {
                row.fail(R347, CL_ACCOMMODATION, accom, R347.description() + " (Accommodation " + accom
                        + ", aged 17 in the collection year)");
            }
            if (age == 17 && ("Z1".equals(accom) || "Z2".equals(accom))) {
                row.fail(R3001, CL_ACCOMMODATION, accom, R3001.description() + " (Accommodation " + accom
                        + ", aged 17 in the collection year)");
            }
            if ((age < 17 || age > 25) && blanks < 3) {
                row.fail(R391, DOB, row.shown(DOB), R391.description() + " (Date of Birth " + dob + ": aged " + age
                        + " in " + period + ")");
            }
        }
        return new CareLeaver(id, dob, gender, inTouch, activity, accom);
    }

    private static String blankOne(RowCheck row) {
        return row.blank(IN_TOUCH) ? IN_TOUCH : row.blank(ACTIVITY) ? ACTIVITY : CL_ACCOMMODATION;
    }

    /** The value given in a code column as written (upper case, trimmed), valid or not; null when blank. */
    private static String given(RowCheck row, String column) {
        return row.blank(column) ? null : row.shown(column).trim().toUpperCase(Locale.ROOT);
    }

    @Override
    protected String exclusion(CareLeaver c) {
        if (c.inTouch() == null && c.activity() == null && c.accommodation() == null) {
            return "In Touch, Activity and Accommodation all blank";
        }
        int age = period.ageInYear(c.dateOfBirth());
        if (age >= 22 && age <= 25) {
            return "aged 22 to 25 in the collection year";
        }
        if ("DIED".equals(c.inTouch()) || "RHOM".equals(c.inTouch())) {
            return "In Touch " + c.inTouch();
        }
        return null;
    }
}
