package dk.omsorg.catalog.internal;

import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.Intervention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A municipality without its own quality standard adopts another's version ({@code adopts}): Esbjerg uses
 * Greve's 2022 standard until its own is loaded. A broken adoption stops the start like any broken file.
 */
class CatalogAdoptionTest {

    private static final String GREVE = """
            municipality: 253
            version: "Test 2022"
            validFrom: 2022-01-01
            validTo: null
            source: "test"
            shape: HOME_CARE
            areas:
              - code: praktisk-hjaelp
                name: "Praktisk hjælp"
                legalBasis: ["SEL § 83"]
                interventions:
                  - { code: indkoeb, name: "Indkøb" }
            """;
    private static final String ESBJERG = """
            municipality: 561
            version: "Greves test 2022"
            validFrom: 2023-01-01
            validTo: null
            source: "Greves test"
            adopts: { municipality: 253, version: "Test 2022" }
            """;

    private final CatalogFiles files = new CatalogFiles(FsiiiCodes.fromClasspath());

    @TempDir
    Path dir;

    @Test
    void esbjergHasGreves2022InterventionsUnderItsOwnNameShownInDanish() {
        List<CatalogFiles.Loaded> loaded = LoadedCatalogs.read(CatalogProperties.DEFAULT_LOCATION, files);
        LoadedCatalogs catalogs = LoadedCatalogs.of(loaded);
        Catalog greve = catalogs.of(253).get(0);
        Catalog esbjerg = catalogs.of(561).get(0);

        assertThat(esbjerg.municipalityId()).isEqualTo(561);
        assertThat(esbjerg.interventions().stream().map(Intervention::code))
                .containsExactlyElementsOf(greve.interventions().stream().map(Intervention::code).toList())
                .contains("rh-bad", "daglig-hygiejne");
        assertThat(esbjerg.shape()).isEqualTo(greve.shape());
        // caseworkers and letters see the version and source: Danish, no internal words
        assertThat(esbjerg.version() + " " + esbjerg.source()).contains("Greve Kommunes kvalitetsstandarder 2022")
                .doesNotContainIgnoringCase("seed").doesNotContainIgnoringCase("demo");
        assertThat(loaded.stream().filter(l -> l.catalog().municipalityId() == 561).findFirst().orElseThrow().file())
                .isEqualTo("561-esbjerg/catalog-2022.yaml");
    }

    @Test
    void anAdoptingFileMayComeBeforeTheOneItAdopts() {
        List<CatalogFiles.Loaded> loaded = files.readAll(List.of(write("561-esbjerg", ESBJERG), write("253-greve", GREVE)));
        Catalog esbjerg = loaded.stream().map(CatalogFiles.Loaded::catalog).filter(c -> c.municipalityId() == 561)
                .findFirst().orElseThrow();
        assertThat(esbjerg.version()).isEqualTo("Greves test 2022");
        assertThat(esbjerg.validFrom()).hasToString("2023-01-01");
        assertThat(esbjerg.intervention("indkoeb")).isPresent();
    }

    @Test
    void anUnknownAdoptedVersionIsRefusedNamingFileLineAndField() {
        Resource esbjerg = write("561-esbjerg", ESBJERG.replace("version: \"Test 2022\"", "version: \"Test 2021\""));
        assertThatThrownBy(() -> files.readAll(List.of(write("253-greve", GREVE), esbjerg)))
                .isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("561-esbjerg/catalog.yaml, line 6, field adopts.version: municipality 253 has no "
                        + "catalogue version 'Test 2021' among the files read");
    }

    @Test
    void anAdoptingFileListsNoAreasAdoptsAnotherMunicipalityAndStaysWithinTheAdoptedPeriod() {
        Resource areas = write("561-esbjerg", ESBJERG + "shape: HOME_CARE\nareas: []\n");
        assertThatThrownBy(() -> files.readAll(List.of(write("253-greve", GREVE), areas)))
                .hasMessageContaining("field shape: must be left out: it is the adopted version's")
                .hasMessageContaining("field areas: must be left out");
        Resource itself = write("561-esbjerg", ESBJERG.replace("municipality: 253", "municipality: 561"));
        assertThatThrownBy(() -> files.read(itself)).hasMessageContaining("field adopts.municipality: must be another municipality");
        Resource early = write("561-esbjerg", ESBJERG.replace("validFrom: 2023-01-01", "validFrom: 2021-01-01"));
        assertThatThrownBy(() -> files.readAll(List.of(write("253-greve", GREVE), early)))
                .hasMessageContaining("field validFrom: the period must lie within the adopted version's (2022-01-01 to open)");
    }

    private Resource write(String folder, String yaml) {
        try {
            Path path = Files.createDirectories(dir.resolve(folder)).resolve("catalog.yaml");
            Files.writeString(path, yaml, StandardCharsets.UTF_8);
            return new FileSystemResource(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
