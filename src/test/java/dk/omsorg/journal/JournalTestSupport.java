package dk.omsorg.journal;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.util.List;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal tests' shared setup: the application's clock, which a test moves to another day (every journal test
 * imports this one configuration, so they share one application context), and notes written over the API.
 */
@TestConfiguration
public class JournalTestSupport {

    static final MutableClock CLOCK = new MutableClock();

    @Bean
    @Primary
    Clock journalTestClock() {
        return CLOCK;
    }

    static String notes(long citizenId) {
        return "/api/v1/citizens/" + citizenId + "/journal-notes";
    }

    static String providerNotes(long citizenId) {
        return "/api/v1/provider/citizens/" + citizenId + "/journal-notes";
    }

    /** Writes a note of the authority's; its id. */
    static long write(ApiClient user, long citizenId, String heading, String text, boolean shared) {
        ApiClient.Response response = user.post(notes(citizenId), json(map("heading", heading, "text", text,
                "sharedWithProviders", shared)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    static long count(JdbcClient jdbc, long citizenId) {
        return jdbc.sql("select count(*) from journal_note where citizen_id = ?").param(citizenId).query(Long.class).single();
    }

    /** The headings of a page of notes, as listed. */
    static List<String> headings(ApiClient.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<String> headings = new java.util.ArrayList<>();
        page.json().get("notes").forEach(n -> headings.add(n.get("heading").asText()));
        return headings;
    }
}
