package dk.omsorg.assessment.internal;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.assessment.FsiiiConcept;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Brings {@code fsiii_concept} in line with {@code reference/fsiii.json} at every start, so that
 * assessments can reference the codes. Areas go first because states and conditions reference
 * them. A concept that has left the file is never deleted — old assessments still point to it —
 * it is only marked as no longer current.
 */
@Component
@Order(1)
class FsiiiReferenceLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FsiiiReferenceLoader.class);

    private final FsiiiCatalog catalog;
    private final JdbcClient jdbc;

    FsiiiReferenceLoader(FsiiiCatalog catalog, JdbcClient jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<FsiiiConcept> concepts = catalog.all();
        for (FsiiiConcept c : concepts) {
            jdbc.sql("""
                            insert into fsiii_concept (code, kind, name, definition, legacy_code, parent_code, current, sort_order)
                            values (?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (code) do update set kind = excluded.kind, name = excluded.name,
                                definition = excluded.definition, legacy_code = excluded.legacy_code,
                                parent_code = excluded.parent_code, current = excluded.current,
                                sort_order = excluded.sort_order""")
                    .params(c.code(), c.kind().name(), c.name(), c.definition(), c.legacyCode(), c.parentCode(),
                            c.current(), c.sortOrder())
                    .update();
        }
        UUID[] known = concepts.stream().map(FsiiiConcept::code).toArray(UUID[]::new);
        int retired = jdbc.sql("update fsiii_concept set current = false where current and not (code = any (?))")
                .param(known).update();
        log.info("FSIII reference data {}: {} concepts loaded{}", catalog.version(), concepts.size(),
                retired > 0 ? ", " + retired + " no longer in the file marked as not current" : "");
    }
}
