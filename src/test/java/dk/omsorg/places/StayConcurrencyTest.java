package dk.omsorg.places;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two caseworkers book overlapping days of the same place at the same moment, each in its own transaction: the
 * exclusion constraint (not check-then-insert) lets exactly one stay in; the other gets the Danish error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StayConcurrencyTest {

    @Autowired
    StayBooking booking;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    @Test
    void twoBookingsOfOverlappingDaysAtTheSameMomentGiveOneStayAndOneDanishError() throws Exception {
        LocalDate from = DecisionTestData.today().plusDays(200);
        long first = citizen();
        long second = citizen();
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Long> booked = new CopyOnWriteArrayList<>();
        List<String> refused = new CopyOnWriteArrayList<>();
        List<Thread> threads = List.of(first, second).stream().map(citizen -> new Thread(() -> {
            ready.countDown();
            try {
                go.await(10, TimeUnit.SECONDS);
                booked.add(transactions.execute(status -> {
                    long id = booking.plan(new StayBooking.Booking(253, citizen, "aflastning-tune", 1,
                            citizen == first ? from : from.plusDays(3), from.plusDays(10), null, null), "visitator");
                    sleep(); // hold the transaction open so the other insert must wait on it
                    return id;
                }));
            } catch (ConflictException e) {
                refused.add(e.violations().get(0).messageKey());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })).toList();
        threads.forEach(Thread::start);
        ready.await(10, TimeUnit.SECONDS);
        go.countDown();
        for (Thread t : threads) {
            t.join(30_000);
        }

        assertThat(booked).hasSize(1);
        assertThat(refused).containsExactly("place.stay.doubleBooked");
        assertThat(messages.getMessage(refused.get(0), null, Locale.forLanguageTag("da")))
                .startsWith("Pladsen er allerede optaget eller reserveret");
        assertThat(jdbc.sql("""
                        select count(*) from place_stay where municipality_id = 253 and unit_code = 'aflastning-tune'
                        and place_no = 1 and citizen_id in (?, ?)""").params(first, second).query(Long.class).single())
                .isEqualTo(1);
    }

    /** A new Greve citizen; its id. */
    private long citizen() {
        String cpr = TestCitizens.newCpr();
        LocalDate birth = LocalDate.of(1940, Integer.parseInt(cpr.substring(2, 4)), Integer.parseInt(cpr.substring(0, 2)));
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        return jdbc.sql("""
                        insert into citizen (municipality_id, cpr_number, name, birth_date, sex, created_at, created_by,
                            modified_at, modified_by, version)
                        values (253, ?, 'Ophold Olsen', ?, 'FEMALE', ?, 'test', ?, 'test', 0) returning id""")
                .params(cpr.replace("-", ""), birth, now, now).query(Long.class).single();
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
