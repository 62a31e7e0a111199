package dk.omsorg.decision;

import dk.omsorg.provider.ProviderChoice;
import dk.omsorg.shared.DomainException.Violation;

import java.time.LocalDate;
import java.util.List;

/**
 * Another module's rule on the provider choices of a decision, checked with the provider module's rules before
 * anything is stored: e.g. no free choice on a special 1:1 case (seed 000: "Vi udvælger derfor leverandør til
 * opgaven"). Implemented by the module that owns the rule, so this module depends on none of them.
 */
public interface ProviderChoiceRule {

    /**
     * A grant that gets a provider choice in this decision, or that keeps its provider while the caseworker changes it
     * ({@code kept}: the choice itself was checked when it was made; a rule about what the provider may deliver, such as
     * a course's package level by its frequency, still applies).
     *
     * @param field  where an error belongs, e.g. "grants[0].provider" (for a kept choice the frequency, "grants[0].times")
     * @param number the grant's number in the form (1 for the first), for messages
     * @param input  the grant as proposed (its frequency: e.g. a course's package level by planned visits)
     * @param rehabilitationCourse the grant is a § 83 a course
     */
    record Choice(String field, int number, String interventionCode, String interventionName, LocalDate start,
                  ProviderChoice provider, GrantInput input, boolean rehabilitationCourse, boolean kept) {

        /** A choice without the grant's input (for rules that need only the provider and the intervention). */
        public Choice(String field, int number, String interventionCode, String interventionName, LocalDate start,
                      ProviderChoice provider) {
            this(field, number, interventionCode, interventionName, start, provider, null, false, false);
        }
    }

    /** The broken rules, by field; empty when the choices may be stored. */
    List<Violation> check(int municipalityId, long citizenId, List<Choice> choices);
}
