package dk.omsorg.settlement.web;

import dk.omsorg.settlement.SettlementReport.MonthTotal;
import dk.omsorg.settlement.SettlementReport.Problem;
import dk.omsorg.settlement.SettlementReport.ProviderTotal;
import dk.omsorg.settlement.SettlementRun;
import dk.omsorg.settlement.SettlementStatements;
import dk.omsorg.settlement.SettlingMonth;
import dk.omsorg.settlement.internal.StatementExport;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.Money;
import dk.omsorg.shared.web.Formats;
import dk.omsorg.shared.web.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.PersonNames;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The run page's states that the database tests cannot hold still: a run being computed (the progress bar polls
 * itself with htmx) and a failed run (its problems in Danish, nothing settled); and the chart of a month against the
 * previous months.
 */
@WebMvcTest(SettlementController.class)
@Import({SettlementTexts.class, Messages.class, Formats.class, PersonNames.class, SettlementRunPageTest.Today.class})
@WithMockUser(roles = "FINANCE")
class SettlementRunPageTest {

    static final YearMonth MARCH = YearMonth.of(2024, 3);
    static final Instant STARTED = Instant.parse("2024-04-02T08:00:00Z");

    @TestConfiguration
    static class Today {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2024-04-10T10:00:00Z"), DanishTime.ZONE);
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SettlingMonth settling;
    @MockitoBean
    SettlementStatements statements;
    @MockitoBean
    StatementExport export;
    /** the page names users by full name ({@code @people}); none is known here, so usernames are shown */
    @MockitoBean
    StaffDirectory staff;

    private static SettlementRun run(SettlementRun.Status status, int progress, String phase, Money total) {
        return new SettlementRun(7, 253, MARCH, status, progress, phase, STARTED, "okonomi", null, null, null, total,
                total, 3);
    }

    @Test
    void aRunningRunShowsItsProgressInDanishAndItsFragmentPollsItselfEverySecond() throws Exception {
        when(statements.run(7)).thenReturn(run(SettlementRun.Status.RUNNING, 35, "settlement.phase.corrections", null));

        mvc.perform(get("/settlement/runs/7")).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Afregning for marts 2024"), containsString("Finder ændringer i godkendte måneder"),
                containsString("<progress id=\"run-progress-bar\" max=\"100\" value=\"35\""), containsString("Kører"))));
        mvc.perform(get("/settlement/runs/7").header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"run\""),
                        containsString("hx-get=\"/settlement/runs/7\""), containsString("hx-trigger=\"every 1s\""),
                        not(containsString("id=\"approve\"")))));
    }

    @Test
    void aFailedRunListsTheVisitsItCouldNotPriceInDanishAndSaysNothingWasSettled() throws Exception {
        when(statements.run(7)).thenReturn(run(SettlementRun.Status.FAILED, 100, "settlement.phase.failed", null));
        when(statements.problems(7)).thenReturn(List.of(new Problem(4L, "Kystens Hjemmeservice ApS",
                UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"), "dagcenter", "WEEKDAY_DAY", LocalDate.of(2024, 3, 4), 2,
                "NO_RATE_GROUP", "Indsatsen hører ikke til nogen takstgruppe")));

        mvc.perform(get("/settlement/runs/7")).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Stoppet"), containsString("intet er afregnet"), containsString("Kystens Hjemmeservice ApS"),
                containsString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"), containsString("Hverdag dag"),
                containsString("04.03.2024"), containsString("Indsatsen hører ikke til nogen takstgruppe"),
                not(containsString("hx-trigger=\"every")), not(containsString("id=\"approve\"")), not(containsString("<svg")))));
    }

    @Test
    void aDraftOfAnEndedMonthCanBeApprovedAndItsChartSetsTheMonthAgainstThePreviousMonths() throws Exception {
        when(statements.run(7)).thenReturn(run(SettlementRun.Status.DRAFT, 100, "settlement.phase.done", new Money(150_000)));
        when(statements.providerTotals(7)).thenReturn(List.of(new ProviderTotal(4, "Kystens Hjemmeservice ApS", 10, 300,
                new Money(150_000), Money.ZERO, Money.ZERO, new Money(150_000))));
        when(statements.history(7, SettlementController.HISTORY_MONTHS)).thenReturn(List.of(
                new MonthTotal(YearMonth.of(2024, 1), 4, new Money(100_000)),
                new MonthTotal(YearMonth.of(2024, 2), 4, new Money(50_000)),
                new MonthTotal(MARCH, 4, new Money(150_000))));

        mvc.perform(get("/settlement/runs/7")).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("<title>Kystens Hjemmeservice ApS, januar 2024: 1.000,00 kr.</title>"),
                containsString("<title>Kystens Hjemmeservice ApS, marts 2024: 1.500,00 kr.</title>"),
                containsString("class=\"bar current\""), containsString("name=\"version\" value=\"3\""),
                containsString("id=\"approve\""), containsString("5,00"))));
    }

    @Test
    void aDraftOfTheCurrentMonthSaysFromWhenItCanBeApproved() throws Exception {
        SettlementRun april = new SettlementRun(8, 253, YearMonth.of(2024, 4), SettlementRun.Status.DRAFT, 100,
                "settlement.phase.done", STARTED, "okonomi", STARTED, null, null, Money.ZERO, Money.ZERO, 1);
        when(statements.run(8)).thenReturn(april);

        mvc.perform(get("/settlement/runs/8")).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Måneden er ikke slut endnu; afregningen kan godkendes fra dagen efter 30.04.2024."),
                not(containsString("id=\"approve\"")))));
    }

    @Test
    void theChartScaleEndsOnARoundAmount() {
        org.assertj.core.api.Assertions.assertThat(TotalsChart.niceCeiling(150_000)).isEqualTo(200_000);
        org.assertj.core.api.Assertions.assertThat(TotalsChart.niceCeiling(100_000)).isEqualTo(100_000);
        org.assertj.core.api.Assertions.assertThat(TotalsChart.niceCeiling(1)).isEqualTo(100);
    }

    /** Issue 14: a run that broke off on an error listed nothing; it says why, in Danish. */
    @Test
    void aRunThatBrokeOffOnAnErrorSaysWhyInDanish() throws Exception {
        when(statements.run(7)).thenReturn(run(SettlementRun.Status.FAILED, 100, "settlement.phase.error", null));
        when(statements.problems(7)).thenReturn(List.of(new Problem(null, null, null, null, null, null, 0,
                "AMOUNT_TOO_LARGE", "Et beløb blev for stort til at kunne afregnes.")));

        mvc.perform(get("/settlement/runs/7")).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Stoppet"), containsString("intet er afregnet"),
                containsString("Et beløb blev for stort til at kunne afregnes."), not(containsString("id=\"problems\"")),
                not(containsString("AMOUNT_TOO_LARGE")), containsString("id=\"rerun\""))));
    }

    /** Issue 14: a run whose instance stopped is shown as broken off, and may be run again at once. */
    @Test
    void aBrokenOffRunIsShownAsAfbrudtAndCanBeRunAgain() throws Exception {
        when(statements.run(7)).thenReturn(run(SettlementRun.Status.BROKEN_OFF, 55, "settlement.phase.brokenOff", null));

        mvc.perform(get("/settlement/runs/7")).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Afbrudt"), containsString("programmet stoppede undervejs"), containsString("id=\"rerun\""),
                not(containsString("hx-trigger=\"every")))));
    }
}
