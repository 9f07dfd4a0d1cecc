package org.carereturns.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SharedValuesTest {

    @Test
    void aCodeOrADateReadTwiceIsOneInstance() {
        String first = SharedValues.shared(new String("Long Term Support: Community"));
        assertThat(SharedValues.shared(new String("Long Term Support: Community"))).isSameAs(first);
        LocalDate day = SharedValues.shared(LocalDate.of(2024, 4, 1));
        assertThat(SharedValues.shared(LocalDate.parse("2024-04-01"))).isSameAs(day);
    }

    @Test
    void idsAreNotKeptForSharing() {
        String id = new String("S2000123");
        assertThat(SharedValues.looksLikeAnId(id)).isTrue();
        assertThat(SharedValues.looksLikeAnId("Paid: 16 or more hours a week")).isFalse();
        assertThat(SharedValues.shared(id)).isSameAs(id);
        assertThat(SharedValues.shared(new String("S2000123"))).isNotSameAs(id);
    }
}
