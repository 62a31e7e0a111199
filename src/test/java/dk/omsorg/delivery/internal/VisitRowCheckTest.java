package dk.omsorg.delivery.internal;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.delivery.ShiftBoundaries;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.shared.ShiftTimes;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java check of the import's first way ({@link VisitRowCheck}) gives the SQL checks' verdict ({@link VisitChecks},
 * the last word) row by row, and stores what the SQL would store: thousands of lines drawn from every field's edge
 * values (ids, kinds in both languages and cases, dates around the grant's period, a change of provider and today,
 * times around the shift boundaries, shifts, minutes around the range, reasons) over grants of the provider, of another
 * provider, switched between them, ending, with one shift and with two, and unknown. Rows whose text holds letters
 * outside ASCII the Java check leaves to the SQL (it may only be stricter).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitRowCheckTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VisitTables tables;
    @Autowired
    ProviderGrants providerGrants;
    @Autowired
    ShiftTimes shiftTimes;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theJavaCheckGivesTheSqlChecksVerdictAndValuesRowByRow() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        LocalDate today = DecisionTestData.today();
        LocalDate start = today.minusDays(21);
        LocalDate switchOn = today.minusDays(7);
        LocalDate end = today.plusDays(5);
        Granted mine = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", start);
        Granted switched = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", start);
        Granted theirs = NoticeTestData.granted(caseworker, jdbc, "hjemmeplejen", start);
        UUID ending = endingTwoShiftGrant(caseworker, mine.providerId(), start, end);
        jdbc.sql("""
                insert into provider_switch (municipality_id, citizen_id, grant_key, old_provider_id, new_provider_id, cause,
                    requested_on, effective_from, created_at, created_by)
                values (253, ?, ?, ?, ?, 'CITIZEN_REQUEST', ?, ?, now(), 'test')""")
                .params(switched.citizenId(), switched.grantKey(), switched.providerId(), theirs.providerId(),
                        switchOn.minusDays(3), switchOn).update();

        List<String> grants = List.of(mine.grantKey().toString(), switched.grantKey().toString().toUpperCase(),
                theirs.grantKey().toString(), ending.toString(), UUID.randomUUID().toString());
        List<String> kinds = List.of("PLANNED", "planlagt", " Leveret ", "DELIVERED", "leveret", "", "besøg", "PLANNÉD");
        List<String> dates = List.of(start.minusDays(1), start, start.plusDays(3), switchOn.minusDays(1), switchOn, today,
                today.plusDays(1), end, end.plusDays(1)).stream().map(LocalDate::toString).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        dates.add("2025-02-30");
        List<String> times = List.of("", "", "06:59", "07:00", "14:59", "15:00", "22:59", "23:00", "08:15");
        List<String> shifts = List.of("", "", "DAY", "aften", " nat ", "EVENING", "morgen", "NİGHT");
        List<String> minutes = List.of("", "0", "1", "30", "1440", "1441", "0030");
        List<String> reasons = List.of("", "", "", "HOSPITALISED", "citizen_absent", " REPLACEMENT_HELP ", "ukendt");
        Random random = new Random(21);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            String id = switch (i % 50) {
                case 0 -> " ";
                case 1 -> "x".repeat(101);
                case 2 -> " a\\b\t" + i + " ";
                default -> "r" + i;
            };
            rows.add(new String[]{id, pick(random, grants), pick(random, kinds), pick(random, dates), pick(random, times),
                    pick(random, shifts), pick(random, minutes), pick(random, reasons)});
        }

        ShiftTimes.Times t = shiftTimes.of(253);
        ShiftBoundaries boundaries = new ShiftBoundaries(t.day(), t.evening(), t.night());
        long provider = mine.providerId();
        List<Map<String, Object>> sql = new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            tables.createStaging();
            tables.stageRows(rows);
            tables.parse(253, boundaries, false);
            return jdbc.sql("select line_no, " + VisitChecks.BAD_ROW + """
                             as bad, citizen_id, kind, visit_date::text as visit_date, to_char(start_time, 'HH24:MI') as start_time,
                            coalesce(derived_shift, given_shift, grant_shift) as shift, coalesce(minutes, 0) as minutes, reason, external_id
                            from visit_parsed order by line_no""")
                    .param("provider", provider).param("today", today).query().listOfRows();
        });
        assertThat(sql).hasSize(rows.size());
        Map<UUID, ProviderGrants.Grant> known = providerGrants.of(253, provider);
        int good = 0;
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            Map<String, Object> verdict = sql.get(i);
            VisitRowCheck.CheckedVisit visit = VisitRowCheck.check(row, known, provider, today, boundaries);
            String line = String.join(";", row) + " → " + verdict;
            boolean outsideAscii = String.join("", row).chars().anyMatch(c -> c > 127);
            if (visit == null) {
                assertThat((Boolean) verdict.get("bad") || outsideAscii).as("only the SQL may take " + line).isTrue();
                continue;
            }
            good++;
            assertThat(verdict.get("bad")).as("the SQL refuses " + line).isEqualTo(false);
            assertThat(List.<Object>of(visit.citizenId(), visit.kind(), visit.date().toString(), String.valueOf(visit.start()),
                    visit.shift(), visit.minutes(), String.valueOf(visit.reason()), visit.externalId()))
                    .as(line).containsExactly(verdict.get("citizen_id"), verdict.get("kind"), verdict.get("visit_date"),
                            String.valueOf(verdict.get("start_time")), verdict.get("shift"), verdict.get("minutes"),
                            String.valueOf(verdict.get("reason")), verdict.get("external_id"));
        }
        assertThat(good).as("good rows among the drawn ones").isGreaterThan(40);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A grant of the provider in the morning and the evening (no one shift of its own) that ends on {@code end}. */
    private UUID endingTwoShiftGrant(ApiClient caseworker, long providerId, LocalDate start, LocalDate end) {
        var applicant = NoticeTestData.applicant(caseworker, NoticeTestData.districtOf(jdbc, providerId), "Tjek Tove Ravn",
                DecisionTestData.today());
        var decision = caseworker.post("/api/v1/decisions", json(map("citizenId", applicant.citizenId(),
                "inquiryId", applicant.inquiryId(), "grants", List.of(DecisionTestData.with(
                        DecisionTestData.grant("rh-bad", 1, "WEEK", "DAY,EVENING", 30, start, end),
                        "goals", "Kan selv vaske overkrop efter 6 uger",
                        "overrideReason", "Borgeren har brug for bad både morgen og aften i forløbet",
                        "provider", map("providerId", providerId, "kind", "SELECTED_BY_MUNICIPALITY",
                                "reason", "Leverandøren har ledig kapacitet i borgerens distrikt"))))));
        assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        return UUID.fromString(decision.json().get("grants").get(0).get("grantKey").asText());
    }
}
