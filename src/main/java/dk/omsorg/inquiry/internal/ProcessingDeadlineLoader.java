package dk.omsorg.inquiry.internal;

import dk.omsorg.inquiry.ProcessingDeadlineTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;

/**
 * Loads every municipality's deadline table from the repository's policy files into
 * {@code processing_deadline_rule} (and the acute deadline into {@code processing_deadline_acute}) at start, replacing what was there: the files are the truth,
 * the table makes them queryable.
 */
@Component
@Order(1)
class ProcessingDeadlineLoader implements ApplicationRunner {

    static final String LOCATION = "classpath*:policy/*/processing-deadlines.yaml";
    private static final Logger log = LoggerFactory.getLogger(ProcessingDeadlineLoader.class);

    private final JdbcClient jdbc;

    ProcessingDeadlineLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        for (Resource file : files) {
            load(ProcessingDeadlineFiles.read(file));
        }
        log.info("Loaded processing deadline tables from {} policy files", files.length);
    }

    void load(ProcessingDeadlineTable table) {
        jdbc.sql("delete from processing_deadline_rule where municipality_id = ?").param(table.municipalityId()).update();
        jdbc.sql("delete from processing_deadline_acute where municipality_id = ?").param(table.municipalityId()).update();
        for (ProcessingDeadlineTable.Version version : table.versions()) {
            if (version.acute() != null) {
                jdbc.sql("insert into processing_deadline_acute (municipality_id, valid_from, days, text) values (?, ?, ?, ?)")
                        .params(table.municipalityId(), version.validFrom(), version.acute().days(), version.acute().text())
                        .update();
            }
            version.weeksByLegalBasis().forEach((legalBasis, weeks) -> jdbc.sql("""
                            insert into processing_deadline_rule (municipality_id, version_label, valid_from, valid_to, legal_basis, weeks, source)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(table.municipalityId(), version.label(), version.validFrom(), version.validTo(),
                            legalBasis, weeks, version.source())
                    .update());
        }
    }
}
