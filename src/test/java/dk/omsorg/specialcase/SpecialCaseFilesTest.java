package dk.omsorg.specialcase;

import dk.omsorg.specialcase.internal.SpecialCaseFiles.SpecialCaseFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The special-case policy files: Greve's adopted rules, strict loading with file, line and field, and the criteria. */
class SpecialCaseFilesTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    static final SpecialCasePolicies POLICIES = new SpecialCasePolicies("classpath*:policy/*/special-cases.yaml");

    @TempDir
    Path dir;

    @Test
    void greveHasTheSeedsCriteriaQuotedItsInterventionsAndAThreeMonthFollowUpAndTheOthersHaveNone() {
        SpecialCasePolicy.Rules greve = POLICIES.forMunicipality(253).orElseThrow().on(DAY).orElseThrow();
        assertThat(greve.packageCriteria()).contains("væsentlige kognitive funktionsnedsættelser, udadreagerende adfærd");
        assertThat(greve.respirationCriterion()).contains("respirator eller c-pap-behandling").contains("faglig koordinator");
        assertThat(greve.shiftsCriterion()).contains("kun har fast vagt/1:1 overvågning i nattimerne");
        assertThat(greve.minimumShifts()).isEqualTo(2);
        assertThat(greve.followUpMonths()).isEqualTo(3);
        assertThat(greve.interventions().get(SpecialCaseSetting.HOME)).containsExactly("fast-vagt");
        assertThat(greve.interventions().get(SpecialCaseSetting.CARE_CENTRE)).containsExactly("plejecenter-individuel-tid");
        assertThat(greve.source()).doesNotContainIgnoringCase("seed");
        assertThat(POLICIES.forMunicipality(561)).isEmpty();
        assertThat(POLICIES.forMunicipality(756)).isEmpty();
        assertThat(POLICIES.forMunicipality(253).orElseThrow().on(LocalDate.of(2021, 12, 31))).isEmpty();
    }

    @Test
    void dayAndNightQualifiesNightOnlyIsRefusedQuotingTheCriterionAndRespirationGoesToTheCoordinator() {
        SpecialCasePolicy.Rules greve = POLICIES.forMunicipality(253).orElseThrow().on(DAY).orElseThrow();
        assertThat(SpecialCaseCriteria.check(greve, opening(Set.of(dk.omsorg.catalog.Shift.DAY, dk.omsorg.catalog.Shift.NIGHT), false)))
                .isInstanceOf(SpecialCaseCriteria.Qualifies.class);
        assertThat(SpecialCaseCriteria.check(greve, opening(Set.of(dk.omsorg.catalog.Shift.NIGHT), false)))
                .isInstanceOfSatisfying(SpecialCaseCriteria.Refused.class, r -> assertThat(r.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("shifts");
                            assertThat(v.args()).containsExactly(greve.shiftsCriterion());
                        }));
        assertThat(SpecialCaseCriteria.check(greve, opening(Set.of(dk.omsorg.catalog.Shift.NIGHT), true)))
                .isEqualTo(new SpecialCaseCriteria.ToCoordinator(greve.respirationCriterion()));
    }

    private static SpecialCaseOpening opening(Set<dk.omsorg.catalog.Shift> shifts, boolean respiration) {
        return new SpecialCaseOpening(null, SpecialCaseSetting.HOME, shifts, "Behov", true, respiration, null, null, DAY);
    }

    @Test
    void everyProblemOfAFileIsNamedWithLineAndField() throws IOException {
        String broken = """
                municipality: 253
                source: "test"
                rules:
                  - validFrom: 2022-01-01
                    source: "test"
                    packageCriteria: "Kriterier"
                    respirationCriterion: "Respiration"
                    shiftsCriterion: ""
                    minimumShifts: 4
                    interventions:
                      HOME: [fast-vagt]
                    followUpMonths: 3
                    reportedUnderAge: 67
                    reportedAs: "Personlig pleje"
                """;
        SpecialCaseFileException e = catchThrowableOfType(SpecialCaseFileException.class,
                () -> new SpecialCasePolicies(new Resource[]{file(broken)}));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "253-greve/special-cases.yaml, line 8, field rules[0].shiftsCriterion: is required: the criterion on shifts, quoted",
                "253-greve/special-cases.yaml, line 9, field rules[0].minimumShifts: is required: 1–3 of the shifts day, evening and night",
                "253-greve/special-cases.yaml, line 10, field rules[0].interventions.CARE_CENTRE: is required: the case's intervention codes for CARE_CENTRE");
        SpecialCaseFileException unknown = catchThrowableOfType(SpecialCaseFileException.class,
                () -> new SpecialCasePolicies(new Resource[]{file("municipality: 253\nsource: x\nrulez: []\n")}));
        assertThat(unknown.problems()).singleElement().asString().startsWith("253-greve/special-cases.yaml, line 3");
    }

    private Resource file(String yaml) throws IOException {
        Path file = Files.createDirectories(dir.resolve("253-greve")).resolve("special-cases.yaml");
        Files.writeString(file, yaml);
        return new FileSystemResource(file);
    }
}
