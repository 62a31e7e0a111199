package dk.omsorg.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * One proposed grant as checked.
 *
 * @param index              its position in the proposal (0-based)
 * @param catalogVersion     the catalogue in force on its start date; null when none is
 * @param catalogValidFrom   that catalogue's first day, which with the municipality and the
 *                           intervention code names the catalogue entry the grant rests on
 * @param areaCode           the intervention's area; null when the intervention is unknown
 * @param startBy            the last day the help may start by the standard's start deadline;
 *                           null when the standard sets none
 * @param findings           the rules about this grant alone (unknown intervention, criteria,
 *                           shift, max duration, start deadline)
 */
public record CheckedGrant(int index, ProposedGrant grant, String catalogVersion, LocalDate catalogValidFrom,
                           String areaCode, LocalDate startBy, List<Finding> findings) {

    public CheckedGrant {
        findings = List.copyOf(findings);
    }
}
