package dk.omsorg.assessment;

import java.util.List;

/** An FSIII area (e.g. "Egenomsorg", "Ernæring") with its states or conditions, in KL's order. */
public record FsiiiArea(FsiiiConcept area, List<FsiiiConcept> concepts) {

    public FsiiiArea {
        concepts = List.copyOf(concepts);
    }
}
