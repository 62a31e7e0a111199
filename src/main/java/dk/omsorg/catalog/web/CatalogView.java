package dk.omsorg.catalog.web;

import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.Shift;
import dk.omsorg.shared.web.Messages;

import java.util.List;
import java.util.stream.Collectors;

/** What the catalogue page needs beyond the model: names for codes, Danish shift names. */
record CatalogView(Catalog catalog, Messages messages) {

    /** "Personlig hygiejne, Af- og påklædning" for interventions named by code. */
    public String names(List<String> codes) {
        return codes.stream()
                .map(code -> catalog == null ? code : catalog.intervention(code).map(Intervention::name).orElse(code))
                .collect(Collectors.joining(", "));
    }

    /** "Dagvagt, Aftenvagt", or "Alle vagtlag" when the intervention is not restricted. */
    public String shifts(Intervention intervention) {
        if (intervention.shifts().isEmpty()) {
            return messages.text("catalog.shifts.all");
        }
        return intervention.shifts().stream().map(Shift::name).map(s -> messages.text("catalog.shift." + s))
                .collect(Collectors.joining(", "));
    }
}
