package dk.omsorg.pools;

import dk.omsorg.pools.internal.PoolFiles.PoolFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** pools.yaml is read strictly at start: Ikast-Brande's seed 001 figures, and errors by file, line and field. */
class PoolRulesTest {

    @TempDir
    Path dir;

    @Test
    void ikastBrandeHasTheSeedsFiguresInForce() {
        PoolPolicy ikast = new PoolRules(PoolRules.DEFAULT_LOCATION).forMunicipality(756).orElseThrow();
        LocalDate day = LocalDate.of(2025, 6, 1);
        PoolPolicy.Companion companion = ikast.companionOn(day).orElseThrow();
        assertThat(companion.hoursPerMonth()).isEqualByComparingTo("15");
        assertThat(companion.maxSavedHours()).isEqualByComparingTo("90");
        assertThat(companion.savedMonths()).isEqualTo(6);
        assertThat(ikast.allowanceOn(day).orElseThrow().yearlyAmount()).isEqualByComparingTo("1005");
        assertThat(ikast.periodOn(PoolKind.RELIEF_HOURS, day).orElseThrow().periodMonths()).isEqualTo(12);
        assertThat(ikast.periodOn(PoolKind.RESPITE_DAYS, day).orElseThrow().periodMonths()).isEqualTo(12);
        assertThat(ikast.companionOn(LocalDate.of(2023, 12, 31))).isEmpty();
    }

    @Test
    void everyProblemIsNamedWithFileLineAndField() throws IOException {
        String broken = """
                municipality: 756
                source: "test"
                companion:
                  - validFrom: 2024-01-01
                    source: "seed 001"
                    hoursPerMonth: 0
                    maxSavedHours: 90
                    savedMonths: 6
                allowance:
                  - validFrom: 2024-01-01
                    yearlyAmount: "1005.001"
                relief:
                  - validFrom: 2024-01-01
                    source: "seed 001"
                    periodMonths: 12
                  - validFrom: 2025-01-01
                    source: "seed 001"
                    periodMonths: 12
                """;
        PoolFileException e = catchThrowableOfType(PoolFileException.class,
                () -> new PoolRules(new Resource[]{file(broken)}));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "756-ikast-brande/pools.yaml, line 6, field companion[0].hoursPerMonth: is required: hours, more than 0, at most 744, two decimals",
                "756-ikast-brande/pools.yaml, line 11, field allowance[0].yearlyAmount: is required: kroner, more than 0, two decimals",
                "756-ikast-brande/pools.yaml, line 10, field allowance[0].source: must cite the seed the rule comes from",
                "756-ikast-brande/pools.yaml, line 16, field relief[1].validFrom: overlaps relief[0]: two rules may not be in force on the same day",
                "756-ikast-brande/pools.yaml, line 1, field respite: is required: at least one rule");

        PoolFileException unknown = catchThrowableOfType(PoolFileException.class,
                () -> new PoolRules(new Resource[]{file(broken.replace("savedMonths", "savedMonthz"))}));
        assertThat(unknown.problems()).singleElement().asString()
                .startsWith("756-ikast-brande/pools.yaml, line 8, field companion[0].savedMonthz:");
    }

    private Resource file(String yaml) throws IOException {
        Path municipality = Files.createDirectories(dir.resolve("756-ikast-brande"));
        return new FileSystemResource(Files.writeString(municipality.resolve("pools.yaml"), yaml));
    }
}
