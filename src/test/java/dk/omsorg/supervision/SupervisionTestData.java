package dk.omsorg.supervision;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.provider.Providers;
import dk.omsorg.provider.Providers.GrantDay;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/** Greve citizens with grants and visits through the APIs, and the candidates of a draw by the provider module's own rule. */
final class SupervisionTestData {

    private SupervisionTestData() {
    }

    static long provider(JdbcClient jdbc, String code) {
        return jdbc.sql("select id from provider where municipality_id = 253 and code = ?").param(code).query(Long.class).single();
    }

    /** A Greve citizen in the district with daily hygiene (20 min each evening: 140 min a week) by the provider, free choice. */
    static Hygiene hygiene(ApiClient caseworker, String district, long providerId) {
        var inquiry = caseworker.post("/api/v1/inquiries", json(map(
                "cprNumber", TestCitizens.newCpr(), "citizenName", "Tilsyn Ærø Østergård", "address", "Testvej 1, 2670 Greve",
                "district", district, "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Hjælp til personlig pleje", "legalBasis", "SEL § 83", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        long citizenId = inquiry.json().get("citizenId").asLong();
        var assessment = caseworker.post("/api/v1/citizens/" + citizenId + "/assessments", json(map(
                "inquiryId", inquiry.json().get("id").asLong(), "assessedOn", today().toString(),
                "overallAssessment", "Har brug for hjælp efter hofteoperation.", "abilityScores", Map.of(PERSONLIG_PLEJE, 3))));
        assertThat(assessment.status()).as(assessment.body()).isEqualTo(201);
        Map<String, Object> grant = hygieneGrant(providerId, 20);
        var decision = caseworker.post("/api/v1/decisions", json(map("citizenId", citizenId, "appliedFor", "Personlig pleje",
                "grants", List.of(grant))));
        assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        return new Hygiene(citizenId, UUID.fromString(decision.json().get("grants").get(0).get("grantKey").asText()));
    }

    record Hygiene(long citizenId, UUID grantKey) {
    }

    /** Daily hygiene each evening from today with the provider (free choice), and any further fields. */
    static Map<String, Object> hygieneGrant(long providerId, int minutes, Object... more) {
        Map<String, Object> grant = with(grant("daglig-hygiejne", 1, "DAY", "EVENING", minutes, today(), null),
                "overrideReason", "Konkret vurdering: varigt behov efter hofteoperation.",
                "provider", map("providerId", providerId, "kind", "FREE_CHOICE", "reason", null));
        return more.length == 0 ? grant : with(grant, more);
    }

    /** One visit as the provider API takes it. */
    static Map<String, Object> visit(String id, UUID grantKey, String kind, LocalDate date, String startTime, String shift,
                                     int minutes, String reason) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("visitId", id);
        v.put("grantKey", grantKey.toString());
        v.put("kind", kind);
        v.put("date", date.toString());
        v.put("startTime", startTime);
        v.put("shift", shift);
        v.put("minutes", minutes);
        v.put("notDeliveredReason", reason);
        return v;
    }

    /**
     * Who is a candidate for which provider in Greve in the period, by {@link Providers#deliveringGrants} — the
     * provider module's own rule, asked day by day — independently of the sample's SQL.
     */
    static Map<Long, Set<Long>> candidates(JdbcClient jdbc, Providers providers, LocalDate from, LocalDate to) {
        Map<UUID, Long> citizenOf = new HashMap<>();
        List<GrantDay> asked = new ArrayList<>();
        jdbc.sql("""
                        select g.grant_key, d.citizen_id, greatest(g.start_on, ?) as first_day, least(coalesce(g.end_on, ?), ?) as last_day
                        from decision_grant g join decision d on d.id = g.decision_id
                        where d.status = 'CURRENT' and d.municipality_id = 253""")
                .params(from, to, to)
                .query((rs, n) -> {
                    UUID key = rs.getObject(1, UUID.class);
                    citizenOf.put(key, rs.getLong(2));
                    LocalDate first = rs.getObject(3, LocalDate.class);
                    LocalDate last = rs.getObject(4, LocalDate.class);
                    if (!last.isBefore(first)) {
                        first.datesUntil(last.plusDays(1)).forEach(d -> asked.add(new GrantDay(key, d)));
                    }
                    return key;
                }).list();
        Map<Long, Set<Long>> result = new HashMap<>();
        providers.deliveringGrants(asked).forEach((gd, provider) ->
                result.computeIfAbsent(provider, p -> new HashSet<>()).add(citizenOf.get(gd.grantKey())));
        return result;
    }

    /**
     * A seed whose draw of {@code n} puts the citizen among the provider's drawn, by the documented order
     * md5("seed:provider:citizen") — so a test does not depend on how many citizens other tests gave the provider.
     */
    static long seedDrawing(long providerId, long citizenId, Set<Long> candidates, int n) {
        for (long seed = 1; seed < 100_000; seed++) {
            long s = seed;
            List<Long> order = candidates.stream()
                    .sorted(Comparator.comparing((Long c) -> md5(s + ":" + providerId + ":" + c)).thenComparing(c -> c)).toList();
            if (order.indexOf(citizenId) < n) {
                return seed;
            }
        }
        throw new AssertionError("no seed draws the citizen");
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate todayInDenmark() {
        return DecisionTestData.today();
    }
}
