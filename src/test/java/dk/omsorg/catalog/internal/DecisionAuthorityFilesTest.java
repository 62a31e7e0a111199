package dk.omsorg.catalog.internal;

import dk.omsorg.catalog.DecisionAuthority;
import dk.omsorg.catalog.DecisionAuthority.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalogue's decision authority (bevillingskompetence): Ikast-Brande's from seed 001 (botilbud and BPA in the
 * visitation committee, the akutplads the leader's, the rest the caseworker's), Greve's all the caseworker's, and a
 * section read strictly.
 */
class DecisionAuthorityFilesTest {

    private static final LocalDate IKAST_2024 = LocalDate.of(2024, 1, 1);

    @TempDir
    Path dir;

    private static DecisionAuthorityFiles read(String location) {
        CatalogFiles files = new CatalogFiles(FsiiiCodes.fromClasspath());
        LoadedCatalogs catalogs = LoadedCatalogs.of(LoadedCatalogs.read(location, files));
        return new DecisionAuthorityFiles(new CatalogProperties(location, null), catalogs);
    }

    @Test
    void ikastBrandesBotilbudAndBpaAreTheCommitteesTheAkutpladsTheLeadersAndTheRestTheCaseworkers() {
        DecisionAuthorityFiles files = read(CatalogProperties.DEFAULT_LOCATION);
        DecisionAuthorityFiles.Rules ikast = files.rules(756, IKAST_2024);
        DecisionAuthority committee = new DecisionAuthority(Level.COMMITTEE, "visitationsudvalget");
        assertThat(ikast.required("bpa", "bpa-tilskud")).isEqualTo(committee);
        assertThat(ikast.required("midlertidigt-botilbud", "midlertidigt-ophold-i-botilbud")).isEqualTo(committee);
        assertThat(ikast.required("laengerevarende-botilbud", "almen-bolig-med-stoette")).isEqualTo(committee);
        assertThat(ikast.required("socialt-akuttilbud", "akut-overnatning")).isEqualTo(DecisionAuthority.LEADER);
        assertThat(ikast.required("socialt-akuttilbud", "akut-telefonisk-stoette")).isEqualTo(DecisionAuthority.CASEWORKER);
        assertThat(ikast.required("merudgifter", "merudgiftsydelse")).isEqualTo(DecisionAuthority.CASEWORKER);
        assertThat(files.rules(253, LocalDate.of(2022, 1, 1)).required("praktisk-hjaelp", "rengoering"))
                .isEqualTo(DecisionAuthority.CASEWORKER);
        assertThat(files.rules(561, LocalDate.of(2022, 1, 1)).required("praktisk-hjaelp", "rengoering"))
                .isEqualTo(DecisionAuthority.CASEWORKER);
    }

    @Test
    void anUnknownFieldOrLevelACommitteeWithoutANameOrAnUnknownAreaStopsTheStartNamingFileAndField() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("253-greve"));
        Files.writeString(folder.resolve("catalog-2022.yaml"), """
                municipality: 253
                version: "Test"
                validFrom: 2022-01-01
                source: "test"
                shape: HOME_CARE
                areas:
                  - code: praktisk-hjaelp
                    name: "Praktisk hjælp"
                    legalBasis: ["SEL § 83"]
                    interventions:
                      - code: indkoeb
                        name: "Indkøb"
                decisionAuthority:
                  default: CASEWORKER
                  deciddedBy: LEADER
                  rules:
                    - { area: praktisk-hjaelp, decidedBy: COMMITTEE }
                    - { intervention: indkoeb, decidedBy: BOARD }
                    - { area: madservice, decidedBy: LEADER }
                """);
        assertThatThrownBy(() -> read("file:" + dir + "/*/catalog-*.yaml"))
                .isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("253-greve/catalog-2022.yaml, field decisionAuthority.deciddedBy: unknown field")
                .hasMessageContaining("field decisionAuthority.rules[0].decidedBy: decidedBy is CASEWORKER, LEADER or COMMITTEE")
                .hasMessageContaining("field decisionAuthority.rules[1].decidedBy")
                .hasMessageContaining("field decisionAuthority.rules[2].area: the catalogue has no area 'madservice'");
    }
}
