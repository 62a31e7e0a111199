package dk.omsorg.decision;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Rehabilitation first (seed 003): "Hvis det vurderes, at der er mulighed for, at borgeren kan
 * forbedre sin funktionsevne, tilbydes et rehabiliterende forløb i henhold til lov om social service
 * § 83a, inden der træffes endelig afgørelse om varig hjælp efter § 83". Where the area says so
 * ({@code rehabilitationFirst}), permanent help (no end date) without a § 83 a course — in the same
 * decision or an earlier one — is a warning: the caseworker proposes a course, makes the help
 * temporary, or states why the citizen has no potential for rehabilitation.
 */
final class RehabilitationFirstPolicy {

    private RehabilitationFirstPolicy() {
    }

    /**
     * @param courseGranted whether the citizen has (or is being granted) a § 83 a course
     */
    static PolicyResult check(Catalog catalog, Area area, Intervention intervention, ProposedGrant grant,
                              boolean courseGranted) {
        return check(catalog, area, intervention, grant, courseGranted, String.join(" / ", area.legalBasis()));
    }

    /** @param legalBasis the basis the help would rest on for this citizen on the decision date */
    static PolicyResult check(Catalog catalog, Area area, Intervention intervention, ProposedGrant grant,
                              boolean courseGranted, String legalBasis) {
        if (!area.rehabilitationFirst() || grant.end() != null || courseGranted) {
            return PolicyResult.allowed();
        }
        List<String> courses = catalog.areas().stream().filter(a -> a.rehabilitationCourse() != null)
                .map(Area::name).toList();
        String proposal = courses.isEmpty() ? "et rehabiliteringsforløb efter § 83 a"
                : "et rehabiliteringsforløb efter § 83 a (" + String.join(", ", courses) + ")";
        return new Finding(FindingRule.REHABILITATION_FIRST, Severity.WARNING, intervention.code(),
                intervention.name() + " er varig hjælp efter " + legalBasis
                        + ", og borgeren har ikke haft et rehabiliteringsforløb. Kvalitetsstandarden foreskriver "
                        + proposal + ", før der gives varig hjælp. Bevilg et forløb, gør hjælpen midlertidig, "
                        + "eller begrund, hvorfor et forløb ikke er relevant.",
                quote(area));
    }

    /** The sentence of the area's own text that says so, when it has one. */
    static String quote(Area area) {
        return Stream.of(area.targetGroup(), area.purpose(), area.processing())
                .filter(t -> t != null)
                .flatMap(t -> Stream.of(t.split("(?<=[.!?])\\s+(?=[A-ZÆØÅ])|\\n")))
                .map(String::strip)
                .filter(s -> s.toLowerCase(Locale.ROOT).contains("rehabiliter"))
                .findFirst().orElse("Rehabilitering først: et forløb efter § 83 a tilbydes før varig hjælp.");
    }
}
