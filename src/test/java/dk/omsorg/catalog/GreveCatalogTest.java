package dk.omsorg.catalog;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.catalog.internal.CatalogFiles;
import dk.omsorg.catalog.internal.CatalogProperties;
import dk.omsorg.catalog.internal.FsiiiCodes;
import dk.omsorg.catalog.internal.LoadedCatalogs;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dk.omsorg.catalog.Shift.DAY;
import static dk.omsorg.catalog.TestCatalogs.HUKOMMELSE;
import static dk.omsorg.catalog.TestCatalogs.INDKOEB;
import static dk.omsorg.catalog.TestCatalogs.KOMMUNIKATION;
import static dk.omsorg.catalog.TestCatalogs.LAVE_HUSLIGT_ARBEJDE;
import static dk.omsorg.catalog.TestCatalogs.PERSONLIG_PLEJE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Greve's quality standard 2022 (seed 003) as encoded in {@code policy/253-greve/catalog-2022.yaml}:
 * representative entries pinned, read through {@link Catalogs} as the application reads them, so a
 * change to the file that changes what caseworkers are told shows up here.
 */
public class GreveCatalogTest {

    private static final List<CatalogFiles.Loaded> LOADED =
            LoadedCatalogs.read(CatalogProperties.DEFAULT_LOCATION, new CatalogFiles(FsiiiCodes.fromClasspath()));
    private static final Catalogs CATALOGS = new Catalogs(LoadedCatalogs.of(LOADED));
    private static final LocalDate DAY_IN_FORCE = LocalDate.of(2025, 3, 3);
    public static final Catalog CATALOG = CATALOGS.inForce(253, DAY_IN_FORCE).orElseThrow();
    private static final CheckingGrants CHECKING = new CheckingGrants(CATALOGS, FsiiiCatalog.fromClasspath(),
            DanishCalendar.DEFAULT, Clock.fixed(DAY_IN_FORCE.atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant(),
            ZoneId.of("Europe/Copenhagen")));

    private static Intervention intervention(String code) {
        return CATALOGS.intervention(CATALOG, code).orElseThrow();
    }

    private static ProposedGrant grant(String code, int times, FrequencyUnit per, Shift... shifts) {
        return new ProposedGrant(code, times, per, Set.of(shifts), 20, DAY_IN_FORCE, null);
    }

    @Test
    void theCatalogueInForceIsGreves2022Standard() {
        assertThat(CATALOG.version()).isEqualTo("Kvalitetsstandarder 2022");
        assertThat(CATALOG.validFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(CATALOG.validTo()).isNull();
        assertThat(CATALOG.source()).isEqualTo("Greve Kommune, kvalitetsstandarder 2022");
    }

    @Test
    void rhBadIsAtMostOnceAWeekAndExcludesDailyHygieneInTheSameVisit() {
        Intervention bath = intervention("rh-bad");

        assertThat(bath.name()).isEqualTo("RH Bad");
        assertThat(bath.limits()).extracting(Limit::max, Limit::per, Limit::text)
                .containsExactly(tuple(1, LimitPeriod.WEEK, "Max.1 gang ugentligt."));
        assertThat(bath.excludesInSameVisit()).contains("rh-daglig-hygiejne", "rh-paaklaedning");
        assertThat(bath.exclusionText()).contains("daglig hygiejne");
        assertThat(CATALOG.areaOf("rh-bad").orElseThrow().legalBasis()).containsExactly("SEL § 83 a");

        GrantCheck twice = CHECKING.check(253, DAY_IN_FORCE, List.of(grant("rh-bad", 2, FrequencyUnit.WEEK, DAY)), Map.of());
        assertThat(twice.combinationFindings()).extracting(Finding::rule, Finding::severity, Finding::quote)
                .containsExactly(tuple(FindingRule.FREQUENCY_LIMIT, Severity.WARNING, "Max.1 gang ugentligt."));

        GrantCheck together = CHECKING.check(253, DAY_IN_FORCE, List.of(grant("rh-bad", 1, FrequencyUnit.WEEK, DAY),
                grant("rh-daglig-hygiejne", 1, FrequencyUnit.DAY, DAY)), Map.of());
        assertThat(together.combinationFindings()).extracting(Finding::rule).contains(FindingRule.EXCLUSION);
    }

    @Test
    void rhToiletVisit3IsAtMostFiveADayAndTypicallyScores3() {
        Intervention toilet = intervention("rh-toiletbesoeg-3");

        assertThat(toilet.typicalScore()).isEqualTo(3);
        assertThat(toilet.allowedShifts()).containsExactlyInAnyOrder(Shift.DAY, Shift.EVENING);
        assertThat(toilet.limits()).extracting(Limit::max, Limit::per, Limit::text)
                .containsExactly(tuple(5, LimitPeriod.DAY, "Max. 5 gange dagligt"));
        assertThat(toilet.criteria().text()).isEqualTo("Scorer som udgangspunkt 3 i funktionsvurdering.");
        // "at gå på toilet" (J1.8) was retired in 2024 and is read on Personlig pleje
        assertThat(toilet.criteria().evaluate(Map.of(PERSONLIG_PLEJE, 3)).met()).isTrue();
        assertThat(toilet.criteria().evaluate(Map.of(PERSONLIG_PLEJE, 1)).met()).isFalse();

        GrantCheck sixADay = CHECKING.check(253, DAY_IN_FORCE,
                List.of(grant("rh-toiletbesoeg-3", 3, FrequencyUnit.DAY, Shift.DAY, Shift.EVENING)), Map.of(PERSONLIG_PLEJE, 3));
        assertThat(sixADay.combinationFindings()).extracting(Finding::rule, Finding::quote).containsExactly(
                tuple(FindingRule.FREQUENCY_LIMIT, "Max. 5 gange dagligt"),
                tuple(FindingRule.GROUP_LIMIT, "RH Udskillelse: Der kan samlet set visiteres hjælp til toiletbesøg "
                        + "maximalt 5 gange dag og aften."));
    }

    @Test
    void indkoebTilDoerNeeds2To4OnCommunicationEquipmentAndOnTwoOfItsListedStates() {
        Criteria criteria = intervention("indkoeb-til-doer").criteria();

        assertThat(criteria.all()).hasSize(2);
        Criterion.StateRange communication = (Criterion.StateRange) criteria.all().get(0);
        assertThat(communication.state().legacyCode()).isEqualTo("J4.1");
        assertThat(List.of(communication.min(), communication.max())).containsExactly(2, 4);
        Criterion.AtLeast twoOf = (Criterion.AtLeast) criteria.all().get(1);
        assertThat(twoOf.atLeast()).isEqualTo(2);
        assertThat(twoOf.of()).extracting(FsiiiRef::legacyCode).containsExactly("J4.2", "J4.4", "J2.4", "J4.6", "J4.8", "J3.4");
        assertThat(List.of(twoOf.min(), twoOf.max())).containsExactly(2, 4);
        assertThat(criteria.alternative()).contains("synshandicap");

        // J4.1 is read on Kommunikation; Hukommelse (J4.2) and Indkøb (J2.4) are current
        Map<UUID, Integer> meets = Map.of(KOMMUNIKATION, 3, HUKOMMELSE, 2, INDKOEB, 4);
        assertThat(criteria.evaluate(meets).met()).isTrue();
        assertThat(criteria.evaluate(Map.of(KOMMUNIKATION, 3, HUKOMMELSE, 2)).met()).isFalse();
        assertThat(criteria.evaluate(Map.of(KOMMUNIKATION, 1, HUKOMMELSE, 2, INDKOEB, 4)).met()).isFalse();
    }

    @Test
    void rehabilitationCoursesComeFirstAndStartWithinThreeWorkingDays() {
        Area course = CATALOG.area("rh-personlig-pleje").orElseThrow();
        assertThat(course.rehabilitationCourse().maxWeeks()).isEqualTo(13);
        assertThat(course.startDeadline().kind()).isEqualTo(StartDeadline.Kind.WORKING_DAYS);
        assertThat(course.startDeadline().amount()).isEqualTo(3);
        assertThat(course.maxDuration().describe()).isEqualTo("højst 3 måneder");
        assertThat(CATALOG.area("personlig-pleje").orElseThrow().rehabilitationFirst()).isTrue();
        assertThat(CATALOG.area("praktisk-hjaelp").orElseThrow().rehabilitationFirst()).isTrue();
    }

    @Test
    void aGrantOutsideTheInterventionsDeliveryWindowGetsAWarningQuotingTheStandard() {
        // tilsynsbesøg i dagtimerne "bliver ydet i dagtimerne mellem kl. 07:00-17:00 alle hverdage"
        GrantCheck daily = CHECKING.check(253, DAY_IN_FORCE, List.of(grant("tilsynsbesoeg-dag", 1, FrequencyUnit.DAY, DAY)), Map.of());
        Finding window = daily.findings().stream().filter(f -> f.rule() == FindingRule.DELIVERY_WINDOW).findFirst().orElseThrow();
        assertThat(window.severity()).isEqualTo(Severity.WARNING);
        assertThat(window.message()).contains("Hverdage kl. 07:00–17:00".toLowerCase(), "hver dag");
        assertThat(window.quote()).isEqualTo("Tilsynsbesøg i dagtimerne/psykisk støtte bliver ydet i dagtimerne mellem kl. 07:00-17:00 alle hverdage.");

        // the area's windows (weekdays 07–12 and 12–17) for an intervention without shifts of its own: a night
        // delivery has no part in them, a weekly day one fits
        GrantCheck night = CHECKING.check(253, DAY_IN_FORCE, List.of(grant("indkoeb-til-doer", 1, FrequencyUnit.WEEK, Shift.NIGHT)), Map.of());
        assertThat(night.findings()).extracting(Finding::rule).contains(FindingRule.DELIVERY_WINDOW);
        assertThat(night.findings().stream().filter(f -> f.rule() == FindingRule.DELIVERY_WINDOW).findFirst().orElseThrow()
                .message()).contains("i nattevagten");
        GrantCheck weekly = CHECKING.check(253, DAY_IN_FORCE, List.of(grant("indkoeb-til-doer", 1, FrequencyUnit.WEEK, DAY)), Map.of());
        assertThat(weekly.findings()).extracting(Finding::rule).doesNotContain(FindingRule.DELIVERY_WINDOW);
    }

    /** FSIII "Mobilitet og bevægelse": KL merged Løfte og bære, Færden, Ændre kropsstilling, Muskelstyrke, Udholdenhed into it. */
    static final UUID MOBILITET_OG_BEVAEGELSE = UUID.fromString("d8aa5f09-cd9c-4996-a853-1c95ee98f25c");

    @Test
    void smallCleaningForACitizenWith3OnHouseworkAndMobilityIsWithinTheStandard() {
        // seed 003, Rengøring: "2-4 på minimum 4 af følgende FS3 funktionsevnetilstande: Lave husligt arbejde, Udføre
        // daglige rutiner, Løfte og bære, Færden i forskellige omgivelser, Ændre kropsstilling, Muskelstyrke,
        // Udholdenhed, …". Five of the listed states are scored today on Mobilitet og bevægelse: each counts.
        Criteria criteria = intervention("lille-rengoering").criteria();
        Criterion.AtLeast fourOf = (Criterion.AtLeast) criteria.all().get(0);
        assertThat(fourOf.atLeast()).isEqualTo(4);
        assertThat(fourOf.of()).extracting(FsiiiRef::legacyCode)
                .containsExactly("J2.1", "J2.3", "J3.1", "J3.4", "J3.6", "J3.7", "J3.9", "J4.6", "J4.2", "J4.4", "J4.8");
        Map<UUID, Integer> scores = Map.of(LAVE_HUSLIGT_ARBEJDE, 3, MOBILITET_OG_BEVAEGELSE, 3);

        CriteriaEvaluation evaluation = criteria.evaluate(scores);
        assertThat(evaluation.met()).isTrue();
        assertThat(evaluation.checks().get(0).metCount()).isEqualTo(6);

        // "hver 3. uge", as the standard grants it
        GrantCheck check = CHECKING.check(253, DAY_IN_FORCE, List.of(new ProposedGrant("lille-rengoering", 1,
                FrequencyUnit.WEEK, 3, Set.of(DAY), 30, DAY_IN_FORCE, null)), scores);
        assertThat(check.findings()).isEmpty();

        CriteriaInWords words = CHECKING.criteriaInWords();
        assertThat(words.forCitizen(evaluation))
                .isEqualTo("du har svære begrænsninger (3) i Lave husligt arbejde og Mobilitet og bevægelse");
        assertThat(words.forCaseworker(evaluation)).isEqualTo("Du har svære begrænsninger (3) i Lave husligt arbejde og "
                + "Mobilitet og bevægelse. Løfte og bære, Færden i forskellige omgivelser, Ændre kropsstilling, Muskelstyrke "
                + "og Udholdenhed vurderes nu under Mobilitet og bevægelse.");
        // the standard's own words for a letter: no KL code-system remarks
        assertThat(fourOf.describeForCitizen()).doesNotContain("udgået", "vurderes");
    }
}
