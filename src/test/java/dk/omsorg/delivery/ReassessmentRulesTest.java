package dk.omsorg.delivery;

import dk.omsorg.delivery.internal.ReassessmentFiles;
import dk.omsorg.delivery.internal.ReassessmentFiles.ReassessmentFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The reassessment.yaml files: the repository's three, and broken files named by file, line and field. */
class ReassessmentRulesTest {

    @TempDir
    Path dir;

    @Test
    void everyMunicipalityHasEsbjergsThresholdsAndEsbjergFollowsTheSeedOnPlannedTime() {
        ReassessmentRules rules = new ReassessmentRules(ReassessmentRules.DEFAULT_LOCATION);
        assertThat(rules.all()).containsOnlyKeys(253, 561, 756);
        ReassessmentRule seed = ReassessmentRule.seed002();
        rules.all().values().forEach(rule -> {
            assertThat(rule.allowedDeviationPercent()).isEqualTo(seed.allowedDeviationPercent()).isEqualTo(10);
            assertThat(rule.minMinutesPerDelivery()).isEqualTo(10);
            assertThat(rule.minMinutesPerWeek()).isEqualTo(20);
            assertThat(rule.minDurationDays()).isEqualTo(14);
            assertThat(rule.source()).contains("Løbende justering/revisitation");
        });
        assertThat(rules.forMunicipality(253).orElseThrow().source()).contains("indtil Greve Kommune fastsætter sin egen");
        // seed 002 measures "i forhold til det disponerede": Esbjerg compares the planned time with the granted
        assertThat(rules.forMunicipality(561).orElseThrow().basis()).isEqualTo(ReassessmentRule.Basis.PLANNED);
        // Greve and Ikast-Brande state their own choice in their files: the delivered time
        assertThat(rules.forMunicipality(253).orElseThrow().basis()).isEqualTo(ReassessmentRule.Basis.DELIVERED);
        assertThat(rules.forMunicipality(756).orElseThrow().basis()).isEqualTo(ReassessmentRule.Basis.DELIVERED);
        assertThat(rules.forMunicipality(101)).isEmpty();
        assertThat(ReassessmentFiles.read(new ClassPathResource("policy/561-esbjerg/reassessment.yaml")).rule())
                .isEqualTo(seed);
    }

    @Test
    void theNamePeopleReadIsTheMunicipalitysRuleInDanishNeverWhereTheFileCameFrom() {
        ReassessmentRules rules = new ReassessmentRules(ReassessmentRules.DEFAULT_LOCATION);
        assertThat(rules.forMunicipality(561).orElseThrow().name()).isEqualTo("Esbjerg Kommunes regel for løbende justering");
        assertThat(rules.forMunicipality(253).orElseThrow().name()).isEqualTo("Greve Kommunes regel for løbende justering");
        assertThat(rules.forMunicipality(756).orElseThrow().name()).isEqualTo("Ikast-Brande Kommunes regel for løbende justering");
        rules.all().values().forEach(rule -> assertThat(rule.name())
                .doesNotContainIgnoringCase("seed").doesNotContain("rule").doesNotContain("adopted").doesNotContain("'s "));
    }

    @Test
    void eachFileSaysWhichBasisItAdoptsAndWhy() throws IOException {
        for (String file : List.of("policy/253-greve/reassessment.yaml", "policy/756-ikast-brande/reassessment.yaml",
                "policy/561-esbjerg/reassessment.yaml")) {
            String text = new ClassPathResource(file).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).as(file).contains("det disponerede").containsPattern("(?s)# .*(adopts|follows).*basis|basis.*Why");
        }
    }

    private static final String VALID = """
            municipality: 561
            name: "Esbjerg Kommunes regel for løbende justering"
            source: "test"
            allowedDeviationPercent: 10
            minMinutesPerDelivery: 10
            minMinutesPerWeek: 20
            minDurationDays: 14
            basis: PLANNED
            """;

    private Resource file(String folder, String yaml) throws IOException {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve("reassessment.yaml");
        Files.writeString(file, yaml);
        return new FileSystemResource(file);
    }

    private List<String> problems(String yaml) throws IOException {
        Resource file = file("561-esbjerg", yaml);
        return catchThrowableOfType(ReassessmentFileException.class, () -> ReassessmentFiles.read(file)).problems();
    }

    @Test
    void aValidFileIsRead() throws IOException {
        var read = ReassessmentFiles.read(file("561-esbjerg", VALID));
        assertThat(read.municipalityId()).isEqualTo(561);
        assertThat(read.rule().basis()).isEqualTo(ReassessmentRule.Basis.PLANNED);
        assertThat(read.file()).isEqualTo("561-esbjerg/reassessment.yaml");
    }

    @Test
    void anUnknownFieldIsRefusedWithFileLineAndField() throws IOException {
        assertThat(problems(VALID + "minMinutesPerMonth: 60\n")).singleElement().asString()
                .startsWith("561-esbjerg/reassessment.yaml, line 9, field minMinutesPerMonth:")
                .contains("Unrecognized");
    }

    @Test
    void missingAndNegativeFieldsAreAllReportedAtOnce() throws IOException {
        String yaml = VALID.replace("minMinutesPerWeek: 20\n", "").replace("minDurationDays: 14", "minDurationDays: -1")
                .replace("source: \"test\"", "source: \" \"").replace("name: \"Esbjerg Kommunes regel for løbende justering\"\n", "");
        assertThat(problems(yaml)).containsExactly(
                "561-esbjerg/reassessment.yaml, field name: is required: the rule's name in Danish as the caseworker reads it on a flag",
                "561-esbjerg/reassessment.yaml, line 2, field source: must cite where the rule comes from",
                "561-esbjerg/reassessment.yaml, field minMinutesPerWeek: is required: minutes, 0 or more",
                "561-esbjerg/reassessment.yaml, line 5, field minDurationDays: is required: days, 0 or more (a change counts when it lasts more than this)");
    }

    @Test
    void anUnknownBasisIsRefused() throws IOException {
        assertThat(problems(VALID.replace("PLANNED", "ORDERED"))).singleElement().asString()
                .startsWith("561-esbjerg/reassessment.yaml, line 8, field basis:");
    }

    @Test
    void theStartIsRefusedWithEveryProblemAndTwoFilesForOneMunicipality() throws IOException {
        Resource one = file("561-esbjerg", VALID);
        Resource two = file("561-esbjerg-copy", VALID);
        Resource bad = file("253-greve", VALID.replace("municipality: 561", "municipality: 253").replace("basis: PLANNED\n", ""));
        assertThatThrownBy(() -> new ReassessmentRules(new Resource[]{one, two, bad}))
                .isInstanceOf(ReassessmentFileException.class)
                .hasMessageContaining("561-esbjerg-copy/reassessment.yaml, field municipality: 561 already has a reassessment rule in 561-esbjerg/reassessment.yaml")
                .hasMessageContaining("253-greve/reassessment.yaml, field basis: is required: DELIVERED or PLANNED");
    }
}
