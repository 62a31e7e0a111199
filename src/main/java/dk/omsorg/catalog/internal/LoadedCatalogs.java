package dk.omsorg.catalog.internal;

import dk.omsorg.shared.YamlLines;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.Criterion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalogues read from the files at {@code omsorg.catalog.location}, validated while the
 * application context starts: an invalid file stops the start before the server takes requests,
 * with every problem named ({@link CatalogFileException}).
 */
@Component
public class LoadedCatalogs {

    private static final Logger log = LoggerFactory.getLogger(LoadedCatalogs.class);

    private final List<CatalogFiles.Loaded> loaded;
    private final Map<Integer, List<Catalog>> byMunicipality;

    @Autowired
    LoadedCatalogs(CatalogProperties properties, FsiiiCodes fsiii) {
        this(read(properties.location(), new CatalogFiles(fsiii)));
        log.info("Loaded {} quality-standard catalogues from {}", loaded.size(), properties.location());
    }

    LoadedCatalogs(List<CatalogFiles.Loaded> loaded) {
        this.loaded = List.copyOf(loaded);
        this.byMunicipality = loaded.stream().map(CatalogFiles.Loaded::catalog)
                .sorted(Comparator.comparing(Catalog::validFrom))
                .collect(Collectors.groupingBy(Catalog::municipalityId, Collectors.toUnmodifiableList()));
        loaded.forEach(LoadedCatalogs::warnAboutUnreachableCriteria);
    }

    /** Catalogues already read, e.g. by a test from its fixtures. */
    public static LoadedCatalogs of(List<CatalogFiles.Loaded> loaded) {
        return new LoadedCatalogs(loaded);
    }

    /** Reads and validates every file at {@code location}, in file order. */
    public static List<CatalogFiles.Loaded> read(String location, CatalogFiles files) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
            return files.readAll(Arrays.stream(resources).sorted(Comparator.comparing(YamlLines::label)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list catalogue files at " + location, e);
        }
    }

    /** Every catalogue with its file. */
    public List<CatalogFiles.Loaded> all() {
        return loaded;
    }

    /** A municipality's versions, oldest first. */
    public List<Catalog> of(int municipalityId) {
        return byMunicipality.getOrDefault(municipalityId, List.of());
    }

    /**
     * An "at least k of" list with fewer than k states that can be scored (retired states without a
     * successor cannot) can never be met by a new assessment. The file is still valid (the seed says so), but the
     * people maintaining it should know.
     */
    private static void warnAboutUnreachableCriteria(CatalogFiles.Loaded file) {
        file.catalog().interventions().forEach(intervention -> {
            if (intervention.criteria() == null) {
                return;
            }
            intervention.criteria().all().forEach(criterion -> {
                if (criterion instanceof Criterion.AtLeast atLeast && atLeast.scorableStates() < atLeast.atLeast()) {
                    log.warn("{}: intervention '{}' needs {} of {} states, but only {} of them can be scored; "
                                    + "a new assessment cannot meet it", file.file(), intervention.code(), atLeast.atLeast(),
                            atLeast.of().size(), atLeast.scorableStates());
                }
            });
        });
    }
}
