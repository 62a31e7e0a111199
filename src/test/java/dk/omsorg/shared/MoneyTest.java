package dk.omsorg.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Money is integer øre: parsed exactly, an hourly rate applied to minutes rounded once, half up. */
class MoneyTest {

    @Test
    void danishAndPlainAmountsAreReadExactly() {
        assertThat(Money.parse("413.00")).isEqualTo(new Money(41300));
        assertThat(Money.parse("413,5")).isEqualTo(new Money(41350));
        assertThat(Money.parse("1.234,50")).isEqualTo(new Money(123450));
        assertThat(Money.parse("0,01")).isEqualTo(new Money(1));
        assertThatThrownBy(() -> Money.parse("413.005")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("1.234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("kr. 10")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anHourlyRateOnMinutesIsRoundedOnceHalfUpToTheOre() {
        assertThat(Money.perHour(7, Money.parse("545"))).isEqualTo(new Money(6358));     // 63.5833…
        assertThat(Money.perHour(1, Money.parse("3,30"))).isEqualTo(new Money(6));       // 5.5 øre → 6
        assertThat(Money.perHour(21, Money.parse("413"))).isEqualTo(new Money(14455));
        // no floating point: a million minutes at 413 kr/t is exact
        assertThat(Money.perHour(1_000_000, Money.parse("413"))).isEqualTo(new Money(688_333_333));
        assertThat(new Money(123450).danish()).isEqualTo("1.234,50");
    }
}
