package org.carereturns.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    private static final LocalDate D = LocalDate.of(2024, 4, 5);

    @ParameterizedTest
    @ValueSource(strings = {"2024-04-05", "05/04/2024", "5/4/2024", "05-04-2024", "05.04.2024", "5 Apr 2024",
            "5 April 2024", "05 APRIL 2024", "5 apr 2024", "5-Apr-2024", " 05/04/2024 ", "2024-04-05 10:30:00",
            "05/04/2024 10:30", "2024-04-05T10:30:00", "05/04/2024 9:05 AM", "45387"})
    void everyDateFormOfTheDictionaryReadsDayFirst(String text) {
        assertThat(Values.parseDate(text, false)).isEqualTo(D);
    }

    @ParameterizedTest
    @ValueSource(strings = {"05/04/24", "5/4/24", "24-04-05", "04/31/2024", "12/25/2024", "31/02/2024", "2024-13-01",
            "yesterday", "5 Smarch 2024", "00/01/2024", "2024/04/05", "0", "2958466"})
    void twoDigitYearsUsMonthFirstAndImpossibleDatesAreRejected(String text) {
        assertThat(Values.parseDate(text, false)).isNull();
    }

    @Test
    void excelSerialsInBothDateSystems() {
        assertThat(Values.fromSerial(45387, false)).isEqualTo(D);
        assertThat(Values.fromSerial(45387.75, false)).isEqualTo(D); // time of day ignored
        assertThat(Values.fromSerial(1, false)).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(Values.fromSerial(61, false)).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(Values.fromSerial(60, false)).isNull(); // Excel's 29 February 1900 never existed
        assertThat(Values.fromSerial(45387 - 1462, true)).isEqualTo(D); // 1904 system: 1,462 days fewer
        assertThat(Values.fromSerial(2958465, false)).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(Values.fromSerial(0, false)).isNull();
    }

    @Test
    void numbersShowAsExcelShowsThem() {
        assertThat(Values.numberAsText(12345.0)).isEqualTo("12345");
        assertThat(Values.numberAsText(1.2345E4)).isEqualTo("12345");
        assertThat(Values.numberAsText(9434765919.0)).isEqualTo("9434765919");
        assertThat(Values.numberAsText(2.5)).isEqualTo("2.5");
    }

    @Test
    void textIsTrimmedAndWhiteSpaceCollapsed() {
        assertThat(Values.text(Cell.text("  Community \t /  Other   route "))).isEqualTo("Community / Other route");
        assertThat(Values.text(Cell.text("   "))).isNull();
        assertThat(Values.text(Cell.text("007"))).isEqualTo("007");
    }

    @Test
    void wholeNumbers() {
        assertThat(Values.wholeNumber(Cell.number(3500, "3500"))).isEqualTo(3500L);
        assertThat(Values.wholeNumber(Cell.text("1,234"))).isEqualTo(1234L);
        assertThat(Values.wholeNumber(Cell.text("12.5"))).isNull();
        assertThat(Values.wholeNumber(Cell.text("ninety"))).isNull();
    }
}
