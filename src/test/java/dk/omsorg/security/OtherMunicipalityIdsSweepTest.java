package dk.omsorg.security;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: "403-vs-404 reveals which ids exist elsewhere". Every read under {@code /api/v1} with an id in its path
 * (found from Spring's own mappings, so a new one is swept too) answers an id of another municipality's row exactly
 * as an id that exists nowhere, for every role of this municipality — and never with that row's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OtherMunicipalityIdsSweepTest {

    private static final int GREVE = 253;
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    /** The table behind the path segment before an id; its rows outside Greve are the ids probed. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("citizens", "citizen");
        TABLES.put("inquiries", "inquiry");
        TABLES.put("assessments", "assessment");
        TABLES.put("decisions", "decision");
        TABLES.put("flags", "reassessment_flag");
        TABLES.put("follow-ups", "follow_up");
        TABLES.put("notices", "notice");
        TABLES.put("providers", "provider");
        TABLES.put("runs", "settlement_run");
        TABLES.put("statements", "settlement_run");
        TABLES.put("samples", "supervision_sample");
        TABLES.put("absences", "absence");
        TABLES.put("tasks", "task");
        TABLES.put("vum-assessments", "vum_assessment");
        TABLES.put("action-plans", "action_plan");
        TABLES.put("pools", "pool");
        TABLES.put("additional-costs", "additional_costs_calculation");
        TABLES.put("special-cases", "special_case");
        TABLES.put("special-case-contracts", "special_case_contract");
        TABLES.put("stays", "place_stay");
        TABLES.put("place-list-entries", "place_list_entry");
        TABLES.put("place-offers", "place_offer");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RequestMappingHandlerMapping mappings;

    @Test
    void anotherMunicipalitysIdIsAnsweredAsOneThatDoesNotExist() {
        // at least one citizen and inquiry of another municipality exist whatever ran before
        assertThat(ApiClient.as(port, "koordinator-esbjerg").post("/api/v1/inquiries", """
                {"cprNumber": "%s", "citizenName": "Esbjerg Borger", "source": "CITIZEN",
                 "receivedAt": "2025-01-06T10:00:00+01:00", "request": "Hjælp til rengøring", "legalBasis": "SEL § 83",
                 "priority": "NORMAL"}""".formatted(TestCitizens.newCpr())).status()).isEqualTo(201);
        // and a special case there (Esbjerg has no rules for them, so only written here), to probe its reads too
        jdbc.sql("""
                insert into special_case (municipality_id, citizen_id, setting, status, watch_day, watch_evening, watch_night,
                    package_criteria_met, need, opened_on, next_follow_up, created_at, created_by, modified_at, modified_by)
                select municipality_id, min(id), 'HOME', 'ASSESSMENT', true, true, false, true, 'Prøve', current_date,
                       current_date + 91, now(), 'test', now(), 'test'
                from citizen where municipality_id = 561 group by municipality_id
                on conflict do nothing""").update();

        TreeSet<String> reads = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                info.getPatternValues().stream().filter(p -> p.startsWith("/api/v1/") && p.contains("{")).forEach(reads::add);
            }
        });
        List<String> failures = new ArrayList<>();
        int probed = 0;
        for (String pattern : reads) {
            Optional<String[]> paths = paths(pattern);
            if (paths.isEmpty()) {
                continue;
            }
            probed++;
            for (String user : List.of("koordinator", "visitator", "leder", "okonomi", "tilsyn", "leverandor-a")) {
                ApiClient client = ApiClient.as(port, user);
                ApiClient.Response elsewhere = client.get(paths.get()[0]);
                ApiClient.Response nowhere = client.get(paths.get()[1]);
                if (elsewhere.status() != nowhere.status() || elsewhere.status() < 400 || elsewhere.body().contains("Esbjerg Borger")) {
                    failures.add(user + " " + paths.get()[0] + " → " + elsewhere.status() + ", nowhere → " + nowhere.status());
                }
            }
        }
        assertThat(probed).as("reads probed with another municipality's id").isGreaterThanOrEqualTo(4);
        assertThat(failures).isEmpty();
    }

    /** The pattern with every id filled from a row outside Greve, and with ids that exist nowhere; empty if none. */
    private Optional<String[]> paths(String pattern) {
        String elsewhere = pattern;
        String nowhere = pattern;
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            String before = pattern.substring(0, m.start() - 1);
            String segment = before.substring(before.lastIndexOf('/') + 1);
            String table = TABLES.get(segment);
            if (table == null) {
                return Optional.empty();
            }
            Optional<Long> id = jdbc.sql("select min(id) from " + table + " where municipality_id <> ?").param(GREVE)
                    .query(Long.class).optional();
            if (id.isEmpty()) {
                return Optional.empty();
            }
            elsewhere = elsewhere.replace(m.group(), String.valueOf(id.get()));
            nowhere = nowhere.replace(m.group(), "987654321");
        }
        return Optional.of(new String[]{elsewhere, nowhere});
    }
}
