package dk.omsorg.catalog.internal;

import dk.omsorg.catalog.FolkepensionAge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lov om social pension § 1 a stk. 1, as {@code reference/folkepension-age.yaml} holds it: every band's edges. */
class FolkepensionAgeFileTest {

    private final FolkepensionAge age = FolkepensionAgeFile.fromClasspath();

    @Test
    void theAgeFollowsTheBirthDateBandByBand() {
        assertThat(age.ageFor(LocalDate.of(1953, 12, 31))).isEqualTo(Period.ofYears(65));
        assertThat(age.ageFor(LocalDate.of(1954, 1, 1))).isEqualTo(Period.of(65, 6, 0));
        assertThat(age.ageFor(LocalDate.of(1954, 6, 30))).isEqualTo(Period.of(65, 6, 0));
        assertThat(age.ageFor(LocalDate.of(1954, 7, 1))).isEqualTo(Period.ofYears(66));
        assertThat(age.ageFor(LocalDate.of(1955, 1, 1))).isEqualTo(Period.of(66, 6, 0));
        assertThat(age.ageFor(LocalDate.of(1955, 7, 1))).isEqualTo(Period.ofYears(67));
        assertThat(age.ageFor(LocalDate.of(1960, 1, 1))).isEqualTo(Period.ofYears(67));
        assertThat(age.ageFor(LocalDate.of(1962, 12, 31))).isEqualTo(Period.ofYears(67));
        assertThat(age.ageFor(LocalDate.of(1963, 7, 1))).isEqualTo(Period.ofYears(68));
        assertThat(age.ageFor(LocalDate.of(1966, 12, 31))).isEqualTo(Period.ofYears(68));
        assertThat(age.ageFor(LocalDate.of(1967, 1, 1))).isEqualTo(Period.ofYears(69));
        assertThat(age.ageFor(LocalDate.of(1970, 12, 31))).isEqualTo(Period.ofYears(69));
        assertThat(age.ageFor(LocalDate.of(1971, 1, 1))).isEqualTo(Period.ofYears(70));
        assertThat(age.ageFor(LocalDate.of(2005, 5, 5))).isEqualTo(Period.ofYears(70));
    }

    @Test
    void theDayTheAgeIsReachedCountsHalfYears() {
        assertThat(age.reachedOn(LocalDate.of(1954, 3, 15))).isEqualTo(LocalDate.of(2019, 9, 15));
        assertThat(age.reachedOn(LocalDate.of(1960, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(age.reachedOn(LocalDate.of(1963, 7, 1))).isEqualTo(LocalDate.of(2031, 7, 1));
    }

    @Test
    void bandsThatLeaveABirthDateUncoveredAreRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("folkepension-age.yaml");
        Files.writeString(file, """
                bands:
                  - { bornFrom: null, bornTo: 1953-12-31, years: 65 }
                  - { bornFrom: 1954-02-01, bornTo: null, years: 67 }
                """);
        assertThatThrownBy(() -> FolkepensionAgeFile.read(new FileSystemResource(file)))
                .hasMessageContaining("folkepension-age.yaml").hasMessageContaining("must start the day after band 1 ends");
    }
}
