package dk.omsorg.catalog;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.omsorg.catalog.TestCatalogs.HUKOMMELSE;
import static dk.omsorg.catalog.TestCatalogs.INDKOEB;
import static dk.omsorg.catalog.TestCatalogs.KOMMUNIKATION;
import static dk.omsorg.catalog.TestCatalogs.PERSONLIG_PLEJE;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue screens over real HTTP, logged in with the login form, on the test catalogues. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"omsorg.catalog.location=" + TestCatalogs.LOCATION, TestCatalogs.NO_PLACES})
class CatalogWebTest {

    @LocalServerPort
    int port;

    @Test
    void theCatalogueInForceTodayWithAVersionSelectorAndANavLink() {
        Browser caseworker = Browser.logIn(port, "visitator");
        Page page = caseworker.get("/catalog");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/catalog\">Kvalitetsstandard</a>");
        assertThat(page.body()).contains("<h2 id=\"catalog-version\" style=\"margin-top: 0\">Testkvalitetsstandard 2023</h2>");
        assertThat(page.body()).contains("<option value=\"2022-01-01\">Testkvalitetsstandard 2022 (01.01.2022–31.12.2022)</option>");
        assertThat(page.body()).contains("<option value=\"2023-01-01\" selected=\"selected\">Testkvalitetsstandard 2023 (01.01.2023–)</option>");
        assertThat(page.body()).contains("hx-get=\"/catalog\"", "hx-target=\"#catalog\"");
        // the legal bases in force by date and age, beside the standard's own words
        assertThat(page.body()).contains("SEL § 83 stk. 1 nr. 2 fra 01.01.2023 til og med 30.06.2025",
                "Ældreloven § 10 fra 01.07.2025 (borgere i folkepensionsalderen)");
    }

    @Test
    void anOlderVersionShowsEveryPartOfTheStandardInDanish() {
        Page page = Browser.logIn(port, "visitator").get("/catalog?on=2022-06-01");

        assertThat(page.body()).contains(
                "Testkvalitetsstandard 2022",
                "SEL § 83 stk. 1 nr. 1",
                "senest 3 hverdage efter, at bevillingen er givet",
                "Ved akut behov kan indsatsen startes samme dag.",
                "på hverdage i tidsrummet kl. 07:00-17:00",
                "Score 2–4 på Anvende kommunikationsudstyr og -teknikker (udgået; vurderes på Kommunikation)",
                "Score 2–4 på mindst 2 af: Hukommelse, Overordnede kognitive funktioner (udgået; vurderes på Kognitive funktioner)",
                "Samt borgere med et væsentligt synshandicap",
                "Max. 1 gang ugentligt pr. husstand",
                "Personlig hygiejne, Af- og påklædning",
                "Dagvagt, Aftenvagt",
                "Max. 5 spiseindsatser dagligt, heraf 2 mellemmåltider",
                "op til max 2 måneder",
                "Højst 13 uger; midtvejsevaluering i uge 6, slutevaluering i uge 12.",
                "Scorer som udgangspunkt 3.",
                "FSIII H1.7 Indkøb",
                "Hver 12. måned.",
                "Afgørelsen kan påklages til Ankestyrelsen.");
        assertThat(page.body()).contains("id=\"intervention-rh-bad\"", "id=\"area-madservice\"");
    }

    @Test
    void theVersionSelectorGetsOnlyTheCatalogueFragmentWithHtmx() {
        Page fragment = Browser.logIn(port, "visitator").htmx("/catalog?on=2022-06-01");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body().strip()).startsWith("<section id=\"catalog\">").doesNotContain("<html");
        assertThat(fragment.body()).contains("Testkvalitetsstandard 2022");
    }

    @Test
    void aMunicipalityWithoutCatalogueSaysSo() {
        Page page = Browser.logIn(port, "visitator-esbjerg").get("/catalog");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"no-catalog\"", "Kommunen har ingen kvalitetsstandard, der gælder den");
    }

    @Test
    void theEligibilityFormHasEveryCurrentStateAndShowsTheMetInterventionsByArea() {
        Browser caseworker = Browser.logIn(port, "visitator");
        Page form = caseworker.get("/catalog/eligibility");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.count("<select id=\"score-")).isEqualTo(13);
        assertThat(form.body()).contains("name=\"score[" + PERSONLIG_PLEJE + "]\"", "9 Ikke relevant", "Ikke vurderet");

        Page result = caseworker.htmx("/catalog/eligibility?check=1&on=2022-06-01&score%5B" + PERSONLIG_PLEJE + "%5D=3"
                + "&score%5B" + KOMMUNIKATION + "%5D=2&score%5B" + HUKOMMELSE + "%5D=2&score%5B" + INDKOEB + "%5D=");
        assertThat(result.body().strip()).startsWith("<section id=\"eligibility-result\"");
        assertThat(result.body()).contains("id=\"eligible-area-personlig-pleje\"", "id=\"eligible-rh-bad\"",
                "id=\"eligible-personlig-hygiejne\"", "id=\"assessment-indkoeb\"");
        assertThat(result.body()).doesNotContain("id=\"eligible-indkoeb\"", "id=\"eligible-rengoering\"");

        Page page = caseworker.get("/catalog/eligibility?check=1&on=2022-06-01&score%5B" + PERSONLIG_PLEJE + "%5D=3");
        assertThat(page.body()).contains("<option value=\"3\" selected=\"selected\">3 Svære begrænsninger</option>",
                "id=\"eligible-rh-bad\"", "Efter Testkvalitetsstandard 2022, som gælder den 01.06.2022.");
    }

    @Test
    void financeStaffHaveNoAccess() {
        assertThat(Browser.logIn(port, "okonomi").get("/catalog").status()).isEqualTo(403);
    }

    record Page(int status, String body) {
        int count(String text) {
            int count = 0;
            for (int i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + text.length())) {
                count++;
            }
            return count;
        }
    }

    /** A logged-in browser session: the session cookie from the login form. */
    static final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String base;

        private Browser(int port) {
            base = "http://localhost:" + port;
        }

        static Browser logIn(int port, String username) {
            Browser browser = new Browser(port);
            Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(browser.get("/login").body());
            assertThat(csrf.find()).isTrue();
            Page loggedIn = browser.send(HttpRequest.newBuilder(URI.create(browser.base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
            assertThat(loggedIn.status()).as("login of " + username).isEqualTo(302);
            return browser;
        }

        Page get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        Page htmx(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("HX-Request", "true").GET());
        }

        private Page send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                // whitespace collapsed: Thymeleaf keeps the template's line breaks between attributes
                return new Page(response.statusCode(), response.body().replaceAll("\\s+", " "));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
