package dk.omsorg.assessment.api;

import dk.omsorg.assessment.FsiiiArea;
import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.assessment.FsiiiConcept;
import dk.omsorg.assessment.ScaleStep;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The FSIII codes an assessment may use. Reference data: any logged-in user may read it. */
@RestController
@RequestMapping("/api/v1/fsiii")
@Tag(name = "FSIII", description = "Fælles Sprog III: funktionsevnetilstande, helbredstilstande og skala")
class FsiiiApi {

    private final FsiiiCatalog catalog;

    FsiiiApi(FsiiiCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/functional-ability-states")
    @Operation(summary = "De gældende funktionsevnetilstande, grupperet efter område")
    List<Area> functionalAbilityStates() {
        return catalog.currentFunctionalAbilityStates().stream().map(Area::of).toList();
    }

    @GetMapping("/health-conditions")
    @Operation(summary = "De gældende helbredstilstande, grupperet efter område")
    List<Area> healthConditions() {
        return catalog.currentHealthConditions().stream().map(Area::of).toList();
    }

    @GetMapping("/scale")
    @Operation(summary = "Funktionsevneskalaen 0–4 og 9 (ikke relevant)")
    List<Step> scale() {
        return catalog.scale().stream().map(Step::of).toList();
    }

    /** An FSIII area with its current states or conditions. */
    record Area(UUID code, String name, String legacyCode, List<Concept> concepts) {
        static Area of(FsiiiArea area) {
            return new Area(area.area().code(), area.area().name(), area.area().legacyCode(),
                    area.concepts().stream().map(Concept::of).toList());
        }
    }

    /** A functional-ability state or health condition; {@code code} is what assessments use. */
    record Concept(UUID code, String name, String definition, String legacyCode) {
        static Concept of(FsiiiConcept c) {
            return new Concept(c.code(), c.name(), c.definition(), c.legacyCode());
        }
    }

    record Step(int score, UUID code, String legacyCode, String label, String definition) {
        static Step of(ScaleStep s) {
            return new Step(s.score(), s.code(), s.legacyCode(), s.label(), s.definition());
        }
    }
}
