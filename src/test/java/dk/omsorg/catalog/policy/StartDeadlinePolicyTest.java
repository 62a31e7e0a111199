package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.DanishCalendar;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.Severity;
import dk.omsorg.catalog.TestCatalogs;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dk.omsorg.catalog.TestCatalogs.greve;
import static dk.omsorg.catalog.TestCatalogs.greveArea;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

class StartDeadlinePolicyTest {

    private final StartDeadlinePolicy policy = new StartDeadlinePolicy(DanishCalendar.DEFAULT);

    private LocalDate startBy(String code, LocalDate decidedOn) {
        Intervention intervention = greve(code);
        return policy.startBy(greveArea(code).startDeadlineFor(intervention), decidedOn);
    }

    private PolicyResult check(String code, LocalDate decidedOn, LocalDate start) {
        Intervention intervention = greve(code);
        Area area = greveArea(code);
        return policy.check(intervention, area.startDeadlineFor(intervention), decidedOn,
                TestCatalogs.grant(code, 1, FrequencyUnit.WEEK, 20, start, null));
    }

    @Test
    void threeWorkingDaysSkipEaster() {
        // personlig-pleje: 3 working days; Wednesday 13 April 2022, before Skærtorsdag
        assertThat(startBy("rh-bad", of(2022, 4, 13))).isEqualTo(of(2022, 4, 21));
        assertThat(check("rh-bad", of(2022, 4, 13), of(2022, 4, 21))).isEqualTo(PolicyResult.allowed());
        assertThat(check("rh-bad", of(2022, 4, 13), of(2022, 4, 22))).isInstanceOfSatisfying(Finding.class, f -> {
            assertThat(f.rule()).isEqualTo(FindingRule.START_DEADLINE);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("RH Bad starter 22.04.2022, men skal ifølge kvalitetsstandarden starte senest "
                    + "21.04.2022 (senest 3 hverdage efter afgørelsen den 13.04.2022).");
            assertThat(f.quote()).isEqualTo("senest 3 hverdage efter, at bevillingen er givet");
        });
    }

    @Test
    void calendarDaysAndWeeksDoNotSkipHolidays() {
        assertThat(startBy("indkoeb", of(2022, 12, 20))).isEqualTo(of(2023, 1, 3));      // 14 days
        assertThat(startBy("rh-forloeb", of(2022, 12, 20))).isEqualTo(of(2022, 12, 27));  // 1 week, the intervention's own
    }

    @Test
    void sameDayAndStartingBeforeTheDecisionAreAllowed() {
        assertThat(policy.startBy(greveArea("rh-forloeb").startDeadline(), of(2022, 6, 3))).isEqualTo(of(2022, 6, 3));
        assertThat(check("rh-bad", of(2022, 4, 13), of(2022, 4, 1))).isEqualTo(PolicyResult.allowed());
    }

    @Test
    void noDeadlineNoFinding() {
        assertThat(startBy("morgenmad", of(2022, 4, 13))).isNull();
        assertThat(check("morgenmad", of(2022, 4, 13), of(2023, 1, 1))).isEqualTo(PolicyResult.allowed());
    }
}
