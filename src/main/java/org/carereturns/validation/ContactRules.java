package org.carereturns.validation;

import java.time.LocalDate;
import java.util.List;

import org.carereturns.codes.CodeList;
import org.carereturns.codes.Codes;
import org.carereturns.ingest.InputRefusedException;
import org.carereturns.ingest.Mapping;
import org.carereturns.ingest.Records.Contact;
import org.carereturns.ingest.Records.Person;

import static org.carereturns.ingest.Schema.*;

/** contacts: one row per contact or request for support (extracts.md). */
public final class ContactRules extends ExtractRules<Contact> {

    static final String X = "contacts";
    static final RuleSet RULES = new RuleSet(X);
    public static final Rule ID = RULES.error("CON-01", CONTACT_ID, "Contact ID is required.");
    public static final Rule DUPLICATE = RULES.error("CON-02", CONTACT_ID,
            "Contact ID must be unique in the extract; the first row is kept and later copies are rejected.");
    public static final Rule DATE = RULES.error("CON-03", CONTACT_DATE, "Contact Date is required and must be a valid date.");
    public static final Rule ROUTE_RULE = RULES.error("CON-04", ROUTE,
            "Route of Access is required and must be one of the SALT routes.");
    public static final Rule OUTCOME_RULE = RULES.error("CON-05", OUTCOME,
            "Outcome, when given, must be one of the 12 STS001 sequels (blank means the contact is still open).");
    public static final Rule OUTCOME_DATE_RULE = RULES.error("CON-06", OUTCOME_DATE,
            "Outcome Date must be a valid date, and Outcome and Outcome Date go together: one without the other is an error.");
    public static final Rule OUTCOME_BEFORE_CONTACT = RULES.error("CON-07", OUTCOME_DATE,
            "Outcome Date must not be before the Contact Date.");

    private final PersonRules person;
    private final CodeList routes;
    private final CodeList outcomes;

    public ContactRules(Mapping mapping) throws InputRefusedException {
        super(RULES, ID, DUPLICATE);
                this.person = new PersonRules(mapping, false);
        this.routes = mapping.withAliases(ROUTE, Codes.routes());
        this.outcomes = mapping.withAliases(OUTCOME, Codes.contactOutcomes());
    }

    @Override
    public java.util.Map<String, CodeList> codeLists() {
        java.util.Map<String, CodeList> lists = new java.util.LinkedHashMap<>(person.codeLists());
        lists.put(ROUTE, routes);
        lists.put(OUTCOME, outcomes);
        return lists;
    }

    @Override
    protected String recordId(RowCheck row) {
        return row.text(CONTACT_ID);
    }

    @Override
    protected Contact read(RowCheck row) {
        String id = row.required(CONTACT_ID, ID);
        LocalDate date = row.requiredDate(CONTACT_DATE, DATE);
        Person p = person.check(row, CONTACT_DATE, date);
        String clientType = person.clientType(row);
        String route = row.requiredCode(ROUTE, routes, ROUTE_RULE);
        String outcome = row.optionalCode(OUTCOME, outcomes, OUTCOME_RULE);
        LocalDate outcomeDate = row.optionalDate(OUTCOME_DATE, OUTCOME_DATE_RULE);
        if (!row.blank(OUTCOME) && row.blank(OUTCOME_DATE)) {
            row.fail(OUTCOME_DATE_RULE, OUTCOME_DATE, "", "Outcome '" + row.shown(OUTCOME)
                    + "' is given but Outcome Date is blank; record the date the outcome was reached.");
        } else if (row.blank(OUTCOME) && !row.blank(OUTCOME_DATE)) {
            row.fail(OUTCOME_DATE_RULE, OUTCOME, "", "Outcome Date '" + row.shown(OUTCOME_DATE)
                    + "' is given but Outcome is blank; record the outcome, or clear the date if the contact is still open.");
        }
        if (date != null && outcomeDate != null && outcomeDate.isBefore(date)) {
            row.fail(OUTCOME_BEFORE_CONTACT, OUTCOME_DATE, row.shown(OUTCOME_DATE), "Outcome Date " + outcomeDate
                    + " is before the Contact Date " + date + ".");
        }
        return new Contact(id, p, clientType, date, route, outcome, outcomeDate);
    }

    // No exclusion here: the Local KPIs count contacts of every age; STS001 leaves out under-18s itself.
}
