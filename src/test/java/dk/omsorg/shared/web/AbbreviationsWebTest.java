package dk.omsorg.shared.web;

import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** "RH" (Greve's prefix for a rehabilitation course's interventions) is never shown unexplained. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AbbreviationsWebTest {

    private static final String EXPLAINED = "RH står for rehabilitering";
    private static final Pattern AREA = Pattern.compile("<section class=\"card area\".*?</section>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Test
    void everyCatalogAreaNamingRhInterventionsExplainsRhAndNoOtherDoes() {
        String catalog = WebSession.logIn(port, "leder").get("/catalog").body();
        int withRh = 0;
        Matcher area = AREA.matcher(catalog);
        while (area.find()) {
            boolean namesRh = area.group().matches("(?s).*>RH [^<]*</span>.*");
            assertThat(area.group().contains(EXPLAINED)).as(area.group().substring(0, 200)).isEqualTo(namesRh);
            withRh += namesRh ? 1 : 0;
        }
        assertThat(withRh).as("areas with RH interventions").isPositive();
    }
}
