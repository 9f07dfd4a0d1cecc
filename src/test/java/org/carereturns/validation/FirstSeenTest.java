package org.carereturns.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstSeenTest {

    @Test
    void eachKeyKeepsWhereItWasFirstSeenThroughManyGrowths() {
        FirstSeen seen = new FirstSeen();
        for (int i = 0; i < 200_000; i++) {
            assertThat(seen.putIfAbsent("C" + i, i)).isEqualTo(-1);
        }
        for (int i = 0; i < 200_000; i += 997) {
            assertThat(seen.putIfAbsent("C" + i, -5)).isEqualTo(i);
        }
        assertThat(seen.size()).isEqualTo(200_000);
    }

    @Test
    void keysWithTheSameHashAreStillDifferentKeys() {
        FirstSeen seen = new FirstSeen();
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(seen.putIfAbsent("Aa", 1)).isEqualTo(-1);
        assertThat(seen.putIfAbsent("BB", 2)).isEqualTo(-1);
        assertThat(seen.putIfAbsent("BB", 3)).isEqualTo(2);
        assertThat(seen.putIfAbsent("Aa", 4)).isEqualTo(1);
        assertThat(seen.putIfAbsent("", 5)).isEqualTo(-1);
        assertThat(seen.putIfAbsent("", 6)).isEqualTo(5);
        assertThat(seen.putIfAbsent("A", 7)).isEqualTo(-1);
    }
}
