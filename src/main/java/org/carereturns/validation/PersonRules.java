package org.carereturns.validation;

import java.time.LocalDate;

import org.carereturns.codes.CodeList;
import org.carereturns.codes.Codes;
import org.carereturns.ingest.InputRefusedException;
import org.carereturns.ingest.Mapping;
import org.carereturns.ingest.Records.Person;
import org.carereturns.ingest.Schema;

/** The person columns shared by contacts, services, reviews and safeguarding (extracts.md). */
public final class PersonRules {

    static final String ANY = "adult extracts";
    static final RuleSet RULES = new RuleSet(ANY);

    public static final Rule PERSON_ID = RULES.error("PER-01", Schema.PERSON_ID,
            "Every row needs the Person ID of the person it is about.");
    public static final Rule DOB = RULES.error("PER-02", Schema.DOB,
            "Date of Birth is required and must be a valid date.");
    public static final Rule DOB_AFTER_EVENT = RULES.error("PER-03", Schema.DOB,
            "Date of Birth must not be after the date of the event the row records.");
    public static final Rule NHS = RULES.warning("PER-04", Schema.NHS_NUMBER,
            "NHS Number, when given, must be 10 digits with a valid check digit; otherwise it is treated as unknown.");
    public static final Rule GENDER = RULES.warning("PER-05", Schema.GENDER,
            "Gender, when given, must be Male, Female, Other or Not known; otherwise it is treated as Not known.");
    public static final Rule ETHNICITY = RULES.warning("PER-06", Schema.ETHNICITY,
            "Ethnicity, when given, must be an ethnic group or an ONS 2021 category; otherwise it is treated as "
                    + "Undeclared / Not Known.");
    public static final Rule PSR = RULES.warning("PER-07", Schema.PSR,
            "Primary Support Reason, when given, must be on the PSR list; otherwise it is treated as Unknown.");
    public static final Rule DOD = RULES.error("PER-08", Schema.DOD,
            "Date of Death, when given, must be a valid date not before the Date of Birth.");
    public static final Rule CLIENT_TYPE = RULES.error("PER-09", "contacts, services", Schema.CLIENT_TYPE,
            "Client Type, when given, must be Service User or Carer (blank means Service User).");

    private final CodeList genders;
    private final CodeList ethnicities;
    private final CodeList psr;
    private final CodeList clientTypes;

    public PersonRules(Mapping mapping, boolean safeguarding) throws InputRefusedException {
        this.genders = mapping.withAliases(Schema.GENDER, Codes.genders());
        this.ethnicities = mapping.withAliases(Schema.ETHNICITY, Codes.ethnicities());
        this.psr = mapping.withAliases(Schema.PSR, Codes.psr(safeguarding));
        this.clientTypes = mapping.withAliases(Schema.CLIENT_TYPE, Codes.clientTypes());
    }

    /** The person columns' code lists, by column. */
    public java.util.Map<String, CodeList> codeLists() {
        java.util.Map<String, CodeList> lists = new java.util.LinkedHashMap<>();
        lists.put(Schema.GENDER, genders);
        lists.put(Schema.ETHNICITY, ethnicities);
        lists.put(Schema.PSR, psr);
        lists.put(Schema.CLIENT_TYPE, clientTypes);
        return lists;
    }

    public CodeList psrCodes() {
        return psr;
    }

    /** Reads the person columns; {@code eventColumn} and {@code eventDate} are what DOB is checked against. */
    public Person check(RowCheck row, String eventColumn, LocalDate eventDate) {
        String id = row.required(Schema.PERSON_ID, PERSON_ID);
        LocalDate dob = row.requiredDate(Schema.DOB, DOB);
        if (dob != null && eventDate != null && dob.isAfter(eventDate)) {
            row.fail(DOB_AFTER_EVENT, Schema.DOB, row.shown(Schema.DOB), "Date of Birth " + dob
                    + " is after the " + eventColumn + " " + eventDate + ".");
        }
        String nhs = nhsNumber(row);
        String gender = row.optionalCode(Schema.GENDER, genders, GENDER);
        String ethnicity = row.optionalCode(Schema.ETHNICITY, ethnicities, ETHNICITY);
        String reason = row.optionalCode(Schema.PSR, psr, PSR);
        LocalDate dod = row.optionalDate(Schema.DOD, DOD);
        if (dod != null && dob != null && dod.isBefore(dob)) {
            row.fail(DOD, Schema.DOD, row.shown(Schema.DOD), "Date of Death " + dod + " is before the Date of Birth "
                    + dob + ".");
        }
        return new Person(id, nhs, dob, gender, ethnicity, reason, dod);
    }

    public String clientType(RowCheck row) {
        String v = row.optionalCode(Schema.CLIENT_TYPE, clientTypes, CLIENT_TYPE);
        return v == null ? Codes.SERVICE_USER : v;
    }

    private static String nhsNumber(RowCheck row) {
        if (row.blank(Schema.NHS_NUMBER)) {
            return null;
        }
        String shown = row.shown(Schema.NHS_NUMBER);
        String digits = shown.replace(" ", "").replace("-", "");
        if (!validNhsNumber(digits)) {
            row.fail(NHS, Schema.NHS_NUMBER, shown, "NHS Number '" + shown + "' is not a valid NHS number ("
                    + (digits.matches("\\d{10}") ? "the check digit is wrong" : "it must have 10 digits")
                    + "). Treated as unknown.");
            return null;
        }
        return digits;
    }

    /** The NHS modulus-11 check: weights 10..2 on the first nine digits. */
    public static boolean validNhsNumber(String digits) {
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
