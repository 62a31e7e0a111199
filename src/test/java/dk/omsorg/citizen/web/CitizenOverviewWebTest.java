package dk.omsorg.citizen.web;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen overview over real HTTP with a form login (issue 15): the summary's facts and the modules' summary
 * fragments (grants with weekly time from a real decision, providers, an absence today, a reported death), the audit of
 * each fragment, and the sections as tabs with {@code ?section=}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenOverviewWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Granted granted;
    WebSession caseworker;

    @BeforeEach
    void setUp() {
        // RH Bad once a week, 30 minutes, with Solsikken (leverandor-a), from today
        granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", DecisionTestData.today());
        caseworker = WebSession.logIn(port, "visitator");
    }

    private String path(String rest) {
        return "/citizens/" + granted.citizenId() + rest;
    }

    private long audited(long mark, String resource) {
        return jdbc.sql("select count(*) from audit_event where id > ? and username = 'visitator' and action = 'READ' and resource = ? and citizen_id = ?")
                .params(mark, resource, granted.citizenId()).query(Long.class).single();
    }

    @Test
    void theSummaryShowsTheCitizensFactsWithTheAgeFromTheCprNumbersBirthDate() {
        LocalDate born = jdbc.sql("select birth_date from citizen where id = ?").param(granted.citizenId()).query(LocalDate.class).single();
        String district = jdbc.sql("select d.name from district d join citizen c on c.district = d.code and d.municipality_id = c.municipality_id where c.id = ?")
                .param(granted.citizenId()).query(String.class).single();
        int age = Period.between(born, DecisionTestData.today()).getYears();

        Page page = caseworker.get(path(""));

        assertThat(page.status()).isEqualTo(200);
        assertThat(text(page, "citizen-name")).isEqualTo("Advis Åse Ørum");
        assertThat(text(page, "citizen-cpr")).matches("\\d{6}-\\d{4}");
        assertThat(text(page, "citizen-age")).startsWith(age + " år").contains(born.getYear() + "");
        assertThat(text(page, "citizen-address")).isEqualTo("Advisvej 7, 2670 Greve");
        assertThat(text(page, "citizen-phone")).isEqualTo("+45 12 34 56 78");
        assertThat(text(page, "citizen-district")).isEqualTo(district);
        // the inquiry was never assigned: no contact caseworker yet
        assertThat(text(page, "citizen-contact-caseworker")).isEqualTo("Ingen endnu");
        // the modules' parts are slots, loaded by htmx
        assertThat(page.body()).contains("hx-get=\"" + path("/grants/summary") + "\"", "hx-get=\"" + path("/providers/summary") + "\"",
                "hx-get=\"" + path("/contacts/summary") + "\"", "hx-get=\"" + path("/tasks") + "\"",
                "hx-get=\"" + path("/grants/warnings") + "\"", "hx-get=\"" + path("/absences/today") + "\"",
                "hx-get=\"" + path("/notices/death") + "\"");
    }

    @Test
    void theGrantsSummaryShowsTheDecidedGrantWithItsWeeklyTimeAndIsAudited() {
        long mark = NoticeTestData.lastAuditId(jdbc);

        Page grants = caseworker.htmx(path("/grants/summary"));

        assertThat(grants.status()).isEqualTo(200);
        assertThat(grants.body()).doesNotContain("<html").contains("id=\"summary-grants\"");
        String line = grants.body().substring(grants.body().indexOf("data-intervention=\"rh-bad\"")).replaceAll("\\s+", " ");
        assertThat(line).startsWith("data-intervention=\"rh-bad\"").contains("RH Bad").contains("30 min om ugen");
        assertThat(text(grants, "summary-weekly-total")).isEqualTo("30 min");
        assertThat(audited(mark, "decision")).isEqualTo(1);
    }

    @Test
    void theProvidersSummaryShowsWhoDeliversWhatAndIsAudited() {
        long mark = NoticeTestData.lastAuditId(jdbc);

        Page providers = caseworker.htmx(path("/providers/summary"));

        assertThat(providers.status()).isEqualTo(200);
        String list = providers.body().replaceAll("\\s+", " ");
        assertThat(list).contains("id=\"summary-provider-list\"").contains("Solsikken Hjemmepleje ApS").contains("RH Bad")
                .contains("koordinerer");
        assertThat(audited(mark, "citizen-providers")).isEqualTo(1);
    }

    @Test
    void anAbsenceTodayIsAWarningAndNoneIsNothing() {
        assertThat(caseworker.htmx(path("/absences/today")).body()).doesNotContain("warning-absence");
        var absence = ApiClient.as(port, "visitator").post("/api/v1" + path("/absences"), json(map(
                "kind", "HOSPITAL", "from", DecisionTestData.today().minusDays(1).toString(), "to", null, "note", "Sygehus Sjælland")));
        assertThat(absence.status()).as(absence.body()).isEqualTo(201);
        long mark = NoticeTestData.lastAuditId(jdbc);

        Page warning = caseworker.htmx(path("/absences/today"));

        assertThat(warning.status()).isEqualTo(200);
        assertThat(warning.body().replaceAll("\\s+", " ")).contains("Indlagt nu").contains("indtil videre").contains("Sygehus Sjælland");
        assertThat(audited(mark, "absence")).isEqualTo(1);
        // an absence that ended yesterday warns no more
        jdbc.sql("update absence set to_on = ? where citizen_id = ?").params(DecisionTestData.today().minusDays(1), granted.citizenId()).update();
        assertThat(caseworker.htmx(path("/absences/today")).body()).doesNotContain("Indlagt nu");
    }

    @Test
    void aDeathReportedByTheProviderIsAWarning() {
        assertThat(caseworker.htmx(path("/notices/death")).body()).doesNotContain("warning-deceased");
        var report = ApiClient.as(port, "leverandor-a").post("/api/v1/provider" + path("/notices"),
                json(map("kind", "DEATH", "text", "Borgeren døde i nat.")));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        long mark = NoticeTestData.lastAuditId(jdbc);

        Page warning = caseworker.htmx(path("/notices/death"));

        assertThat(warning.body().replaceAll("\\s+", " ")).contains("id=\"warning-deceased\"").contains("Borgeren er død")
                .contains("meldt af Solsikken Hjemmepleje ApS");
        assertThat(audited(mark, "notice")).isEqualTo(1);
    }

    @Test
    void theGrantWarningsAreEmptyForOrdinaryHelpAndAudited() {
        long mark = NoticeTestData.lastAuditId(jdbc);
        Page warnings = caseworker.htmx(path("/grants/warnings"));
        assertThat(warnings.status()).isEqualTo(200);
        assertThat(warnings.body()).doesNotContain("Særlig borgersag").doesNotContain("Terminal pleje");
        assertThat(audited(mark, "decision")).isEqualTo(1);
    }

    @Test
    void eachTabLoadsItsSectionIntoThePanelAndIsALinkWithoutJavaScript() {
        Page page = caseworker.get(path(""));
        for (String section : List.of("assessments", "decisions", "providers", "visits", "notices", "journal",
                "follow-ups", "inquiries", "contacts", "pools", "social")) {
            String tab = tabOf(page, section);
            assertThat(tab).as(section).contains("href=\"" + path("/" + section) + "\"")
                    .contains("hx-get=\"" + path("/" + section) + "\"")
                    .contains("hx-push-url=\"" + path("?section=" + section) + "\"")
                    .contains("hx-target=\"#citizen-section\"");
        }
        // every section answers htmx with a fragment, a plain request with a page
        for (String section : List.of("assessments", "decisions", "providers", "visits", "notices", "follow-ups", "inquiries",
                "journal", "contacts", "pools", "social")) {
            Page fragment = caseworker.htmx(path("/" + section));
            assertThat(fragment.status()).as(section).isEqualTo(200);
            assertThat(fragment.body()).as(section).doesNotContain("<html");
            Page own = caseworker.get(path("/" + section));
            assertThat(own.status()).as(section).isEqualTo(200);
            assertThat(own.body()).as(section).contains("<html");
        }
        // Levering: the week of planned and delivered time, with the reassessment flags and absences under it
        assertThat(caseworker.htmx(path("/visits")).body()).contains("id=\"citizen-delivery\"", "id=\"citizen-week\"",
                "id=\"citizen-reassessment\"");
        // the keeping of the links the other pages rely on
        assertThat(page.tag("citizen-visits-link")).contains("href=\"" + path("/visits") + "\"");
    }

    @Test
    void theSectionAskedForIsTheOneLoadedFirstAndTheAssessmentsWithoutOne() {
        Page journal = caseworker.get(path("?section=journal"));
        assertThat(panel(journal)).contains("hx-get=\"" + path("/journal") + "\"").doesNotContain("/assessments\"");
        assertThat(tabOf(journal, "journal")).contains("aria-current=\"page\"");
        assertThat(tabOf(journal, "assessments")).doesNotContain("aria-current");

        Page notices = caseworker.get(path("?section=notices"));
        assertThat(panel(notices)).contains("hx-get=\"" + path("/notices") + "\"");

        for (String none : List.of("", "?section=nonsense")) {
            Page page = caseworker.get(path(none));
            assertThat(panel(page)).as(none).contains("hx-get=\"" + path("/assessments") + "\"");
            assertThat(tabOf(page, "assessments")).contains("aria-current=\"page\"");
        }
        // only the section shown is loaded: the 9 summary parts (with the special case, issue 17, and the § 83 a
        // courses, issue 21), the menu's task counts and one section
        assertThat(caseworker.get(path("")).body().split("hx-trigger=\"load\"")).hasSize(1 + 9 + 1 + 1);
    }

    @Test
    void thePageAndItsFragmentsAreDanishThroughout() {
        ApiClient.as(port, "visitator").post("/api/v1" + path("/absences"), json(map(
                "kind", "HOLIDAY", "from", DecisionTestData.today().toString(), "to", DecisionTestData.today().plusDays(3).toString())));
        List<Page> read = new java.util.ArrayList<>(List.of(caseworker.get(path("")), caseworker.htmx(path("/grants/summary")),
                caseworker.htmx(path("/grants/warnings")), caseworker.htmx(path("/providers/summary")),
                caseworker.htmx(path("/absences/today")), caseworker.htmx(path("/notices/death")),
                caseworker.htmx(path("/visits")), caseworker.get(path("/inquiries"))));
        for (Page page : read) {
            String text = page.body().replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ");
            // an unresolved message key renders as ??key_da??; English words a framework would put there
            assertThat(text).doesNotContain("??").doesNotContainIgnoringCase("seed")
                    .doesNotContain("Loading", "Summary", "Warning", "Contact", "Section", "Not Found", "null");
        }
        assertThat(read.get(4).body()).contains("På ferie nu");
    }

    /** The start tag of a tab. */
    private static String tabOf(Page page, String section) {
        return section.equals("visits") ? page.tag("citizen-visits-link") : page.tag("tab-" + section);
    }

    /** The panel's markup up to the end of its loader. */
    private static String panel(Page page) {
        int start = page.body().indexOf("id=\"citizen-section\"");
        return page.body().substring(start, page.body().indexOf("</section>", start));
    }

    /** The text of the element with this id (no nested elements of the same kind). */
    private static String text(Page page, String id) {
        int start = page.body().indexOf('>', page.body().indexOf("id=\"" + id + "\"")) + 1;
        int end = page.body().indexOf("</", start);
        return page.body().substring(start, end).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
    }
}
