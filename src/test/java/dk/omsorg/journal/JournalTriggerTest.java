package dk.omsorg.journal;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database keeps the journal's rules even for a write that does not go through the application: no note is
 * deleted, and a heading or text changes only on the day the note was written (Danish time).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(JournalTestSupport.class)
class JournalTriggerTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private long note(long citizenId, String writtenAt) {
        return jdbc.sql("""
                        insert into journal_note (municipality_id, citizen_id, heading, text, author_username, author_kind,
                            written_at, modified_at)
                        values (253, ?, 'Overskrift', 'Tekst', 'visitator', 'AUTHORITY', %s, now()) returning id"""
                        .formatted(writtenAt))
                .param(citizenId).query(Long.class).single();
    }

    private long citizen() {
        return DecisionTestData.applicant(ApiClient.as(port, "visitator"), "SEL § 83 a", null).citizenId();
    }

    @Test
    void aNoteOfAnEarlierDayCannotBeChangedButTodaysCan() {
        long citizen = citizen();
        long yesterday = note(citizen, "now() - interval '1 day'");
        long today = note(citizen, "now()");

        assertThatThrownBy(() -> jdbc.sql("update journal_note set text = 'Ændret' where id = ?").param(yesterday).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("only be changed on the day it was written");
        assertThatThrownBy(() -> jdbc.sql("update journal_note set heading = 'Ændret' where id = ?").param(yesterday).update())
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("update journal_note set text = 'Ændret' where id = ?").param(today).update()).isOne();
        // the version and the time of change are not the note's words: they may change
        assertThat(jdbc.sql("update journal_note set version = version + 1 where id = ?").param(yesterday).update()).isOne();
        assertThat(jdbc.sql("select text from journal_note where id = ?").param(yesterday).query(String.class).single())
                .isEqualTo("Tekst");
    }

    @Test
    void noNoteIsDeletedOrMovedToAnotherCitizenOrDay() {
        long citizen = citizen();
        long id = note(citizen, "now()");
        assertThatThrownBy(() -> jdbc.sql("delete from journal_note where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never deleted");
        assertThatThrownBy(() -> jdbc.sql("truncate journal_note").update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update journal_note set written_at = now() - interval '3 days' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update journal_note set citizen_id = ? where id = ?").params(citizen(), id).update())
                .isInstanceOf(DataAccessException.class);
        assertThat(JournalTestSupport.count(jdbc, citizen)).isOne();
    }

    @Test
    void aProvidersNoteIsNeverSharedAndALinkIsOfOneKind() {
        long citizen = citizen();
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into journal_note (municipality_id, citizen_id, heading, text, author_username, author_kind,
                            provider_id, written_at, modified_at, shared_with_providers)
                        values (253, ?, 'H', 'T', 'leverandor-a', 'PROVIDER',
                                (select provider_id from app_user where username = 'leverandor-a'), now(), now(), true)""")
                .param(citizen).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into journal_note (municipality_id, citizen_id, heading, text, author_username, author_kind,
                            written_at, modified_at, link_kind, link_id)
                        values (253, ?, 'H', 'T', 'visitator', 'AUTHORITY', now(), now(), 'GRANT', 1)""")
                .param(citizen).update()).isInstanceOf(DataAccessException.class);
        assertThat(JournalTestSupport.count(jdbc, citizen)).isZero();
    }
}
