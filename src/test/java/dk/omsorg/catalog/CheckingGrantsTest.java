package dk.omsorg.catalog;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.catalog.internal.LoadedCatalogs;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.omsorg.catalog.Shift.DAY;
import static dk.omsorg.catalog.Shift.EVENING;
import static dk.omsorg.catalog.TestCatalogs.PERSONLIG_PLEJE;
import static dk.omsorg.catalog.TestCatalogs.INDKOEB;
import static dk.omsorg.catalog.TestCatalogs.grant;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The use case over the fixture catalogues, without Spring. */
class CheckingGrantsTest {

    private static final FsiiiCatalog FSIII = FsiiiCatalog.fromClasspath();
    private final Catalogs catalogs = new Catalogs(LoadedCatalogs.of(TestCatalogs.LOADED));
    private final CheckingGrants checking = new CheckingGrants(catalogs, FSIII, DanishCalendar.DEFAULT,
            Clock.fixed(of(2022, 3, 1).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant(), ZoneId.of("Europe/Copenhagen")));

    private static final Map<UUID, Integer> CAN_BATHE_WITH_HELP = Map.of(PERSONLIG_PLEJE, 3);

    @Test
    void aProposalWithinTheStandardHasNoFindingsAndGetsItsStartDeadline() {
        GrantCheck check = checking.check(253, of(2022, 4, 13), List.of(
                grant("rh-bad", 1, FrequencyUnit.WEEK, 30, of(2022, 4, 20), null, DAY)), CAN_BATHE_WITH_HELP);

        assertThat(check.findings()).isEmpty();
        assertThat(check.worst()).isEmpty();
        CheckedGrant bath = check.grants().get(0);
        assertThat(bath.catalogVersion()).isEqualTo("Testkvalitetsstandard 2022");
        assertThat(bath.catalogValidFrom()).isEqualTo(of(2022, 1, 1));
        assertThat(bath.areaCode()).isEqualTo("personlig-pleje");
        assertThat(bath.startBy()).isEqualTo(of(2022, 4, 21));   // 3 working days over Easter
    }

    @Test
    void eachGrantIsCheckedAgainstTheCatalogueInForceOnItsStartDate() {
        // indkoeb is capped at 1 a week (per household) in 2022 and at 2 a week in 2023
        GrantCheck check = checking.check(253, of(2022, 12, 1), List.of(
                grant("indkoeb", 2, FrequencyUnit.WEEK, 20, of(2022, 12, 1), of(2022, 12, 31), DAY),
                grant("indkoeb", 2, FrequencyUnit.WEEK, 20, of(2023, 1, 1), null, DAY)), Map.of(INDKOEB, 3));

        assertThat(check.grants()).extracting(CheckedGrant::catalogVersion)
                .containsExactly("Testkvalitetsstandard 2022", "Testkvalitetsstandard 2023");
        assertThat(check.combinationFindings()).extracting(Finding::rule, Finding::severity, Finding::quote)
                .containsExactly(tuple(FindingRule.FREQUENCY_LIMIT, Severity.WARNING, "Max. 1 gang ugentligt pr. husstand"));
        // 2023: 5 working days from 1 December 2022
        assertThat(check.grants().get(1).startBy()).isEqualTo(of(2022, 12, 8));
    }

    @Test
    void anUnknownInterventionAndADateWithoutCatalogueAreErrors() {
        GrantCheck check = checking.check(253, null, List.of(
                grant("snerydning", 1, FrequencyUnit.WEEK, 20, of(2022, 3, 1), null, DAY),
                grant("rh-bad", 1, FrequencyUnit.WEEK, 20, of(2021, 6, 1), null, DAY)), Map.of());

        assertThat(check.hasErrors()).isTrue();
        assertThat(check.findings()).extracting(Finding::rule, Finding::severity, Finding::interventionCode, Finding::message)
                .containsExactly(
                        tuple(FindingRule.UNKNOWN_INTERVENTION, Severity.ERROR, "snerydning",
                                "Indsatsen \"snerydning\" findes ikke i Testkvalitetsstandard 2022 (01.01.2022–31.12.2022)."),
                        tuple(FindingRule.NO_CATALOG, Severity.ERROR, "rh-bad",
                                "Der er ingen kvalitetsstandard i kraft den 01.06.2021, som bevillingen kan tjekkes mod."));
        assertThat(check.grants().get(1).catalogVersion()).isNull();
    }

    @Test
    void grantsAreCheckedAloneAndTogether() {
        GrantCheck check = checking.check(253, of(2022, 3, 1), List.of(
                grant("rh-bad", 1, FrequencyUnit.WEEK, 30, of(2022, 3, 2), null, DAY, EVENING),
                grant("personlig-hygiejne", 1, FrequencyUnit.DAY, 20, of(2022, 3, 2), null, DAY),
                grant("mellemmaaltid", 3, FrequencyUnit.DAY, 10, of(2022, 3, 2), null, DAY),
                grant("rengoering", 1, FrequencyUnit.WEEK, 60, of(2022, 3, 2), null, DAY)), CAN_BATHE_WITH_HELP);

        assertThat(check.grants().get(0).findings()).extracting(Finding::rule).containsExactly(FindingRule.SHIFT);
        assertThat(check.grants().get(3).findings()).extracting(Finding::rule, Finding::severity)
                .containsExactly(tuple(FindingRule.CRITERIA, Severity.WARNING));   // Lave husligt arbejde not assessed
        assertThat(check.combinationFindings()).extracting(Finding::rule, Finding::interventionCode)
                .containsExactlyInAnyOrder(
                        tuple(FindingRule.FREQUENCY_LIMIT, "rh-bad"),      // once a week in each of two shifts
                        tuple(FindingRule.GROUP_LIMIT, "mellemmaaltid"),   // heraf 2 mellemmåltider
                        tuple(FindingRule.EXCLUSION, "rh-bad"));
        assertThat(check.worst()).contains(Severity.ERROR);
    }

    @Test
    void grantsThatDoNotRunAtTheSameTimeAreNotAddedUp() {
        GrantCheck apart = checking.check(253, of(2022, 3, 1), List.of(
                grant("rh-bad", 1, FrequencyUnit.WEEK, 30, of(2022, 3, 1), of(2022, 3, 31), DAY),
                grant("rh-bad", 1, FrequencyUnit.WEEK, 30, of(2022, 4, 1), null, DAY)), CAN_BATHE_WITH_HELP);
        GrantCheck together = checking.check(253, of(2022, 3, 1), List.of(
                grant("rh-bad", 1, FrequencyUnit.WEEK, 30, of(2022, 3, 1), of(2022, 4, 30), DAY),
                grant("rh-bad", 1, FrequencyUnit.WEEK, 30, of(2022, 4, 1), null, DAY)), CAN_BATHE_WITH_HELP);

        assertThat(apart.combinationFindings()).isEmpty();
        assertThat(together.combinationFindings()).extracting(Finding::rule).containsExactly(FindingRule.FREQUENCY_LIMIT);
    }

    @Test
    void malformedInputIsRefusedNamingEveryField() {
        List<ProposedGrant> grants = List.of(
                grant("rh-bad", 0, FrequencyUnit.WEEK, 30, of(2022, 3, 1), null, DAY),
                grant("rh-bad", 1, null, 0, of(2022, 3, 1), of(2022, 2, 1), DAY),
                grant(" ", 1, FrequencyUnit.DAY, 1441, null, null));
        Map<UUID, Integer> scores = Map.of(PERSONLIG_PLEJE, 7, UUID.fromString("00000000-0000-4000-8000-000000000001"), 2);

        assertThatThrownBy(() -> checking.check(253, null, grants, scores))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(DomainException.Violation::field).containsExactlyInAnyOrder(
                                "grants[0].times", "grants[1].per", "grants[1].minutesPerDelivery", "grants[1].end",
                                "grants[2].interventionCode", "grants[2].minutesPerDelivery", "grants[2].start",
                                "scores[" + PERSONLIG_PLEJE + "]", "scores[00000000-0000-4000-8000-000000000001]"));
        assertThatThrownBy(() -> checking.check(253, null, List.of(), Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("grants"));
    }

    @Test
    void decisionDateDefaultsToToday() {
        GrantCheck check = checking.check(253, null, List.of(
                grant("rengoering", 1, FrequencyUnit.WEEK, 60, of(2022, 3, 20), null, DAY)), Map.of(TestCatalogs.LAVE_HUSLIGT_ARBEJDE, 3));
        assertThat(check.grants().get(0).startBy()).isEqualTo(of(2022, 3, 15));   // 14 days from 1 March
        assertThat(check.findings()).extracting(Finding::rule).containsExactly(FindingRule.START_DEADLINE);
    }
}
