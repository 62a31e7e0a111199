package dk.omsorg.followup.internal;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.Catalogs;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Grant;
import dk.omsorg.followup.GrantFacts;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Reads what the follow-up rules need about a grant from its decision and the catalogue it was checked against. */
@Component
public class GrantFactsReader {

    private final Catalogs catalogs;

    GrantFactsReader(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    /**
     * @param decision   the decision version the grant is in
     * @param citizenAll every decision version of the citizen (to find a course granted before)
     */
    public GrantFacts facts(Decision decision, Grant grant, List<Decision> citizenAll) {
        Optional<Area> area = catalog(decision.municipalityId(), grant).flatMap(c -> c.area(grant.areaCode()));
        // seed 003: help "efter en rehabiliterende indsats" — a course granted in an earlier decision of the citizen
        boolean followsCourse = citizenAll.stream().filter(d -> d.id() != null && d.id() < decision.id())
                .flatMap(d -> d.grants().stream()).anyMatch(Grant::rehabilitationCourse);
        return new GrantFacts(grant.interventionCode(), grant.areaCode(), grant.legalBasis(), grant.start(), grant.end(),
                grant.rehabilitationCourse(), area.map(Area::rehabilitationFirst).orElse(false), followsCourse,
                area.map(Area::followUp).map(f -> f.months()).orElse(null));
    }

    /** The catalogue version the grant was checked against; the one in force on its start if that is gone. */
    private Optional<Catalog> catalog(int municipalityId, Grant grant) {
        return catalogs.versions(municipalityId).stream()
                .filter(c -> c.version().equals(grant.catalogVersion()) && c.validFrom().equals(grant.catalogValidFrom()))
                .findFirst().or(() -> catalogs.inForce(municipalityId, grant.start()));
    }
}
