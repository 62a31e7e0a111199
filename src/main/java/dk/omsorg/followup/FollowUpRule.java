package dk.omsorg.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One rule of a municipality's {@code follow-up.yaml}, in force from {@code validFrom} to {@code validTo}
 * (null: open-ended), with the seed it comes from.
 */
public sealed interface FollowUpRule {

    Validity validity();

    /** When the rule is in force and where it comes from. */
    record Validity(LocalDate validFrom, LocalDate validTo, String source) {
        public Validity {
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(source, "source");
            if (validTo != null && validTo.isBefore(validFrom)) {
                throw new IllegalArgumentException("validTo before validFrom");
            }
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }

        public boolean overlaps(Validity other) {
            return (validTo == null || !validTo.isBefore(other.validFrom))
                    && (other.validTo == null || !other.validTo.isBefore(validFrom));
        }
    }

    /** Seed 003: "Er der bevilliget hjælp efter en rehabiliterende indsats, ... opfølgning efter 3 måneder". */
    record AfterRehabilitation(Validity validity, int months) implements FollowUpRule {
    }

    /**
     * Seed 000: special 1:1 cases are followed up every 3 months. There is no special-case module yet, so the
     * file says which grants are special cases: by intervention code, area code or legal basis (any matches).
     */
    record SpecialCase(Validity validity, int months, List<String> interventionCodes, List<String> areaCodes,
                       List<String> legalBases) implements FollowUpRule {
        public SpecialCase {
            interventionCodes = List.copyOf(interventionCodes);
            areaCodes = List.copyOf(areaCodes);
            legalBases = List.copyOf(legalBases);
        }

        public boolean selects(String interventionCode, String areaCode, String legalBasis) {
            return interventionCodes.contains(interventionCode) || areaCodes.contains(areaCode)
                    || (legalBasis != null && legalBases.stream().anyMatch(b -> b.equalsIgnoreCase(legalBasis.strip())));
        }
    }

    /**
     * Seed 003: "som minimum lave en opfølgning hvert halve år - hvert 3 år": the caseworker sets the interval
     * between {@code minMonths} and {@code maxMonths}; {@code defaultMonths} until then, or the catalogue's
     * {@code followUp.months} for the area when {@code catalogDefault} and it lies in the range.
     */
    record CaseworkerInterval(Validity validity, int minMonths, int maxMonths, int defaultMonths,
                              boolean catalogDefault) implements FollowUpRule {

        public boolean allows(int months) {
            return months >= minMonths && months <= maxMonths;
        }

        /** The interval a new grant starts with: the catalogue's when allowed, else the default. */
        public int initialMonths(Integer catalogMonths) {
            return catalogDefault && catalogMonths != null && allows(catalogMonths) ? catalogMonths : defaultMonths;
        }
    }

    /**
     * Seed 001: "Borgere hvor der ikke har været gennemført opfølgning indenfor de sidste 4 år" come first in
     * the queue: last completed follow-up (or, lacking one, first grant) {@code years} or more years ago.
     */
    record LongWithoutFollowUp(Validity validity, int years) implements FollowUpRule {
    }

    /** Seed 002 "Midlertidig indsats": the caseworker is reminded {@code daysBefore} days before the end. */
    record TemporaryEnd(Validity validity, int daysBefore) implements FollowUpRule {
    }
}
