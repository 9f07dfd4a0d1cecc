package org.carereturns.validation;

import java.time.LocalDate;
import java.util.List;

import org.carereturns.codes.CodeList;
import org.carereturns.codes.Codes;
import org.carereturns.ingest.InputRefusedException;
import org.carereturns.ingest.Mapping;
import org.carereturns.ingest.Records.Person;
import org.carereturns.ingest.Records.Review;

import static org.carereturns.ingest.Schema.*;

/** reviews: one row per completed review of a long-term support client (extracts.md). */
public final class ReviewRules extends ExtractRules<Review> {

    static final String X = "reviews";
    static final RuleSet RULES = new RuleSet(X);
    public static final Rule ID = RULES.error("REV-01", REVIEW_ID, "Review ID is required.");
    public static final Rule DUPLICATE = RULES.error("REV-02", REVIEW_ID,
            "Review ID must be unique in the extract; the first row is kept and later copies are rejected.");
    public static final Rule DATE = RULES.error("REV-03", REVIEW_DATE,
            "Review Date (the date the review was completed) is required and must be a valid date.");
    public static final Rule TYPE = RULES.error("REV-04", REVIEW_TYPE, "Review Type is required: Planned or Unplanned.");
    public static final Rule REASON = RULES.error("REV-05", REVIEW_REASON,
            "Review Reason is required on Unplanned reviews: Hospital, Carer related, Safeguarding concern or Other reason.");
    public static final Rule OUTCOME_RULE = RULES.error("REV-06", REVIEW_OUTCOME,
            "Review Outcome is required and must be one of the 8 review sequels.");
    public static final Rule NEXT = RULES.warning("REV-07", NEXT_REVIEW,
            "Next Review Due, when given, must be a valid date; otherwise it is treated as unknown.");

    private final PersonRules person;
    private final CodeList types;
    private final CodeList reasons;
    private final CodeList outcomes;

    public ReviewRules(Mapping mapping) throws InputRefusedException {
        super(RULES, ID, DUPLICATE);
                this.person = new PersonRules(mapping, false);
        this.types = mapping.withAliases(REVIEW_TYPE, Codes.reviewTypes());
        this.reasons = mapping.withAliases(REVIEW_REASON, Codes.reviewReasons());
        this.outcomes = mapping.withAliases(REVIEW_OUTCOME, Codes.reviewSequels());
    }

    @Override
    public java.util.Map<String, CodeList> codeLists() {
        java.util.Map<String, CodeList> lists = new java.util.LinkedHashMap<>(person.codeLists());
        lists.put(REVIEW_TYPE, types);
        lists.put(REVIEW_REASON, reasons);
        lists.put(REVIEW_OUTCOME, outcomes);
        return lists;
    }

    @Override
    protected String recordId(RowCheck row) {
        return row.text(REVIEW_ID);
    }

    @Override
    protected Review read(RowCheck row) {
        String id = row.required(REVIEW_ID, ID);
        LocalDate date = row.requiredDate(REVIEW_DATE, DATE);
        Person p = person.check(row, REVIEW_DATE, date);
        String type = row.requiredCode(REVIEW_TYPE, types, TYPE);
        String reason = "Unplanned".equals(type) ? row.requiredCode(REVIEW_REASON, reasons, REASON)
                : row.optionalCode(REVIEW_REASON, reasons, REASON);
        String outcome = row.requiredCode(REVIEW_OUTCOME, outcomes, OUTCOME_RULE);
        LocalDate next = row.optionalDate(NEXT_REVIEW, NEXT);
        return new Review(id, p, date, type, "Unplanned".equals(type) ? reason : null, outcome, next);
    }

    @Override
    protected String exclusion(Review r) {
        return r.person().ageOn(r.reviewDate()) < 18 ? "under 18 on the Review Date" : null;
    }
}
