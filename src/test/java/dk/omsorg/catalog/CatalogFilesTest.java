package dk.omsorg.catalog;

import dk.omsorg.catalog.internal.CatalogFiles;
import dk.omsorg.catalog.internal.CatalogProperties;
import dk.omsorg.catalog.internal.FsiiiCodes;
import dk.omsorg.catalog.internal.LoadedCatalogs;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the real catalogue files under {@code src/main/resources/policy/}: every one must be
 * valid, and one municipality's versions must not overlap. (Passes trivially while there are none.)
 */
class CatalogFilesTest {

    private final CatalogFiles files = new CatalogFiles(FsiiiCodes.fromClasspath());

    @Test
    void everyCatalogueFileInTheRepositoryIsValid() throws Exception {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(CatalogProperties.DEFAULT_LOCATION);
        // read together: a file that adopts another municipality's version (Esbjerg) is valid only beside it
        List<CatalogFiles.Loaded> loaded = files.readAll(List.of(resources));
        assertThat(loaded).hasSameSizeAs(resources);
        for (CatalogFiles.Loaded catalogue : loaded) {
            assertThat(catalogue.catalog().areas()).as(catalogue.file()).isNotEmpty();
        }
    }

    @Test
    void theRepositorysCataloguesLoadTogetherWithoutOverlappingVersions() {
        List<CatalogFiles.Loaded> loaded = LoadedCatalogs.read(CatalogProperties.DEFAULT_LOCATION, files);
        loaded.forEach(l -> assertThat(l.catalog().municipalityId()).as(l.file()).isPositive());
    }

    @Test
    void ikastBrandesSocialAreasStateTheirAgesFromSeed001() {
        Catalog ikast = LoadedCatalogs.read(CatalogProperties.DEFAULT_LOCATION, files).stream()
                .map(CatalogFiles.Loaded::catalog).filter(c -> c.municipalityId() == 756).findFirst().orElseThrow();
        assertThat(ikast.areas()).allSatisfy(a -> assertThat(a.age().from()).as(a.code()).isEqualTo(18));
        AgeCondition allowance = ikast.area("merudgifter").orElseThrow().age();
        assertThat(allowance.until()).isEqualTo(AgeCondition.Limit.FOLKEPENSION);
        assertThat(allowance.endOfMonth()).isTrue();
        assertThat(allowance.text()).contains("bortfalder ved udgangen af den måned");
        AgeCondition escort = ikast.area("ledsageordning").orElseThrow().age();
        assertThat(escort.firstGrantBefore()).isEqualTo(AgeCondition.Limit.FOLKEPENSION);
        assertThat(escort.until()).isNull();
        assertThat(ikast.area("beskyttet-beskaeftigelse").orElseThrow().age().until()).isEqualTo(AgeCondition.Limit.FOLKEPENSION);
    }
}
