package dk.omsorg.catalog.internal;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.LegalBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code legalBases} of an area or intervention: read with their periods and age groups, refused by field when wrong. */
class LegalBasisFileTest {

    private final CatalogFiles files = new CatalogFiles(FsiiiCodes.fromClasspath());

    @TempDir
    Path dir;

    private static String file(String areaBases, String interventionBases) {
        return """
                municipality: 253
                version: "Test"
                validFrom: 2022-01-01
                validTo: null
                source: "test"
                shape: HOME_CARE
                areas:
                  - code: praktisk-hjaelp
                    name: "Praktisk hjælp"
                    legalBasis: ["SEL § 83 stk. 1 nr. 2"]
                %s
                    interventions:
                      - code: rengoering
                        name: "Rengøring"
                %s
                """.formatted(areaBases, interventionBases);
    }

    @Test
    void areaAndInterventionBasesAreReadWithPeriodsAndAgeGroups() throws IOException {
        Resource resource = write(file("""
                    legalBases:
                      - { basis: "SEL § 83 stk. 1 nr. 2", validFrom: 2022-01-01, validTo: 2025-06-30 }
                      - { basis: "Ældreloven § 10", validFrom: 2025-07-01, citizens: FOLKEPENSION_AGE }
                """, """
                        legalBases:
                          - { basis: "Ældreloven § 10", validFrom: 2025-07-01 }
                """));

        Area area = files.read(resource).catalog().area("praktisk-hjaelp").orElseThrow();

        assertThat(area.legalBasis()).containsExactly("SEL § 83 stk. 1 nr. 2");
        assertThat(area.legalBases()).containsExactly(
                new LegalBasis("SEL § 83 stk. 1 nr. 2", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 6, 30), LegalBasis.Citizens.ALL),
                new LegalBasis("Ældreloven § 10", LocalDate.of(2025, 7, 1), null, LegalBasis.Citizens.FOLKEPENSION_AGE));
        assertThat(area.legalBasesFor(area.intervention("rengoering").orElseThrow()))
                .extracting(LegalBasis::citizens).containsExactly(LegalBasis.Citizens.ALL);
    }

    @Test
    void aBasisWithoutTextOrStartOrEndingBeforeItStartsIsRefusedByField() throws IOException {
        Resource resource = write(file("""
                    legalBases:
                      - { validFrom: 2022-01-01 }
                      - { basis: "Ældreloven § 10" }
                      - { basis: "Ældreloven § 10", validFrom: 2025-07-01, validTo: 2025-01-01 }
                """, ""));

        assertThatThrownBy(() -> files.read(resource)).isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("field areas[0].legalBases[0].basis: is required")
                .hasMessageContaining("field areas[0].legalBases[1].validFrom: is required")
                .hasMessageContaining("field areas[0].legalBases[2].validTo: is before validFrom");
    }

    @Test
    void anUnknownAgeGroupIsRefused() throws IOException {
        Resource resource = write(file("""
                    legalBases:
                      - { basis: "Ældreloven § 10", validFrom: 2025-07-01, citizens: OVER_67 }
                """, ""));

        assertThatThrownBy(() -> files.read(resource)).isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("OVER_67");
    }

    private Resource write(String yaml) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("253-greve"));
        Path path = folder.resolve("catalog-test.yaml");
        Files.writeString(path, yaml, StandardCharsets.UTF_8);
        return new FileSystemResource(path);
    }
}
