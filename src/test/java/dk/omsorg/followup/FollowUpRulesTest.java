package dk.omsorg.followup;

import dk.omsorg.followup.FollowUpRule.AfterRehabilitation;
import dk.omsorg.followup.FollowUpRule.CaseworkerInterval;
import dk.omsorg.followup.FollowUpRule.LongWithoutFollowUp;
import dk.omsorg.followup.FollowUpRule.SpecialCase;
import dk.omsorg.followup.FollowUpRule.TemporaryEnd;
import dk.omsorg.followup.internal.FollowUpFiles.FollowUpFileException;
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

/** The follow-up.yaml files: the repository's three, and broken files named by file, line and field. */
class FollowUpRulesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    @TempDir
    Path dir;

    @Test
    void everyMunicipalityHasTheSeedsRulesInForce() {
        FollowUpRules rules = new FollowUpRules(FollowUpRules.DEFAULT_LOCATION);
        assertThat(rules.all()).containsOnlyKeys(253, 561, 756);
        rules.all().values().forEach(m -> {
            assertThat(m.dueSoonDays()).isEqualTo(14);
            assertThat(m.inForce(AfterRehabilitation.class, DAY).orElseThrow().months()).isEqualTo(3);
            CaseworkerInterval interval = m.inForce(CaseworkerInterval.class, DAY).orElseThrow();
            assertThat(interval.minMonths()).isEqualTo(6);
            assertThat(interval.maxMonths()).isEqualTo(36);
            assertThat(interval.validity().source()).contains("hvert halve år - hvert 3 år").doesNotContainIgnoringCase("seed");
            assertThat(m.inForce(LongWithoutFollowUp.class, DAY).orElseThrow().years()).isEqualTo(4);
            assertThat(m.inForce(TemporaryEnd.class, DAY).orElseThrow().validity().source()).contains("Midlertidig indsats").doesNotContainIgnoringCase("seed");
        });
        // issue 17: Greve's special cases are followed up by the special case itself, not by intervention code here
        assertThat(rules.forMunicipality(253).orElseThrow().inForce(SpecialCase.class, DAY)).isEmpty();
        assertThat(rules.forMunicipality(561).orElseThrow().inForce(SpecialCase.class, DAY)).isEmpty();
        // Ikast-Brande's rules start with its 2024 catalogue
        assertThat(rules.forMunicipality(756).orElseThrow().inForce(CaseworkerInterval.class, LocalDate.of(2023, 12, 31))).isEmpty();
        assertThat(rules.forMunicipality(101)).isEmpty();
    }

    private static final String VALID = """
            municipality: 253
            source: "test"
            dueSoonDays: 14
            rules:
              - kind: AFTER_REHABILITATION
                validFrom: 2022-01-01
                source: "seed 003"
                months: 3
              - kind: CASEWORKER_INTERVAL
                validFrom: 2022-01-01
                source: "seed 003"
                minMonths: 6
                maxMonths: 36
                defaultMonths: 12
                catalogDefault: true
            """;

    @Test
    void aValidFileLoads() throws IOException {
        MunicipalityFollowUp m = new FollowUpRules(new Resource[]{file("253-greve", VALID)}).forMunicipality(253).orElseThrow();
        assertThat(m.rules()).hasSize(2);
        assertThat(m.inForce(CaseworkerInterval.class, DAY).orElseThrow().defaultMonths()).isEqualTo(12);
    }

    @Test
    void everyProblemIsNamedWithFileLineAndField() throws IOException {
        String broken = """
                municipality: 253
                source: "test"
                dueSoonDays: 14
                rules:
                  - kind: AFTER_REHABILITATION
                    validFrom: 2022-01-01
                    source: "seed 003"
                    months: 0
                  - kind: CASEWORKER_INTERVAL
                    validFrom: 2022-01-01
                    source: "seed 003"
                    minMonths: 6
                    maxMonths: 36
                    defaultMonths: 40
                    catalogDefault: true
                    daysBefore: 14
                  - kind: SPECIAL_CASE
                    validFrom: 2022-01-01
                    months: 3
                """;
        FollowUpFileException e = catchThrowableOfType(FollowUpFileException.class,
                () -> new FollowUpRules(new Resource[]{file("253-greve", broken)}));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "253-greve/follow-up.yaml, line 8, field rules[0].months: is required: months, 1–120",
                "253-greve/follow-up.yaml, line 14, field rules[1].defaultMonths: must lie between minMonths and maxMonths",
                "253-greve/follow-up.yaml, line 16, field rules[1].daysBefore: is not a field of a CASEWORKER_INTERVAL rule "
                        + "(it takes [catalogDefault, defaultMonths, maxMonths, minMonths])",
                "253-greve/follow-up.yaml, line 17, field rules[2].source: must cite the seed the rule comes from",
                "253-greve/follow-up.yaml, line 17, field rules[2].interventionCodes: a SPECIAL_CASE rule selects grants: "
                        + "give interventionCodes, areaCodes or legalBases");
    }

    @Test
    void unknownFieldsAndKindsAreRefusedWithTheirLine() throws IOException {
        FollowUpFileException e = catchThrowableOfType(FollowUpFileException.class,
                () -> new FollowUpRules(new Resource[]{file("253-greve", VALID.replace("months: 3", "monthz: 3"))}));
        assertThat(e.problems()).singleElement().asString()
                .startsWith("253-greve/follow-up.yaml, line 8, field rules[0].monthz:");
        e = catchThrowableOfType(FollowUpFileException.class,
                () -> new FollowUpRules(new Resource[]{file("253-greve", VALID.replace("AFTER_REHABILITATION", "SOMETIMES"))}));
        assertThat(e.problems()).singleElement().asString()
                .startsWith("253-greve/follow-up.yaml, line 5, field rules[0].kind:");
    }

    @Test
    void twoRulesOfAKindInForceOnOneDayAndTwoFilesForAMunicipalityAreRefused() throws IOException {
        String overlapping = VALID + """
                  - kind: AFTER_REHABILITATION
                    validFrom: 2024-01-01
                    source: "seed 003"
                    months: 6
                """;
        FollowUpFileException e = catchThrowableOfType(FollowUpFileException.class,
                () -> new FollowUpRules(new Resource[]{file("253-greve", overlapping)}));
        assertThat(e.problems()).singleElement().asString().isEqualTo("253-greve/follow-up.yaml, line 17, field "
                + "rules[2].validFrom: overlaps rules[0]: two AFTER_REHABILITATION rules may not be in force on the same day");

        String closed = VALID.replace("months: 3", "months: 3\n    validTo: 2023-12-31") + """
                  - kind: AFTER_REHABILITATION
                    validFrom: 2024-01-01
                    source: "seed 003, 2024"
                    months: 6
                """;
        MunicipalityFollowUp m = new FollowUpRules(new Resource[]{file("253-greve", closed)}).forMunicipality(253).orElseThrow();
        assertThat(m.inForce(AfterRehabilitation.class, LocalDate.of(2023, 12, 31)).orElseThrow().months()).isEqualTo(3);
        assertThat(m.inForce(AfterRehabilitation.class, LocalDate.of(2024, 1, 1)).orElseThrow().months()).isEqualTo(6);

        e = catchThrowableOfType(FollowUpFileException.class,
                () -> new FollowUpRules(new Resource[]{file("253-greve", VALID), file("253-greve-copy", VALID)}));
        assertThat(e.problems()).singleElement().asString().contains("already has follow-up rules in 253-greve/follow-up.yaml");
    }

    private Resource file(String folder, String yaml) throws IOException {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve("follow-up.yaml");
        Files.writeString(file, yaml);
        return new FileSystemResource(file);
    }
}
