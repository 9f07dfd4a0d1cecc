package org.carereturns.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.carereturns.Period;
import org.carereturns.ingest.Records.Episode;
import org.junit.jupiter.api.Test;

/** What the episodes decide for one child, 2024-25; the child is 19 (14th birthday 1 June 2019, 16th 1 June 2021). */
class CareHistoryTest {

    static final Period P = Period.parse("2024-25");
    static final LocalDate BORN = LocalDate.of(2005, 6, 1);

    private static Episode e(String child, String from, String ls, String to, String rec) {
        return new Episode(child, LocalDate.parse(from), ls, to == null ? null : LocalDate.parse(to), rec);
    }

    @Test
    void anExtractThatStartsAfterTheFourteenthBirthdayCannotSayTheChildWasNotRelevant() {
        CareHistory h = new CareHistory(P);
        h.add(e("A", "2020-01-01", "C2", "2020-02-01", "E8")); // 31 days: not enough, and the extract starts in 2020
        CareHistory.Facts a = h.facts("A", BORN);
        assertThat(a.relevant()).isFalse();
        assertThat(a.decidable()).as("care before 2020 may be missing").isFalse();
        assertThat(h.facts("NONE", BORN).decidable()).isFalse();
        // once the extract reaches back to the 14th birthday, the same history decides: not relevant
        h.add(e("B", "2019-06-01", "C2", "2019-06-02", "E8"));
        assertThat(h.facts("A", BORN).decidable()).isTrue();
        assertThat(h.facts("NONE", BORN).decidable()).isTrue();
    }

    @Test
    void enoughCareIsDecidedWhateverTheExtractLacks() {
        CareHistory h = new CareHistory(P);
        h.add(e("A", "2021-01-01", "C2", null, null)); // open: counts to 31 March 2025
        CareHistory.Facts a = h.facts("A", BORN);
        assertThat(a.relevant()).isTrue();
        assertThat(a.decidable()).isTrue();
        // 1 June 2019 ... : from 1 January 2021 to 31 March 2025 is 1,550 days; from 1 June 2021, 1,399
        assertThat(a.daysSince14()).isEqualTo(1550);
        assertThat(a.daysAfter16()).isEqualTo(1399);
        assertThat(a.ageInYear()).isEqualTo(19);
        assertThat(a.lookedAfterOnBirthday()).isTrue();
    }
}
