package dk.omsorg.decision;

import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Shift;
import dk.omsorg.provider.ProviderChoice;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * One grant as the caseworker proposes it, before it is checked.
 *
 * @param grantKey           in a change: the grant of the decision being changed; null for a new grant
 * @param times              how many times per {@code every} {@code per} in each listed shift (see {@link ProposedGrant})
 * @param every              the interval: 1 for "ugentligt", 3 for "hver 3. uge"
 * @param shifts             the shifts; empty when not stated
 * @param end                the last day of temporary help; null when open (a rehabilitation course
 *                           without an end runs its full length)
 * @param override           the caseworker grants outside the quality standard; needs {@code overrideReason}
 * @param overrideReason     the concrete, individual reason; a reason alone also counts as an override
 * @param provider           who delivers, and how the provider was chosen; null when not chosen. In a change, a
 *                           grant that has a provider keeps it: a change of provider is a switch (provider module)
 * @param effectiveFrom      in a change of an existing grant: the day the change takes effect; null for the decision
 *                           date (or the start, if later). Earlier than the decision date is a back-dated change
 *                           (seed 002). Ignored for a new grant, which takes effect from its start
 * @param measure            for a grant the catalogue measures in money, a pool or a place: the amount, hours/days or
 *                           offer; null when none is given (a grant in time)
 */
public record GrantInput(UUID grantKey, String interventionCode, Integer times, FrequencyUnit per, int every,
                         Set<Shift> shifts, Integer minutesPerDelivery, LocalDate start, LocalDate end, String goals,
                         boolean override, String overrideReason, ProviderChoice provider, LocalDate effectiveFrom,
                         MeasureInput measure) {

    /** A grant measured in time. */
    public GrantInput(UUID grantKey, String interventionCode, Integer times, FrequencyUnit per, int every,
                      Set<Shift> shifts, Integer minutesPerDelivery, LocalDate start, LocalDate end, String goals,
                      boolean override, String overrideReason, ProviderChoice provider, LocalDate effectiveFrom) {
        this(grantKey, interventionCode, times, per, every, shifts, minutesPerDelivery, start, end, goals, override,
                overrideReason, provider, effectiveFrom, null);
    }

    /** A grant stated per one day or week, or a change of one. */
    public GrantInput(UUID grantKey, String interventionCode, Integer times, FrequencyUnit per, Set<Shift> shifts,
                      Integer minutesPerDelivery, LocalDate start, LocalDate end, String goals, boolean override,
                      String overrideReason, ProviderChoice provider, LocalDate effectiveFrom) {
        this(grantKey, interventionCode, times, per, 1, shifts, minutesPerDelivery, start, end, goals, override,
                overrideReason, provider, effectiveFrom);
    }

    /** A grant (or change) taking effect on the decision date. */
    public GrantInput(UUID grantKey, String interventionCode, Integer times, FrequencyUnit per, Set<Shift> shifts,
                      Integer minutesPerDelivery, LocalDate start, LocalDate end, String goals, boolean override,
                      String overrideReason, ProviderChoice provider) {
        this(grantKey, interventionCode, times, per, shifts, minutesPerDelivery, start, end, goals, override, overrideReason,
                provider, null);
    }

    /** A grant without a provider choice. */
    public GrantInput(UUID grantKey, String interventionCode, Integer times, FrequencyUnit per, Set<Shift> shifts,
                      Integer minutesPerDelivery, LocalDate start, LocalDate end, String goals, boolean override,
                      String overrideReason) {
        this(grantKey, interventionCode, times, per, shifts, minutesPerDelivery, start, end, goals, override, overrideReason,
                null);
    }

    public GrantInput {
        interventionCode = Texts.blankToNull(interventionCode);
        shifts = shifts == null || shifts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shifts));
        goals = Texts.blankToNull(goals);
        overrideReason = Texts.blankToNull(overrideReason);
        measure = measure == null || measure.empty() ? null : measure;
    }

    /** The same grant with no time: a grant measured in money, a pool or a place (see {@link Grant#measured()}). */
    GrantInput withoutTime() {
        return new GrantInput(grantKey, interventionCode, 0, FrequencyUnit.MONTH, 1, Set.of(), 0, start, end, goals,
                override, overrideReason, provider, effectiveFrom, measure);
    }

    /** The same grant with another measure input (the place named by its provider). */
    GrantInput withMeasure(MeasureInput m) {
        return new GrantInput(grantKey, interventionCode, times, per, every, shifts, minutesPerDelivery, start, end, goals,
                override, overrideReason, provider, effectiveFrom, m);
    }

    /** Whether the caseworker means to go beyond the standard (ticked, or wrote a reason). */
    public boolean claimsOverride() {
        return override || overrideReason != null;
    }

    ProposedGrant proposed(LocalDate effectiveEnd) {
        return new ProposedGrant(interventionCode, times == null ? 0 : times, per, every, shifts,
                minutesPerDelivery == null ? 0 : minutesPerDelivery, start, effectiveEnd);
    }
}
