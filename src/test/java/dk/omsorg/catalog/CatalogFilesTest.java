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
}
