package dk.omsorg.provider.internal;

import dk.omsorg.provider.ProviderKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The providers.yaml reader: the repository's files, and broken files named by file, line, provider and field. */
class ProviderFilesTest {

    static final Set<String> GREVE_AREAS = Set.of("personlig-pleje", "praktisk-hjaelp", "rh-personlig-pleje",
            "rh-praktisk-hjaelp", "madservice");

    @TempDir
    Path dir;

    @Test
    void greveHasItsMunicipalProviderTwoPrivateOnesAndTheFirstOfTheMonthRule() {
        ProviderPolicy greve = ProviderFiles.read(new ClassPathResource("policy/253-greve/providers.yaml"), m -> Set.of());
        assertThat(greve.municipalityId()).isEqualTo(253);
        assertThat(greve.settings().differentProvidersPerArea()).isTrue();
        assertThat(greve.settings().switchRule().onFirstOfMonth()).isTrue();
        assertThat(greve.settings().switchRule().noticeMonths()).isEqualTo(1);
        assertThat(greve.districts()).extracting(d -> d.name())
                .containsExactly("Greve Nord", "Greve Midt", "Hundige", "Karlslunde", "Tune");
        assertThat(greve.providers()).extracting(ProviderPolicy.Entry::name)
                .containsExactly("Greve Kommune Hjemmeplejen", "Solsikken Hjemmepleje ApS", "Kystens Hjemmeservice ApS");
        assertThat(greve.providers().get(0).kind()).isEqualTo(ProviderKind.MUNICIPAL);
        // a private provider approved only in some districts
        assertThat(greve.providers().get(2).districts()).extracting(a -> a.code()).containsExactly("hundige", "karlslunde");
        assertThat(greve.providers().get(1).districts()).anyMatch(a -> a.code().equals("karlslunde")
                && LocalDate.of(2024, 12, 31).equals(a.validTo()));
    }

    @Test
    void esbjergSwitchesOnAnyDayWithAMonthsNotice() {
        ProviderPolicy esbjerg = ProviderFiles.read(new ClassPathResource("policy/561-esbjerg/providers.yaml"), m -> Set.of());
        assertThat(esbjerg.settings().switchRule().onFirstOfMonth()).isFalse();
        assertThat(esbjerg.settings().switchRule().earliestEffective(LocalDate.of(2025, 3, 10))).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(esbjerg.providers()).extracting(p -> p.kind()).containsExactly(ProviderKind.MUNICIPAL, ProviderKind.PRIVATE);
    }

    private static final String VALID = """
            municipality: 253
            source: "test"
            settings:
              differentProvidersPerArea: false
              switchRule: { noticeMonths: 1, onFirstOfMonth: true, text: "med en måneds varsel til den 1." }
              personalCareAreas: [personlig-pleje]
            districts:
              - { code: nord, name: "Nord" }
              - { code: syd, name: "Syd" }
            providers:
              - code: kommunen
                name: "Kommunen"
                kind: MUNICIPAL
                cvr: "44023911"
                areas:
                  - { codes: [personlig-pleje, praktisk-hjaelp], validFrom: 2022-01-01 }
                districts:
                  - { codes: [nord, syd], validFrom: 2022-01-01 }
            """;

    private String problems(String yaml) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("253-greve"));
        Path file = folder.resolve("providers.yaml");
        Files.writeString(file, yaml);
        try {
            ProviderFiles.read(new FileSystemResource(file), m -> GREVE_AREAS);
        } catch (ProviderFiles.ProviderFileException e) {
            return String.join("\n", e.problems());
        }
        return null;
    }

    @Test
    void aValidFileReads() throws IOException {
        assertThat(problems(VALID)).isNull();
    }

    @Test
    void anInvalidCvrIsNamedWithFileLineProviderAndField() throws IOException {
        String problems = problems(VALID.replace("\"44023911\"", "\"44023912\""));
        assertThat(problems).contains("253-greve/providers.yaml", "line 14", "provider 'kommunen'", "field providers[0].cvr",
                "not a valid CVR number");
        assertThat(problems(VALID.replace("\"44023911\"", "\"4402391\""))).contains("providers[0].cvr");
    }

    @Test
    void anUnknownFieldIsAnError() throws IOException {
        assertThat(problems(VALID.replace("kind: MUNICIPAL", "kind: MUNICIPAL\n    colour: blue"))).contains("colour");
    }

    @Test
    void anAreaThatIsNotInTheQualityStandardIsAnError() throws IOException {
        assertThat(problems(VALID.replace("[personlig-pleje, praktisk-hjaelp]", "[personlig-pleje, snerydning]")))
                .contains("providers[0].areas[0].codes[1]", "'snerydning' is not an area");
    }

    @Test
    void aDistrictThatIsNotInTheFileIsAnError() throws IOException {
        assertThat(problems(VALID.replace("[nord, syd]", "[nord, vest]")))
                .contains("providers[0].districts[0].codes[1]", "'vest' is not a district");
    }

    @Test
    void anApprovalEndingBeforeItStartsIsAnError() throws IOException {
        assertThat(problems(VALID.replace("{ codes: [nord, syd], validFrom: 2022-01-01 }",
                "{ codes: [nord, syd], validFrom: 2022-01-01, validTo: 2021-12-31 }")))
                .contains("providers[0].districts[0].validTo", "before validFrom");
    }

    @Test
    void overlappingApprovalsOfTheSameAreaAreAnError() throws IOException {
        assertThat(problems(VALID.replace("      - { codes: [personlig-pleje, praktisk-hjaelp], validFrom: 2022-01-01 }",
                "      - { codes: [personlig-pleje, praktisk-hjaelp], validFrom: 2022-01-01 }\n"
                        + "      - { codes: [personlig-pleje], validFrom: 2023-01-01 }")))
                .contains("providers[0].areas[1].codes[0]", "overlapping");
    }

    @Test
    void theSwitchRuleAndTheSettingAreRequired() throws IOException {
        String problems = problems(VALID.replace("  differentProvidersPerArea: false\n", "")
                .replace("noticeMonths: 1, ", ""));
        assertThat(problems).contains("settings.differentProvidersPerArea", "settings.switchRule.noticeMonths");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        String problems = problems(VALID.replace("\"44023911\"", "\"123\"").replace("[nord, syd]", "[nord, vest]"));
        assertThat(problems.split("\n")).hasSize(2);
    }
}
