package dk.omsorg.catalog;

import dk.omsorg.catalog.internal.CatalogFiles;
import dk.omsorg.catalog.internal.CatalogProperties;
import dk.omsorg.catalog.internal.FsiiiCodes;
import dk.omsorg.catalog.internal.LoadedCatalogs;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legal basis a grant rests on is chosen by the decision date and the citizen's age from the catalogue's
 * dated bases: since 1 July 2025 Ældreloven for citizens of folkepension age, serviceloven for younger ones.
 */
class LegalBasisInForceTest {

    private static final Catalog GREVE = new Catalogs(LoadedCatalogs.of(LoadedCatalogs.read(CatalogProperties.DEFAULT_LOCATION,
            new CatalogFiles(FsiiiCodes.fromClasspath())))).inForce(253, LocalDate.of(2026, 1, 5)).orElseThrow();
    private static final Area PRACTICAL_HELP = GREVE.area("praktisk-hjaelp").orElseThrow();
    private static final Intervention CLEANING = PRACTICAL_HELP.intervention("lille-rengoering").orElseThrow();
    private static final LocalDate BORN_1940 = LocalDate.of(1940, 3, 1);
    private static final LocalDate BORN_1975 = LocalDate.of(1975, 5, 15);

    private final LegalBasisInForce rules = new LegalBasisInForce(FolkepensionAge.fromClasspath());

    @Test
    void beforeJuly2025EveryoneGetsServiceloven() {
        var reading = rules.read(PRACTICAL_HELP, CLEANING, LocalDate.of(2025, 6, 30), BORN_1940);
        assertThat(reading.text()).isEqualTo("SEL § 83 stk. 1 nr. 2 / SEL § 84 stk. 1");
        assertThat(reading.citizenAge()).isNull();
        assertThat(reading.finding()).isNull();
    }

    @Test
    void fromJuly2025ACitizenOfPensionAgeGetsAeldrelovenAndTheAgeIsKept() {
        var reading = rules.read(PRACTICAL_HELP, CLEANING, LocalDate.of(2025, 7, 1), BORN_1940);
        assertThat(reading.text()).isEqualTo("Ældreloven § 10 / Ældreloven § 16");
        assertThat(reading.citizenAge()).isEqualTo(85);
        assertThat(reading.finding()).isNull();
    }

    @Test
    void aYoungerCitizenKeepsServicelovenAfterJuly2025() {
        var reading = rules.read(PRACTICAL_HELP, CLEANING, LocalDate.of(2026, 1, 5), BORN_1975);
        assertThat(reading.text()).isEqualTo("SEL § 83 stk. 1 nr. 2 / SEL § 84 stk. 1");
        assertThat(reading.citizenAge()).isEqualTo(50);
    }

    @Test
    void theFolkepensionAgeFollowsTheBirthDateNotAFixedNumber() {
        // born 10.07.1958: folkepension age 67 (lov om social pension § 1 a, nr. 5) on 10.07.2025
        LocalDate born = LocalDate.of(1958, 7, 10);
        assertThat(rules.read(PRACTICAL_HELP, CLEANING, LocalDate.of(2025, 7, 9), born).text()).startsWith("SEL");
        assertThat(rules.read(PRACTICAL_HELP, CLEANING, LocalDate.of(2025, 7, 10), born).text()).startsWith("Ældreloven");
        // born 1.3.1954: 65½ years
        assertThat(FolkepensionAge.fromClasspath().reachedOn(LocalDate.of(1954, 3, 1))).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(FolkepensionAge.fromClasspath().reachedOn(LocalDate.of(1964, 3, 1))).isEqualTo(LocalDate.of(2032, 3, 1));
    }

    @Test
    void anAreaWithoutDatedBasesKeepsTheStandardsWords() {
        Area course = GREVE.area("rh-personlig-pleje").orElseThrow();
        var reading = rules.read(course, null, LocalDate.of(2026, 1, 5), BORN_1940);
        assertThat(reading.text()).isEqualTo("SEL § 83 a");
        assertThat(reading.finding()).isNull();
    }

    @Test
    void aDecisionUnderABasisNoLongerInForceGetsAFindingInDanish() {
        Area ended = area(List.of(new LegalBasis("SEL § 83 stk. 1 nr. 2", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 6, 30), null),
                new LegalBasis("SEL § 83 stk. 1 nr. 2", LocalDate.of(2025, 7, 1), null, LegalBasis.Citizens.UNDER_FOLKEPENSION_AGE)));

        var pensioner = rules.read(ended, CLEANING, LocalDate.of(2026, 1, 5), BORN_1940);

        assertThat(pensioner.text()).isEqualTo("SEL § 83 stk. 1 nr. 2");
        assertThat(pensioner.finding()).satisfies(f -> {
            assertThat(f.rule()).isEqualTo(FindingRule.LEGAL_BASIS);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("Lille rengøring: kvalitetsstandarden angiver intet lovgrundlag, der gælder den "
                    + "05.01.2026 for borgere i folkepensionsalderen. Lovgrundlaget SEL § 83 stk. 1 nr. 2 gælder ikke længere. "
                    + "En bevilling kræver en konkret begrundelse, indtil kommunens nye kvalitetsstandard er indlæst.");
        });
        assertThat(rules.read(ended, CLEANING, LocalDate.of(2026, 1, 5), BORN_1975).finding()).isNull();
    }

    @Test
    void aGrantCarriedOverUnderAnOldBasisIsPointedOut() {
        var today = rules.read(PRACTICAL_HELP, CLEANING, LocalDate.of(2026, 1, 5), BORN_1940);
        Finding carried = rules.carried("SEL § 83 stk. 1 nr. 2 / SEL § 84 stk. 1", "lille-rengoering", "Lille rengøring",
                today, LocalDate.of(2026, 1, 5));
        assertThat(carried.severity()).isEqualTo(Severity.INFO);
        assertThat(carried.message()).contains("er truffet efter SEL § 83 stk. 1 nr. 2", "gælder Ældreloven § 10 / Ældreloven § 16");
        assertThat(rules.carried(today.text(), "lille-rengoering", "Lille rengøring", today, LocalDate.of(2026, 1, 5))).isNull();
    }

    private static Area area(List<LegalBasis> bases) {
        Area a = PRACTICAL_HELP;
        return new Area(a.code(), a.number(), a.name(), List.of("SEL § 83 stk. 1 nr. 2"), a.appealable(), a.freeChoice(),
                a.deliveredBy(), a.rehabilitationFirst(), a.rehabilitationCourse(), a.purpose(), a.targetGroup(),
                a.includes(), a.excludes(), a.startDeadline(), a.acuteStartSameDay(), a.deliveryWindows(), a.maxDuration(),
                a.followUp(), a.coPayment(), a.processing(), a.vumThemes(), a.interventions(), a.groupLimits(), bases);
    }
}
