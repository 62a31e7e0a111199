package dk.omsorg.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of a municipality's quality standard (kvalitetsstandard), as adopted for a period.
 * A new year's standard is a new catalogue; old ones stay so decisions made under them stay
 * explainable.
 *
 * @param municipalityId the official municipality code
 * @param version        the name caseworkers and letters use, e.g. "Kvalitetsstandarder 2022"
 * @param validTo        the last day in force; null when open
 * @param source         where the catalogue's rules come from (the seed or the adopted document)
 */
public record Catalog(int municipalityId, String version, LocalDate validFrom, LocalDate validTo, String source,
                      CatalogShape shape, List<Area> areas) {

    public Catalog {
        if (validFrom == null) {
            throw new IllegalArgumentException("A catalogue needs validFrom");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("Catalogue '" + version + "' ends before it starts");
        }
        areas = List.copyOf(areas);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(Catalog other) {
        return (other.validTo == null || !validFrom.isAfter(other.validTo))
                && (validTo == null || !other.validFrom.isAfter(validTo));
    }

    public List<Intervention> interventions() {
        return areas.stream().flatMap(a -> a.interventions().stream()).toList();
    }

    public Optional<Intervention> intervention(String code) {
        return interventions().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The area an intervention of this catalogue belongs to. */
    public Optional<Area> areaOf(String interventionCode) {
        return areas.stream().filter(a -> a.intervention(interventionCode).isPresent()).findFirst();
    }

    public Optional<Area> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
