package dk.omsorg.assessment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FsiiiCatalogTest {

    private final FsiiiCatalog catalog = FsiiiCatalog.fromClasspath();

    @Test
    void comesFromCodeSystemVersion20240530() {
        assertThat(catalog.version()).isEqualTo("20240530");
    }

    @Test
    void thirteenCurrentFunctionalAbilityStatesInFourAreas() {
        List<FsiiiArea> areas = catalog.currentFunctionalAbilityStates();
        assertThat(areas).extracting(a -> a.area().name())
                .containsExactly("Egenomsorg", "Praktiske opgaver", "Mobilitet", "Mentale funktioner");
        assertThat(areas).flatExtracting(FsiiiArea::concepts).extracting(FsiiiConcept::name)
                .containsExactlyInAnyOrder("Indkøb", "Lave mad", "Lave husligt arbejde", "Spise og drikke",
                        "Sundhedskompetence", "Personlig pleje", "Kommunikation", "Hukommelse", "Kognitive funktioner",
                        "Trivsel", "Energi og handlekraft", "Forflytte sig", "Mobilitet og bevægelse");
        assertThat(areas).flatExtracting(FsiiiArea::concepts)
                .allSatisfy(s -> assertThat(s.definition()).startsWith("Evnen til og behovet"));
    }

    @Test
    void samfundslivHasOnlyARetiredStateAndIsNotCurrent() {
        assertThat(catalog.find(Fsiii.SAMFUNDSLIV)).get()
                .satisfies(area -> {
                    assertThat(area.legacyCode()).isEqualTo("J5");
                    assertThat(area.current()).isFalse();
                });
    }

    @Test
    void currentHealthConditionsAreThoseSelectedWithVaelgesVed() {
        List<FsiiiConcept> conditions = catalog.currentHealthConditions().stream()
                .flatMap(a -> a.concepts().stream()).toList();
        // 23 by the "Vælges ved" rule in version 20240530 (see tools/derive-fsiii.py)
        assertThat(conditions).hasSize(23)
                .allSatisfy(c -> assertThat(c.definition()).startsWith("Vælges ved"))
                .allSatisfy(c -> assertThat(c.kind()).isEqualTo(FsiiiKind.HEALTH_CONDITION));
        assertThat(catalog.currentHealthConditions()).hasSize(12);
    }

    @Test
    void legacyCodesComeFromTheTwinWithTheSameNameAndDefinition() {
        assertThat(catalog.find(Fsiii.INDKOEB)).get().extracting(FsiiiConcept::legacyCode).isEqualTo("J2.4");
        assertThat(catalog.find(Fsiii.PERSONLIG_PLEJE)).get().extracting(FsiiiConcept::legacyCode)
                .isEqualTo("Personlig_pleje");
        // two siblings are called "Problemer med vandladning": the definition tells them apart
        assertThat(catalog.find(Fsiii.PROBLEMER_MED_VANDLADNING_I12_2)).get()
                .satisfies(c -> {
                    assertThat(c.legacyCode()).isEqualTo("I12.2");
                    assertThat(c.current()).isFalse();
                });
        assertThat(catalog.find(Fsiii.PROBLEMER_MED_VANDLADNING)).get()
                .satisfies(c -> {
                    assertThat(c.legacyCode()).isEqualTo("Problemer_med_vandladning");
                    assertThat(c.current()).isTrue();
                });
    }

    @Test
    void statesBelongToTheirArea() {
        assertThat(catalog.find(Fsiii.PERSONLIG_PLEJE)).get().extracting(FsiiiConcept::parentCode)
                .isEqualTo(Fsiii.EGENOMSORG);
        assertThat(catalog.find(Fsiii.EGENOMSORG)).get()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(FsiiiKind.FUNCTIONAL_ABILITY_AREA);
                    assertThat(a.parentCode()).isNull();
                });
    }

    @Test
    void theScaleRunsZeroToFourAndNineWithDanishLabelsAndKlCodes() {
        assertThat(catalog.scale()).extracting(ScaleStep::score).containsExactly(0, 1, 2, 3, 4, 9);
        assertThat(catalog.scale()).extracting(ScaleStep::label).containsExactly("Ingen/ubetydelige begrænsninger",
                "Lette begrænsninger", "Moderate begrænsninger", "Svære begrænsninger", "Totale begrænsninger",
                "Ikke relevant");
        assertThat(catalog.scale()).extracting(ScaleStep::legacyCode).containsExactly("B1", "B2", "B3", "B4", "B5", "B6");
        assertThat(catalog.scaleStep(0)).get().extracting(s -> s.code().toString())
                .isEqualTo("9c5cfb57-a498-40e5-98a7-792bf5fb205b");
    }

    @Test
    void lookupOfSomethingThatIsNotACodeFindsNothing() {
        assertThat(catalog.find("J1.1")).isEmpty();
        assertThat(catalog.find(Fsiii.UNKNOWN)).isEmpty();
        assertThat(catalog.find(Fsiii.INDKOEB.toString())).isPresent();
    }

    @Test
    void listsAreasBeforeTheConceptsThatReferenceThem() {
        List<FsiiiConcept> all = catalog.all();
        for (int i = 0; i < all.size(); i++) {
            FsiiiConcept concept = all.get(i);
            if (concept.parentCode() != null) {
                assertThat(all.subList(0, i)).extracting(FsiiiConcept::code).contains(concept.parentCode());
            }
        }
    }
}
