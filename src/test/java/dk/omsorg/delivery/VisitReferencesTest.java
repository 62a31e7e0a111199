package dk.omsorg.delivery;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V14 checks a visit's municipality, provider and citizen once per statement instead of by three foreign keys per
 * row: every write still fails on a missing parent (SQLSTATE 23503, as the foreign keys did), and a parent a visit
 * refers to cannot be deleted or truncated. Each case runs in a transaction that is rolled back.
 */
@SpringBootTest
class VisitReferencesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private void rolledBack(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    private long provider() {
        return jdbc.sql("select min(id) from provider where municipality_id = 253").query(Long.class).single();
    }

    private long citizen() {
        String cpr = "%010d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        return jdbc.sql("""
                        insert into citizen (municipality_id, cpr_number, name, birth_date, sex, created_at, created_by,
                                             modified_at, modified_by, version)
                        values (253, ?, 'Reference Test', date '1940-01-01', 'FEMALE', now(), 't', now(), 't', 0) returning id""")
                .param(cpr).query(Long.class).single();
    }

    private int visit(int municipality, long provider, long citizen, String id) {
        return jdbc.sql("""
                        insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                                           shift, minutes, created_at, created_by, modified_at, modified_by)
                        select ?, ?, ?, ?, ? || gen_random_uuid(), 'PLANNED', current_date, 'DAY', 20, now(), 't', now(), 't'
                        from generate_series(1, 2)""")
                .params(municipality, provider, citizen, UUID.randomUUID(), id).update();
    }

    @Test
    void aVisitWhoseMunicipalityProviderOrCitizenDoesNotExistIsRefused() {
        rolledBack(() -> {
            long citizen = citizen();
            assertThat(visit(253, provider(), citizen, "ok-")).isEqualTo(2);
            assertThatThrownBy(() -> visit(253, provider(), -1, "no-citizen-"))
                    .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("citizen");
        });
        rolledBack(() -> assertThatThrownBy(() -> visit(253, -1, citizen(), "no-provider-"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("provider"));
        rolledBack(() -> assertThatThrownBy(() -> visit(998, provider(), citizen(), "no-municipality-"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("municipality"));
        rolledBack(() -> {
            long citizen = citizen();
            visit(253, provider(), citizen, "moved-");
            assertThatThrownBy(() -> jdbc.sql("update visit set citizen_id = -1 where citizen_id = ?").param(citizen).update())
                    .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("citizen");
        });
    }

    @Test
    void aCitizenOrProviderWithVisitsCannotBeDeletedOrTruncated() {
        rolledBack(() -> {
            long citizen = citizen();
            visit(253, provider(), citizen, "kept-");
            assertThatThrownBy(() -> jdbc.sql("delete from citizen where id = ?").param(citizen).update())
                    .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("still referenced");
        });
        rolledBack(() -> {
            long provider = jdbc.sql("""
                    insert into provider (municipality_id, code, name, cvr, kind, listed)
                    values (253, ?, 'Reference Test ApS', '12345678', 'PRIVATE', false) returning id""")
                    .param("reference-test-" + UUID.randomUUID()).query(Long.class).single();
            visit(253, provider, citizen(), "kept-");
            assertThatThrownBy(() -> jdbc.sql("delete from provider where id = ?").param(provider).update())
                    .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("still referenced");
        });
        rolledBack(() -> {
            visit(253, provider(), citizen(), "kept-");
            assertThatThrownBy(() -> jdbc.sql("truncate citizen cascade").update())
                    .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("cannot truncate");
        });
        rolledBack(() -> {
            long citizen = citizen();   // without visits a citizen can go
            assertThat(jdbc.sql("delete from citizen where id = ?").param(citizen).update()).isEqualTo(1);
        });
    }
}
