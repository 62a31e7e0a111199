package dk.omsorg.bench;

import dk.omsorg.bench.MunicipalityGenerator.Generated;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Issue 21's question to every index on {@code visit}: the queries that read visits, as the application writes them
 * (one grant, citizen or provider of the generated data; the month of the data), run under {@code EXPLAIN ANALYZE} at
 * the benchmark's scale after the import. Printed per query: how it reaches {@code visit} (which index, or a sequential
 * scan) and its time — bench/README.md "The indexes on visit" reads it. Nothing is asserted.
 */
final class VisitQueryPlans {

    private VisitQueryPlans() {
    }

    static void print(JdbcClient jdbc, Generated data) {
        long provider = data.files().get(0).providerId();
        long citizen = jdbc.sql("select citizen_id from visit where provider_id = ? limit 1").param(provider).query(Long.class).single();
        UUID grant = jdbc.sql("select grant_key from visit where citizen_id = ? limit 1").param(citizen).query(UUID.class).single();
        LocalDate from = data.spec().firstDay();
        LocalDate to = from.plusDays(data.spec().days() - 1);
        LocalDate monday = to.minusDays(6);
        Map<String, Object> p = Map.of("m", data.spec().municipalityId(), "p", provider, "c", citizen, "g", grant,
                "from", from, "to", to, "monday", monday, "sunday", monday.plusDays(6));
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("provider's visits in a week (API, week templates: VisitTables.find)", """
                select * from visit where municipality_id = :m and provider_id = :p and visit_date >= :monday and visit_date <= :sunday
                order by visit_date, start_time nulls first, kind desc, external_id""");
        queries.put("provider's day list, 3 days (DayLists)", """
                select v.citizen_id, v.visit_date, v.start_time from visit v
                where v.provider_id = :p and v.kind = 'PLANNED' and v.visit_date between :monday and cast(:monday as date) + 2""");
        queries.put("citizen's week, staff view (CitizenVisitWeeks)", """
                select v.grant_key, v.visit_date, v.minutes from visit v join provider p on p.id = v.provider_id
                where v.municipality_id = :m and v.citizen_id = :c and v.visit_date between :monday and :sunday""");
        queries.put("provider's week of one citizen (Visits.week: VisitTables.find)", """
                select * from visit where municipality_id = :m and provider_id = :p and citizen_id = :c
                and visit_date >= :monday and visit_date <= :sunday""");
        queries.put("KL Gateway: 200 citizens' delivered visits in the month (ReportFactsReader)", """
                select citizen_id, id, grant_key, visit_date, start_time from visit
                where municipality_id = :m and citizen_id = any(array(select generate_series(cast(:c as bigint), cast(:c as bigint) + 199)))
                  and kind = 'DELIVERED' and not_delivered_reason is null and visit_date between :from and :to""");
        queries.put("reassessment flag's weeks of one grant (ReassessmentFlags)", """
                select sum(v.minutes) from visit v
                where v.municipality_id = :m and v.grant_key = :g and v.visit_date between :from and :to""");
        queries.put("case rate: has the provider visits on the grant (CaseRates)", """
                select exists (select 1 from visit where municipality_id = :m and grant_key = :g and provider_id = :p)""");
        queries.put("supervision sample: one provider's citizen in a period (SampleTables)", """
                select v.grant_key, sum(v.minutes) from visit v
                where v.municipality_id = :m and v.provider_id = :p and v.citizen_id = :c and v.visit_date between :from and :to
                group by v.grant_key""");
        queries.put("a citizen deleted: any visit of it (V14's parent check)", """
                select exists (select from visit v where v.citizen_id = :c)""");
        queries.put("settlement: the month's delivered visits, whole municipality (SettlementSql.PRICE)", """
                select count(*), sum(minutes) from visit v
                where v.municipality_id = :m and v.kind = 'DELIVERED' and v.visit_date between :from and :to""");
        queries.put("settlement: approved month changed since (SettlementSql.CHANGED_SINCE)", """
                select exists (select 1 from visit v where v.municipality_id = :m and v.modified_at > now()
                               and v.visit_date between :from and :to and v.kind = 'DELIVERED')""");
        System.out.println("the queries that read visit, at this scale (EXPLAIN ANALYZE; how visit is reached, ms):");
        for (Map.Entry<String, String> q : queries.entrySet()) {
            List<String> plan = jdbc.sql("explain (analyze, costs off, timing off) " + q.getValue()).params(p)
                    .query(String.class).list();
            String access = plan.stream().map(String::strip).map(l -> l.replaceFirst("^->\\s*", ""))
                    .filter(l -> l.matches("(Parallel )?(Seq Scan|Index Scan|Index Only Scan|Bitmap Index Scan)( Backward)? (on|using) visit.*")
                            || l.matches("(Parallel )?(Index Scan|Index Only Scan|Bitmap Index Scan)( Backward)? using visit_\\w+ on visit.*")
                            || l.startsWith("Bitmap Index Scan on visit"))
                    .map(l -> l.replaceFirst(" on visit v$| on visit$", "")).distinct().reduce((a, b) -> a + "; " + b).orElse("?");
            String time = plan.stream().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("").replace("Execution Time: ", "");
            System.out.printf(Locale.ROOT, "  %-84s %-52s %s%n", q.getKey(), access, time);
        }
    }
}
