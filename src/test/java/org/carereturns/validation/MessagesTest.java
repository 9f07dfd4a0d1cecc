package org.carereturns.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.carereturns.codes.Codes;
import org.junit.jupiter.api.Test;

/** Messages read as a person writes: column names keep their capitals, a long list is named, not quoted. */
class MessagesTest {

    @Test
    void aRuleThatStartsWithAColumnNameKeepsItsCapitals() {
        assertThat(RowCheck.lower("Delivery Mechanism is required for long-term community support."))
                .startsWith("Delivery Mechanism is required");
        assertThat(RowCheck.lower("ST-Max Outcome is required when an ST-Max has ended.")).startsWith("ST-Max Outcome");
        assertThat(RowCheck.lower("Every row needs the Person ID of the person it is about."))
                .startsWith("every row needs the Person ID");
    }

    @Test
    void aShortListIsQuotedWholeAndALongOneIsNamed() {
        assertThat(RowCheck.notOnList("Gender", "Mail", Codes.genders()))
                .isEqualTo("Gender 'Mail' is not a recognised value (expected one of: Male; Female; Other; Not known).");
        String accommodation = RowCheck.notOnList("Accommodation Status", "Flat", Codes.accommodation());
        assertThat(accommodation).startsWith("Accommodation Status 'Flat' is not on the Accommodation Status list (")
                .contains("docs/extracts.md").doesNotContain("Owner occupier");
        assertThat(accommodation.length()).isLessThan(200);
    }
}
