package dk.omsorg.catalog.internal;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.CatalogShape;
import dk.omsorg.catalog.Criterion;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.LimitPeriod;
import dk.omsorg.catalog.LimitScope;
import dk.omsorg.catalog.Shift;
import dk.omsorg.catalog.StartDeadline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The test fixtures load, and every part of the format reaches the model. */
class CatalogFixturesTest {

    static final String FIXTURES = "classpath*:test-policy/*/catalog-*.yaml";

    private final List<CatalogFiles.Loaded> loaded = LoadedCatalogs.read(FIXTURES, new CatalogFiles(FsiiiCodes.fromClasspath()));

    @Test
    void readsEveryFixtureWithItsFolder() {
        assertThat(loaded).extracting(CatalogFiles.Loaded::file).containsExactly(
                "253-greve/catalog-2022.yaml", "253-greve/catalog-2023.yaml", "756-ikast-brande/catalog-2024.yaml");
    }

    @Test
    void theHomeCareFixtureCarriesEveryRuleKind() {
        Catalog greve = loaded.get(0).catalog();
        assertThat(greve.municipalityId()).isEqualTo(253);
        assertThat(greve.shape()).isEqualTo(CatalogShape.HOME_CARE);
        assertThat(greve.validTo()).isEqualTo(LocalDate.of(2022, 12, 31));

        Area care = greve.area("personlig-pleje").orElseThrow();
        assertThat(care.legalBasis()).containsExactly("SEL § 83 stk. 1 nr. 1");
        assertThat(care.startDeadline()).isEqualTo(new StartDeadline(StartDeadline.Kind.WORKING_DAYS, 3,
                "senest 3 hverdage efter, at bevillingen er givet"));
        assertThat(care.acuteStartSameDay()).isTrue();
        assertThat(care.followUp().months()).isEqualTo(12);

        Intervention bath = greve.intervention("rh-bad").orElseThrow();
        assertThat(bath.fsiii().legacyCode()).isEqualTo("H2.5");
        assertThat(bath.fsiii().name()).isEqualTo("RH Personlig hygiejne");
        assertThat(bath.shifts()).containsExactly(Shift.DAY);
        assertThat(bath.excludesInSameVisit()).containsExactly("personlig-hygiejne", "af-og-paaklaedning");
        Criterion.StateRange washing = (Criterion.StateRange) bath.criteria().all().get(0);
        assertThat(washing.state().legacyCode()).isEqualTo("J1.1");
        assertThat(washing.state().current()).isFalse();
        assertThat(washing.state().successor().legacyCode()).isEqualTo("Personlig_pleje");

        Intervention shopping = greve.intervention("indkoeb").orElseThrow();
        Criterion.AtLeast twoOf = (Criterion.AtLeast) shopping.criteria().all().get(1);
        assertThat(twoOf.atLeast()).isEqualTo(2);
        assertThat(twoOf.of()).hasSize(4);
        assertThat(shopping.criteria().alternative()).isEqualTo("Samt borgere med et væsentligt synshandicap");
        assertThat(shopping.limits().get(0).scope()).isEqualTo(LimitScope.HOUSEHOLD);
        assertThat(greve.areaOf("indkoeb").orElseThrow().deliveryWindows().get(0).from()).isEqualTo(LocalTime.of(7, 0));

        assertThat(greve.intervention("hovedrengoering").orElseThrow().limits().get(0).maxMinutesEach()).isEqualTo(180);
        assertThat(greve.intervention("tilsyn-nat").orElseThrow().limits().get(0).per()).isEqualTo(LimitPeriod.NIGHT);
        assertThat(greve.area("madservice").orElseThrow().groupLimits().get(0).within().get(0).max()).isEqualTo(2);
        assertThat(greve.area("rehabilitering").orElseThrow().rehabilitationCourse().maxWeeks()).isEqualTo(13);
        assertThat(greve.area("midlertidig-hjaelp").orElseThrow()
                .maxDurationFor(greve.intervention("midlertidig-personlig-pleje").orElseThrow()).amount()).isEqualTo(2);
    }

    @Test
    void anFsiiiInterventionMayBeNamedByUuidAndASingleLegalBasisNeedsNoList() {
        Catalog greve2023 = loaded.get(1).catalog();
        assertThat(greve2023.validTo()).isNull();
        assertThat(greve2023.intervention("rengoering").orElseThrow().fsiii().legacyCode()).isEqualTo("H1.8");
        assertThat(greve2023.areas().get(0).legalBasis()).containsExactly("SEL § 83 stk. 1 nr. 2");
    }

    @Test
    void theSocialFixtureKeepsItsScopesAndAppealability() {
        Catalog ikast = loaded.get(2).catalog();
        assertThat(ikast.shape()).isEqualTo(CatalogShape.SOCIAL);
        assertThat(ikast.area("sel-82a").orElseThrow().appealable()).isFalse();
        assertThat(ikast.area("sel-97").orElseThrow().appealable()).isTrue();
        assertThat(ikast.intervention("ledsagelse").orElseThrow().hoursPerMonth()).isEqualTo(15);
        assertThat(ikast.intervention("gruppeforloeb").orElseThrow().maxMonths()).isEqualTo(6);
    }
}
