package dk.omsorg.rehabilitation;

import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Shift;
import dk.omsorg.rehabilitation.internal.RehabilitationFiles;
import dk.omsorg.rehabilitation.internal.RehabilitationFiles.RehabilitationFileException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The package level from a course's planned visits by Esbjerg's rehabilitation.yaml (seed 004). */
class PackageLevelTest {

    static final RehabilitationPolicy.Version ESBJERG = RehabilitationFiles
            .read(new ClassPathResource("policy/561-esbjerg/rehabilitation.yaml")).on(LocalDate.of(2025, 1, 1)).orElseThrow();

    private static PackageLevel level(int times, FrequencyUnit per, int every, Set<Shift> shifts) {
        return ESBJERG.levelFor(PlannedVisits.perWeek(times, per, every, shifts)).level();
    }

    @Test
    void oneOrTwoVisitsAWeekIsLightAndOnlyForMunicipalTherapists() {
        assertThat(level(1, FrequencyUnit.WEEK, 1, Set.of())).isEqualTo(PackageLevel.LIGHT);
        assertThat(level(2, FrequencyUnit.WEEK, 1, Set.of(Shift.DAY))).isEqualTo(PackageLevel.LIGHT);
        assertThat(level(1, FrequencyUnit.WEEK, 2, Set.of())).isEqualTo(PackageLevel.LIGHT);
        assertThat(ESBJERG.levelFor(BigDecimal.ONE).privateProviders()).isFalse();
    }

    @Test
    void upToTwoVisitsADayIsModerateAndMoreIsComprehensive() {
        assertThat(level(3, FrequencyUnit.WEEK, 1, Set.of())).isEqualTo(PackageLevel.MODERATE);
        assertThat(level(1, FrequencyUnit.DAY, 1, Set.of(Shift.DAY))).isEqualTo(PackageLevel.MODERATE);
        assertThat(level(1, FrequencyUnit.DAY, 1, Set.of(Shift.DAY, Shift.EVENING))).isEqualTo(PackageLevel.MODERATE);
        assertThat(level(3, FrequencyUnit.DAY, 1, Set.of())).isEqualTo(PackageLevel.COMPREHENSIVE);
        assertThat(level(1, FrequencyUnit.DAY, 1, Set.of(Shift.DAY, Shift.EVENING, Shift.NIGHT))).isEqualTo(PackageLevel.COMPREHENSIVE);
        assertThat(ESBJERG.levelFor(BigDecimal.valueOf(14)).privateProviders()).isTrue();
        assertThat(ESBJERG.owner()).isEqualTo(CourseOwnerKind.THERAPIST);
        assertThat(ESBJERG.ippa().maxProblems()).isEqualTo(7);
    }

    @Test
    void aFileWithABadLevelIsRefusedWithLineAndField() {
        String yaml = """
                municipality: 999
                source: "Test"
                versions:
                  - validFrom: 2025-01-01
                    source: "Test"
                    owner: VISITATOR
                    providerEvaluates: true
                    ippa: { maxProblems: 7, minScale: 1, maxScale: 5 }
                    levels:
                      - { level: LIGHT, maxVisitsPerWeek: 2, privateProviders: false }
                      - { level: MODERATE, maxVisitsPerWeek: 1, privateProviders: true }
                      - { level: COMPREHENSIVE, privateProviders: true }
                """;
        assertThatThrownBy(() -> RehabilitationFiles.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml")))
                .isInstanceOf(RehabilitationFileException.class)
                .hasMessageContaining("versions[0].levels[1].maxVisitsPerWeek").hasMessageContaining("line 11");
    }
}
