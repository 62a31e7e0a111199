package dk.omsorg.citizen;

import dk.omsorg.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CprNumberTest {

    @Test
    void acceptsBothFormsAndNormalisesToTenDigits() {
        assertThat(CprNumber.of("010203-1234").value()).isEqualTo("0102031234");
        assertThat(CprNumber.of("0102031234")).isEqualTo(CprNumber.of("010203-1234"));
        assertThat(CprNumber.of(" 010203-1234 ").formatted()).isEqualTo("010203-1234");
    }

    @ParameterizedTest(name = "{0} is born {1}")
    @CsvSource({
            "010203-0234, 1903-02-01",   // 7th digit 0-3: 1900s
            "010299-3234, 1999-02-01",
            "010236-4234, 2036-02-01",   // 4: 00-36 -> 2000s
            "010237-4234, 1937-02-01",   //    37-99 -> 1900s
            "010257-5234, 2057-02-01",   // 5-8: 00-57 -> 2000s
            "010258-8234, 1858-02-01",   //      58-99 -> 1800s
            "010236-9234, 2036-02-01",   // 9: 00-36 -> 2000s
            "010237-9234, 1937-02-01",   //    37-99 -> 1900s
            "290200-4234, 2000-02-29"    // leap day in 2000
    })
    void derivesTheCenturyFromTheSeventhDigit(String cpr, LocalDate birthDate) {
        assertThat(CprNumber.of(cpr).birthDate()).isEqualTo(birthDate);
    }

    @Test
    void sexFollowsTheParityOfTheLastDigit() {
        assertThat(CprNumber.of("010203-1233").sex()).isEqualTo(CprNumber.Sex.MALE);
        assertThat(CprNumber.of("010203-1234").sex()).isEqualTo(CprNumber.Sex.FEMALE);
    }

    @Test
    void doesNotRequireModulus11() {
        // 010203-1234 fails the old modulus-11 check; such numbers are issued since 2007.
        assertThat(CprNumber.of("010203-1234").value()).isEqualTo("0102031234");
    }

    @Test
    void isMaskedWhenPrinted() {
        CprNumber cpr = CprNumber.of("010203-1234");
        assertThat(cpr.toString()).isEqualTo("010203-xxxx").doesNotContain("1234");
        assertThat(cpr.masked()).isEqualTo("010203-xxxx");
        assertThat("" + cpr).doesNotContain("1234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "010203-123", "010203-12345", "01020312345", "0102O3-1234", "abcdef-ghij", "010203 1234"})
    void rejectsWrongFormat(String text) {
        assertThatThrownBy(() -> CprNumber.of(text))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("cpr.format"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"320103-1234", "001203-1234", "011303-1234", "310403-1234", "290201-1234", "290200-0234"})
    void rejectsImpossibleDates(String text) {
        // 29 Feb 1900 (7th digit 0) did not exist; 29 Feb 2000 did (see above).
        assertThatThrownBy(() -> CprNumber.of(text))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("cpr.date"));
    }
}
