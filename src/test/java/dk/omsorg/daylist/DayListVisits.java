package dk.omsorg.daylist;

import dk.omsorg.notice.NoticeTestData;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** Visits of a granted citizen written straight to {@code visit}, as a provider's import leaves them: for the day-list tests. */
final class DayListVisits {

    private DayListVisits() {
    }

    /** A visit of {@code kind} (PLANNED or DELIVERED) by {@code providerId}; {@code reason} for one not delivered. */
    static void insert(JdbcClient jdbc, NoticeTestData.Granted g, long providerId, String kind, LocalDate day, LocalTime start,
                       int minutes, String reason) {
        jdbc.sql("""
                        insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                            start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by)
                        values (253, ?, ?, ?, ?, ?, ?, ?, 'DAY', ?, ?, now(), 'test', now(), 'test')""")
                .params(providerId, g.citizenId(), g.grantKey(), "daylist-" + UUID.randomUUID(), kind, day, start, minutes, reason)
                .update();
    }
}
