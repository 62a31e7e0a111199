package dk.omsorg.decision;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.CriteriaEvaluation;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.Severity;

import java.time.LocalDate;
import java.util.List;

/**
 * One proposed grant as checked for a decision.
 *
 * @param position         its place in the decision version
 * @param inputIndex       its index in the caseworker's input ({@code grants[i]}); null for a grant
 *                         carried over unchanged from the decision being changed
 * @param carried          the unchanged grant carried over; null for a new or changed one
 * @param area             the intervention's area; null when the intervention is unknown
 * @param end              the grant's last day: as proposed, or a course's full length
 * @param course           the course frame of a § 83 a course; null otherwise
 * @param criteria         the citizen's latest scores read against the intervention's criteria; null when unknown
 * @param findings         the rules about this grant alone (the catalogue's and rehabilitation first)
 * @param criteriaInWords  the criteria read in plain Danish for the check screen, e.g. "Du har svære
 *                         begrænsninger (3) i Mobilitet og bevægelse. Løfte og bære vurderes nu under
 *                         Mobilitet og bevægelse."; null when no score was read
 * @param legalBasis       the basis in force on the decision date for the citizen, e.g. "Ældreloven § 10";
 *                         several joined with " / "; null when the intervention is unknown. A grant carried
 *                         over keeps the basis it was decided on
 * @param legalBasisAge    the citizen's age on the decision date where that basis divides by age; else null
 */
public record ProposalCheck(int position, Integer inputIndex, GrantInput input, Grant carried, String catalogVersion,
                            LocalDate catalogValidFrom, Area area, Intervention intervention, LocalDate startBy,
                            LocalDate end, CoursePlan course, CriteriaEvaluation criteria, int weeklyMinutes,
                            List<Finding> findings, String criteriaInWords, String legalBasis,
                            Integer legalBasisAge) {

    /** A check without a legal basis read for the citizen or criteria in words (e.g. an unknown intervention). */
    public ProposalCheck(int position, Integer inputIndex, GrantInput input, Grant carried, String catalogVersion,
                         LocalDate catalogValidFrom, Area area, Intervention intervention, LocalDate startBy,
                         LocalDate end, CoursePlan course, CriteriaEvaluation criteria, int weeklyMinutes,
                         List<Finding> findings) {
        this(position, inputIndex, input, carried, catalogVersion, catalogValidFrom, area, intervention, startBy, end,
                course, criteria, weeklyMinutes, findings, null,
                area == null ? null : String.join(" / ", area.legalBasis()), null);
    }

    public ProposalCheck {
        findings = List.copyOf(findings);
    }

    public boolean carriedOver() {
        return carried != null;
    }

    public boolean known() {
        return intervention != null;
    }

    public String interventionCode() {
        return input.interventionCode();
    }

    public String interventionName() {
        return intervention != null ? intervention.name() : input.interventionCode();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The input field of this grant, e.g. {@code grants[1].overrideReason}. */
    String field(String name) {
        return "grants[" + inputIndex + "]" + (name == null ? "" : "." + name);
    }

    /** The grant's number as the caseworker counts them (1-based). */
    int number() {
        return inputIndex == null ? position + 1 : inputIndex + 1;
    }
}
