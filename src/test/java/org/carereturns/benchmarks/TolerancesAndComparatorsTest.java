package org.carereturns.benchmarks;

import org.carereturns.returns.CellKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carereturns.Period;
import org.carereturns.council.Tolerances;
import org.carereturns.ingest.InputRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TolerancesAndComparatorsTest {

    @TempDir
    Path dir;

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aCountMovesBeyondToleranceOnlyByMoreThan25PercentAndByAtLeast10() {
        Tolerances t = Tolerances.DEFAULT;
        assertThat(t.countMoved(n("40"), n("50"))).as("exactly 25 %% (10 of 40)").isFalse();
        assertThat(t.countMoved(n("40"), n("51"))).as("27.5 %%, 11").isTrue();
        assertThat(t.countMoved(n("40"), n("29"))).as("27.5 %% down, 11").isTrue();
        assertThat(t.countMoved(n("20"), n("29"))).as("45 %% but only 9").isFalse();
        assertThat(t.countMoved(n("20"), n("30"))).as("50 %% and exactly 10").isTrue();
        assertThat(t.countMoved(n("0"), n("10"))).as("from nothing, 10").isTrue();
        assertThat(t.countMoved(n("0"), n("9"))).isFalse();
    }

    @Test
    void aRateMovesBeyondToleranceByMoreThan10Points() {
        Tolerances t = Tolerances.DEFAULT;
        assertThat(t.rateMoved(n("50.0"), n("60.0"))).as("exactly 10 points").isFalse();
        assertThat(t.rateMoved(n("50.0"), n("60.1"))).isTrue();
        assertThat(t.rateMoved(n("60.1"), n("50.0"))).isTrue();
        Tolerances tight = new Tolerances(n("5"), n("1"), n("0.5"));
        assertThat(tight.rateMoved(n("50.0"), n("50.6"))).isTrue();
        assertThat(tight.countMoved(n("100"), n("106"))).isTrue();
    }

    @Test
    void theLatestComparatorUpToThePeriodIsUsed() throws Exception {
        Path file = Files.writeString(dir.resolve("comparators.csv"), Comparators.HEADER + "\n"
                + "ASCOF,2A,Total,Outcome,2022-23,England,77.55,\"ASCOF 2022-23, NHS England\"\n"
                + "ASCOF,2A,Total,Outcome,2023-24,England,76.90,ASCOF 2023-24\n"
                + "ASCOF,2A,Total,Outcome,2025-26,England,70.00,a later year\n");
        Comparators c = Comparators.load(file, file.toString());
        CellKey cell = new CellKey("ASCOF", "2A", "Total", "Outcome");
        assertThat(c.latest(cell, Period.parse("2024-25")).value()).isEqualByComparingTo("76.90");
        assertThat(c.latest(cell, Period.parse("2023-24")).value()).isEqualByComparingTo("76.90");
        assertThat(c.latest(cell, Period.parse("2022-23")).source()).isEqualTo("ASCOF 2022-23, NHS England");
        assertThat(c.latest(cell, Period.parse("2021-22"))).isNull();
        assertThat(c.latest(new CellKey("ASCOF", "2A", "65+", "Outcome"), Period.parse("2024-25"))).isNull();
    }

    @Test
    void aMalformedLineIsRefusedNamingItsNumber() throws Exception {
        Path bad = Files.writeString(dir.resolve("c1.csv"), Comparators.HEADER + "\n"
                + "ASCOF,2A,Total,Outcome,2022-23,England,77.55,ok\n"
                + "ASCOF,2A,Total,Outcome,2023-24,England,77.6%,a percentage sign\n");
        assertThatThrownBy(() -> Comparators.load(bad, "c1")).isInstanceOf(InputRefusedException.class)
                .hasMessageContaining("line 3").hasMessageContaining("value '77.6%' is not a number");
        Path period = Files.writeString(dir.resolve("c2.csv"), Comparators.HEADER + "\n"
                + "ASCOF,2A,Total,Outcome,2023,England,77.6,a year not a collection year\n");
        assertThatThrownBy(() -> Comparators.load(period, "c2")).hasMessageContaining("line 2")
                .hasMessageContaining("period '2023'");
        Path fields = Files.writeString(dir.resolve("c3.csv"), Comparators.HEADER + "\n"
                + "ASCOF,2A,Total,Outcome,2023-24,England,77.6\n");
        assertThatThrownBy(() -> Comparators.load(fields, "c3")).hasMessageContaining("line 2 has 7 fields");
        Path header = Files.writeString(dir.resolve("c4.csv"), "return,table,row,column,value\n");
        assertThatThrownBy(() -> Comparators.load(header, "c4")).hasMessageContaining("line 1 must be the header");
    }
}
