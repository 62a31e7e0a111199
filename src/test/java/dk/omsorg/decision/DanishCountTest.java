package dk.omsorg.decision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DanishCountTest {

    @Test
    void oneIsSingularEveryOtherCountPlural() {
        assertThat(DanishCount.minutes(1)).isEqualTo("1 minut");
        assertThat(DanishCount.minutes(2)).isEqualTo("2 minutter");
        assertThat(DanishCount.minutes(0)).isEqualTo("0 minutter");
        assertThat(DanishCount.times(1)).isEqualTo("1 gang");
        assertThat(DanishCount.times(2)).isEqualTo("2 gange");
        assertThat(DanishCount.days(1)).isEqualTo("1 dag");
        assertThat(DanishCount.days(14)).isEqualTo("14 dage");
    }
}
