package dk.omsorg.delivery.internal;

import dk.omsorg.delivery.VisitFormatExamples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed COPY (the fast path) itself reads quoted fields: the format document's quoted example in the canonical
 * forms is copied into typed columns, not left to the lenient path, with the quotes, the separator and the doubled
 * quote read as RFC 4180 says and a quoted empty start time or minutes as empty.
 */
@SpringBootTest
class TypedCopyQuotingTest {

    @Autowired
    VisitTables tables;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theTypedCopyReadsTheDocumentsQuotedExample() throws Exception {
        String file = VisitFormatExamples.files().get(1);
        List<Map<String, Object>> rows = new TransactionTemplate(transactions).execute(status -> {
            tables.createStaging();
            assertThat(tables.copyTyped(file)).as("the typed COPY takes the file").isTrue();
            status.setRollbackOnly();
            return jdbc.sql("select c1, grant_key::text as grant_key, visit_date::text as visit_date, start_time::text as start_time, "
                    + "minutes, c8 from visit_typed order by line_no").query().listOfRows();
        });
        assertThat(rows).extracting(r -> r.get("c1")).containsExactly("A-2001", "A-2002;b", "A-2003 \"ekstra\"");
        assertThat(rows.get(0)).containsEntry("grant_key", VisitFormatExamples.DOC_GRANT).containsEntry("visit_date", "2025-03-04")
                .containsEntry("start_time", "09:30:00").containsEntry("minutes", 25);
        assertThat(rows.get(2)).containsEntry("start_time", null);
    }
}
