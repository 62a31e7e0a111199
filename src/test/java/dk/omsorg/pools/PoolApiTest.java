package dk.omsorg.pools;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.pools.PoolTestData.entry;
import static dk.omsorg.pools.PoolTestData.error;
import static dk.omsorg.pools.PoolTestData.open;
import static dk.omsorg.pools.PoolTestData.opened;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pools over HTTP against the real database, by Ikast-Brande's pools.yaml (seed 001 § 97 and § 84): saving,
 * the 90-hour cap, expiry after 6 months, oldest-first use, deduction, the allowance once a year, § 84 hours and
 * days per 12 months, concurrent uses, bad input changing nothing, another municipality, audit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PoolApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    ApiClient caseworker;
    LocalDate thisMonth;
    long citizenId;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator-ikast");
        thisMonth = DecisionTestData.today().withDayOfMonth(1);
        citizenId = PoolTestData.ikastCitizen(jdbc);
    }

    @Test
    void companionHoursAreSavedUpToNinetyAndLapseAfterSixMonths() {
        JsonNode pool = opened(caseworker, citizenId, "COMPANION_HOURS", thisMonth.minusMonths(7), null);
        // 8 months of 15 hours; the first two months' hours have lapsed, so 90 are saved
        assertThat(pool.get("quantity").decimalValue()).isEqualByComparingTo("15");
        assertThat(pool.get("balance").decimalValue()).isEqualByComparingTo("90");
        assertThat(kinds(pool, "EXPIRY")).hasSize(2);
        assertThat(pool.get("lots")).hasSize(6);
        assertThat(pool.get("lots").get(0).get("expiresOn").asText()).isEqualTo(thisMonth.minusMonths(5).plusMonths(6).toString());

        JsonNode read = caseworker.get("/api/v1/citizens/" + citizenId + "/pools").json().get(0);
        assertThat(read.get("balance").decimalValue()).isEqualByComparingTo("90");
        assertThat(count("CREATE")).isEqualTo(1);
        assertThat(count("READ")).isEqualTo(1);
    }

    @Test
    void savedHoursAboveTheCapAreRefusedAndAccrualIsCutToIt() {
        Response above = open(caseworker, citizenId, "COMPANION_HOURS", thisMonth.minusMonths(1), null, 76);
        assertThat(error(above, "savedHours")).contains("højst opspares 90 timer").contains("75");
        assertThat(jdbc.sql("select count(*) from pool where citizen_id = ?").param(citizenId).query(Long.class).single()).isZero();

        JsonNode pool = PoolTestData.open(caseworker, citizenId, "COMPANION_HOURS", thisMonth.minusMonths(1), null, 75).json();
        assertThat(pool.get("balance").decimalValue()).isEqualByComparingTo("90");
        JsonNode capped = kinds(pool, "ACCRUAL").get(1);
        assertThat(capped.get("quantity").decimalValue()).isEqualByComparingTo("0");
        assertThat(capped.get("capped").decimalValue()).isEqualByComparingTo("15");
    }

    @Test
    void theOldestHoursAreUsedFirstAndOtherCompanionshipIsDeducted() {
        JsonNode pool = opened(caseworker, citizenId, "COMPANION_HOURS", thisMonth.minusMonths(2), null);
        Response used = entry(caseworker, pool, "uses", thisMonth.minusMonths(1).plusDays(9), 20, "Koncert i Herning");
        assertThat(used.status()).as(used.body()).isEqualTo(200);
        pool = used.json();
        // of 30 hours then, the first month's 15 went first, the second month's lot has 10 left
        assertThat(pool.get("lots").get(0).get("accruedOn").asText()).isEqualTo(thisMonth.minusMonths(1).toString());
        assertThat(pool.get("lots").get(0).get("remaining").decimalValue()).isEqualByComparingTo("10");
        assertThat(pool.get("balance").decimalValue()).isEqualByComparingTo("25");

        Response deducted = entry(caseworker, pool, "deductions", thisMonth, 5, "Ledsagelse i dagtilbuddet");
        assertThat(deducted.status()).as(deducted.body()).isEqualTo(200);
        assertThat(deducted.json().get("balance").decimalValue()).isEqualByComparingTo("20");
        assertThat(kinds(deducted.json(), "DEDUCTION").get(0).get("note").asText()).isEqualTo("Ledsagelse i dagtilbuddet");
        assertThat(count("UPDATE")).isEqualTo(2);
    }

    @Test
    void badUsesAreRefusedByFieldInDanishAndNothingIsStored() {
        JsonNode pool = opened(caseworker, citizenId, "COMPANION_HOURS", thisMonth.minusMonths(1), null);
        assertThat(error(entry(caseworker, pool, "uses", thisMonth, 31, null), "quantity"))
                .isEqualTo("Der er ikke nok til rådighed: saldoen er 30 timer den " + dk.omsorg.catalog.DanishText.date(thisMonth) + ".");
        assertThat(error(entry(caseworker, pool, "uses", thisMonth, 0, null), "quantity")).contains("større end 0");
        assertThat(error(entry(caseworker, pool, "uses", thisMonth, -2, null), "quantity")).contains("større end 0");
        assertThat(error(entry(caseworker, pool, "uses", thisMonth, 1.255, null), "quantity")).contains("to decimaler");
        assertThat(error(entry(caseworker, pool, "uses", thisMonth.minusMonths(2), 1, null), "on")).contains("før puljen begynder");
        assertThat(error(entry(caseworker, pool, "uses", DecisionTestData.today().plusDays(1), 1, null), "on")).contains("fremtiden");
        assertThat(jdbc.sql("select count(*) from pool_entry where pool_id = ?").param(pool.get("id").asLong())
                .query(Long.class).single()).isZero();

        Response first = entry(caseworker, pool, "uses", thisMonth, 2, null);
        assertThat(first.status()).isEqualTo(200);
        // the same version again: someone saved in between
        assertThat(entry(caseworker, pool, "uses", thisMonth, 2, null).status()).isEqualTo(409);
    }

    @Test
    void theCompanionAllowanceIsPaidOnReceiptsOnceAYear() {
        JsonNode pool = opened(caseworker, citizenId, "COMPANION_HOURS", thisMonth.minusMonths(1), null);
        String path = "/api/v1/pools/" + pool.get("id").asLong() + "/allowance";
        LocalDate today = DecisionTestData.today();
        assertThat(error(caseworker.post(path, json(map("amount", 1005.01, "receiptReference", "Bilag 1", "version", 0))),
                "amount")).isEqualTo("Beløbet må højst være 1.005,00 kr. om året.");
        assertThat(error(caseworker.post(path, json(map("amount", 400, "receiptReference", " ", "version", 0))),
                "receiptReference")).contains("dokumenterede udgifter");
        Response paid = caseworker.post(path, json(map("paidOn", today, "amount", 812.50, "receiptReference", "Bilag 2024-17", "version", 0)));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().get("allowance").get(0).get("amount").decimalValue()).isEqualByComparingTo("812.50");
        Response twice = caseworker.post(path, json(map("paidOn", today, "amount", 100, "receiptReference", "Bilag 2",
                "version", paid.json().get("version").asInt())));
        assertThat(error(twice, "paidOn")).contains("allerede udbetalt for " + today.getYear());
        assertThat(jdbc.sql("select count(*) from pool_allowance where pool_id = ?").param(pool.get("id").asLong())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void reliefHoursAndRespiteDaysArePerTwelveMonthsWithUse() {
        JsonNode relief = opened(caseworker, citizenId, "RELIEF_HOURS", thisMonth.minusMonths(13), 100);
        // the first 12 months' hours lapsed unused; the second period's 100 are there
        assertThat(relief.get("balance").decimalValue()).isEqualByComparingTo("100");
        assertThat(kinds(relief, "EXPIRY").get(0).get("quantity").decimalValue()).isEqualByComparingTo("100");
        Response used = entry(caseworker, relief, "uses", thisMonth, 7.5, "Afløser aften");
        assertThat(used.json().get("balance").decimalValue()).isEqualByComparingTo("92.5");
        assertThat(error(entry(caseworker, relief, "deductions", thisMonth, 1, null), "quantity")).contains("kun ledsageordningen");

        JsonNode respite = opened(caseworker, citizenId, "RESPITE_DAYS", thisMonth.minusMonths(1), 14);
        assertThat(error(entry(caseworker, respite, "uses", thisMonth, 1.5, null), "quantity")).contains("hele døgn");
        Response days = entry(caseworker, respite, "uses", thisMonth, 3, "Aflastning på bostedet");
        assertThat(days.json().get("balance").decimalValue()).isEqualByComparingTo("11");
        assertThat(error(entry(caseworker, days.json(), "uses", thisMonth, 12, null), "quantity")).contains("11 døgn");
        assertThat(error(open(caseworker, citizenId, "RESPITE_DAYS", thisMonth, null, null), "quantity")).isEqualTo("Angiv antallet.");
    }

    @Test
    void twoUsesAtOnceCannotOverdraw() throws Exception {
        JsonNode pool = opened(caseworker, citizenId, "COMPANION_HOURS", thisMonth.minusMonths(1), null);
        ExecutorService two = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<Response> use = () -> {
                go.await();
                return entry(caseworker, pool, "uses", thisMonth, 20, null);
            };
            answers.add(two.submit(use));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> a : answers) {
            statuses.add(a.get().status());
        }
        two.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.sql("select coalesce(sum(quantity), 0) from pool_entry where pool_id = ?").param(pool.get("id").asLong())
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("20");
    }

    @Test
    void aUseWaitsForTheRowLockAndIsCheckedAgainstWhatWasStoredMeanwhile() throws Exception {
        JsonNode pool = opened(caseworker, citizenId, "COMPANION_HOURS", thisMonth.minusMonths(1), null);
        long id = pool.get("id").asLong();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        // another writer holds the pool's row and uses 25 of the 30 hours (without changing the version)
        Future<?> other = holder.submit(() -> transactions.executeWithoutResult(tx -> {
            jdbc.sql("select id from pool where id = ? for update").param(id).query(Long.class).single();
            jdbc.sql("insert into pool_entry (pool_id, kind, on_date, quantity, created_at, created_by) values (?, 'USE', ?, 25, now(), 'test')")
                    .params(id, thisMonth).update();
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        locked.await();
        ExecutorService user = Executors.newSingleThreadExecutor();
        Future<Response> use = user.submit(() -> entry(caseworker, pool, "uses", thisMonth, 20, null));
        Thread.sleep(700);
        assertThat(use.isDone()).as("the use waits for the lock").isFalse();
        release.countDown();
        other.get();
        assertThat(error(use.get(), "quantity")).contains("saldoen er 5 timer");
        holder.shutdown();
        user.shutdown();
    }

    @Test
    void aGrantHasOnePool() {
        Response first = open(caseworker, citizenId, "RELIEF_HOURS", thisMonth, 40, null);
        String again = first.body().replaceAll("(?s).*\"grantKey\":\"([^\"]+)\".*", "$1");
        Response second = caseworker.post("/api/v1/citizens/" + citizenId + "/pools", json(map("grantKey", again,
                "kind", "RELIEF_HOURS", "startsOn", thisMonth, "quantity", 40)));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asText()).isEqualTo("Borgeren har allerede en pulje for denne bevilling.");
    }

    @Test
    void anotherMunicipalitysPoolIsNotFoundAndTheAttemptAudited() {
        JsonNode pool = opened(caseworker, citizenId, "COMPANION_HOURS", thisMonth, null);
        ApiClient greve = ApiClient.as(port, "visitator");
        long deniedBefore = denied();
        assertThat(greve.get("/api/v1/pools/" + pool.get("id").asLong()).status()).isEqualTo(404);
        assertThat(entry(greve, pool, "uses", thisMonth, 1, null).status()).isEqualTo(404);
        assertThat(greve.get("/api/v1/citizens/" + citizenId + "/pools").status()).isEqualTo(404);
        // the refusals are audited without naming the other municipality's citizen
        assertThat(denied() - deniedBefore).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from pool_entry where pool_id = ?").param(pool.get("id").asLong())
                .query(Long.class).single()).isZero();
    }

    private long denied() {
        return jdbc.sql("select count(*) from audit_event where username = 'visitator' and action = 'ACCESS_DENIED' and citizen_id is null")
                .query(Long.class).single();
    }

    private List<JsonNode> kinds(JsonNode pool, String kind) {
        return StreamSupport.stream(pool.get("ledger").spliterator(), false)
                .filter(l -> l.get("kind").asText().equals(kind)).toList();
    }

    private long count(String action) {
        return jdbc.sql("select count(*) from audit_event where citizen_id = ? and resource = 'pool' and action = ?")
                .params(citizenId, action).query(Long.class).single();
    }
}
