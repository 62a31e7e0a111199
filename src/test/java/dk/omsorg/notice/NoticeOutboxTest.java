package dk.omsorg.notice;

import dk.omsorg.decision.DecisionMade;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.internal.NoticeRepository;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * The outbox: the decision is saved, the listener that writes the provider's notice fails, and the
 * notice is still delivered — exactly once — when the failed publication is resubmitted; running the
 * listener again for the same event (a crash between writing the notice and completing the
 * publication) writes nothing twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoticeOutboxTest {

    /** The database "goes away" while this is set: every notice write fails. */
    static final AtomicBoolean FAILING = new AtomicBoolean();
    static final AtomicInteger ATTEMPTS = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @MockitoSpyBean
    NoticeRepository notices;

    @BeforeEach
    void failWhileSet() {
        FAILING.set(false);
        ATTEMPTS.set(0);
        doAnswer(invocation -> {
            ATTEMPTS.incrementAndGet();
            if (FAILING.get()) {
                throw new org.springframework.dao.DataAccessResourceFailureException("Database unavailable (test)");
            }
            return invocation.callRealMethod();
        }).when(notices).insertToProvider(any(), any());
    }

    @AfterEach
    void recover() {
        FAILING.set(false);
    }

    /** Publications of the decision's events that are not completed. */
    private long incompleteFor(long decisionId) {
        return jdbc.sql("""
                        select count(*) from event_publication
                        where completion_date is null and serialized_event like ?""")
                .param("%\"decisionId\":" + decisionId + "%").query(Long.class).single();
    }

    @Test
    void aFailedListenerDeliversTheNoticeExactlyOnceWhenResubmitted() {
        FAILING.set(true);

        NoticeTestData.Granted granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a",
                DecisionTestData.today());

        // the decision (and its grant) is saved; both listeners (DecisionMade, ProviderAssigned) fail
        await().atMost(NoticeTestData.AT_MOST).pollInterval(Duration.ofMillis(50)).until(() -> ATTEMPTS.get() >= 2
                && jdbc.sql("select count(*) from event_publication where completion_date is null and status = 'FAILED' and serialized_event like ?")
                .param("%\"decisionId\":" + granted.decisionId() + "%").query(Long.class).single() >= 2);
        assertThat(jdbc.sql("select count(*) from decision_grant where grant_key = ?").param(granted.grantKey())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(NoticeTestData.notices(jdbc, granted.decisionId(), granted.providerId())).isZero();
        assertThat(incompleteFor(granted.decisionId())).isGreaterThanOrEqualTo(2);

        // the database is back: the registry resubmits what did not complete
        FAILING.set(false);
        incomplete.resubmitIncompletePublications(publication -> true);

        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        await().atMost(NoticeTestData.AT_MOST).pollInterval(Duration.ofMillis(50))
                .until(() -> incompleteFor(granted.decisionId()) == 0);
        assertThat(NoticeTestData.notices(jdbc, granted.decisionId(), granted.providerId())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from grant_start where grant_key = ?").param(granted.grantKey())
                .query(Long.class).single()).isEqualTo(1);

        // resubmitting again finds nothing incomplete, and changes nothing
        incomplete.resubmitIncompletePublications(publication -> true);
        assertThat(NoticeTestData.notices(jdbc, granted.decisionId(), granted.providerId())).isEqualTo(1);
    }

    @Test
    void theSameEventHandledAgainWritesNoSecondNotice() {
        NoticeTestData.Granted granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a",
                DecisionTestData.today());
        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        await().atMost(NoticeTestData.AT_MOST).until(() -> incompleteFor(granted.decisionId()) == 0);
        ATTEMPTS.set(0);

        // as after a crash between writing the notice and marking the publication complete: delivered again
        transactions.executeWithoutResult(status -> events.publishEvent(new DecisionMade(granted.decisionId(), 253,
                granted.citizenId(), 1, null, false)));

        await().atMost(NoticeTestData.AT_MOST).pollInterval(Duration.ofMillis(50))
                .until(() -> ATTEMPTS.get() >= 1 && incompleteFor(granted.decisionId()) == 0);
        assertThat(NoticeTestData.notices(jdbc, granted.decisionId(), granted.providerId())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from grant_start where grant_key = ?").param(granted.grantKey())
                .query(Long.class).single()).isEqualTo(1);
    }
}
