package dk.omsorg.followup;

import java.time.LocalDate;

/**
 * What the follow-up rules need to know about a grant, read from the decision and the catalogue.
 *
 * @param course                 the grant is a § 83 a rehabilitation course (it has its own evaluations)
 * @param rehabilitationFirst    its area's rehabilitation-first rule applies (catalogue)
 * @param followsCourse          the citizen had a course granted in an earlier decision
 * @param catalogFollowUpMonths  the catalogue area's {@code followUp.months}; null when it has none
 */
public record GrantFacts(String interventionCode, String areaCode, String legalBasis, LocalDate start, LocalDate end,
                         boolean course, boolean rehabilitationFirst, boolean followsCourse,
                         Integer catalogFollowUpMonths) {

    public boolean temporary() {
        return end != null;
    }
}
