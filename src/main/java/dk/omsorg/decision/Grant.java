package dk.omsorg.decision;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;
import dk.omsorg.catalog.Shift;
import dk.omsorg.provider.ProviderChoice;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One grant (bevilling) of a decision version: an intervention with frequency, minutes, shifts and
 * period, what it rests on in the quality standard (stored as data, since catalogues are files that
 * are reloaded), the findings of the check and the caseworker's reason for going beyond the standard.
 *
 * @param id            null until stored
 * @param grantKey      the same grant across versions of its decision
 * @param versionNo     1 for a new grant; one more for each change
 * @param carriedOver   unchanged from the previous decision version
 * @param legalBasis    the area's legal basis, e.g. "SEL § 83 stk. 1 nr. 1"
 * @param appealable    false where the decision cannot be brought before Ankestyrelsen (seed 001: § 82 a, § 82 b stk. 2)
 * @param startBy       the last day help may start by the standard; null when it sets none
 * @param every         the interval in {@code per} units: 1 for "ugentligt", 3 for "hver 3. uge"
 * @param weeklyMinutes granted minutes per week on average, rounded: times × shifts × minutes per the period's weeks
 * @param course        the rehabilitation course frame; null when the grant is not a § 83 a course
 * @param findings      the rules about this grant alone, as they stood when it was decided
 * @param provider      the provider chosen when the grant was decided and how; null when none. The same in
 *                      every version of the grant: later changes of provider are switches (provider module)
 * @param effectiveFrom the day this version of the grant takes effect: the start for a new grant; for a changed
 *                      one the decision date, or earlier when back-dated (seed 002: a change that waited on the
 *                      authority is made "med tilbagevirkende kraft"), never before the start
 * @param legalBasisAge the citizen's age on the decision date where the law in force divides by age (Ældreloven
 *                      for citizens of folkepension age, serviceloven for younger ones); null where it does not
 * @param measured      what the grant gives when the catalogue measures it in money, a pool or a place; null for a
 *                      grant in time. Such a grant has no time: times, minutes and weekly minutes are 0 (per MONTH,
 *                      no shifts), so everything that counts time, visits or minutes passes it by
 */
public record Grant(Long id, UUID grantKey, int versionNo, boolean carriedOver, String catalogVersion,
                    LocalDate catalogValidFrom, String areaCode, String areaName, String interventionCode,
                    String interventionName, String legalBasis, boolean appealable, int times, FrequencyUnit per,
                    int every, Set<Shift> shifts, int minutesPerDelivery, LocalDate start, LocalDate end, String goals,
                    LocalDate startBy, int weeklyMinutes, CoursePlan course, CriteriaOutcome criteriaOutcome,
                    String criteriaText, String criteriaExplanation, String overrideReason, List<Finding> findings,
                    ProviderChoice provider, LocalDate effectiveFrom, Integer legalBasisAge, Measured measured) {

    /** A grant measured in time. */
    public Grant(Long id, UUID grantKey, int versionNo, boolean carriedOver, String catalogVersion,
                 LocalDate catalogValidFrom, String areaCode, String areaName, String interventionCode,
                 String interventionName, String legalBasis, boolean appealable, int times, FrequencyUnit per,
                 int every, Set<Shift> shifts, int minutesPerDelivery, LocalDate start, LocalDate end, String goals,
                 LocalDate startBy, int weeklyMinutes, CoursePlan course, CriteriaOutcome criteriaOutcome,
                 String criteriaText, String criteriaExplanation, String overrideReason, List<Finding> findings,
                 ProviderChoice provider, LocalDate effectiveFrom, Integer legalBasisAge) {
        this(id, grantKey, versionNo, carriedOver, catalogVersion, catalogValidFrom, areaCode, areaName, interventionCode,
                interventionName, legalBasis, appealable, times, per, every, shifts, minutesPerDelivery, start, end, goals,
                startBy, weeklyMinutes, course, criteriaOutcome, criteriaText, criteriaExplanation, overrideReason, findings,
                provider, effectiveFrom, legalBasisAge, null);
    }

    /** A grant whose legal basis does not depend on the citizen's age. */
    public Grant(Long id, UUID grantKey, int versionNo, boolean carriedOver, String catalogVersion,
                 LocalDate catalogValidFrom, String areaCode, String areaName, String interventionCode,
                 String interventionName, String legalBasis, boolean appealable, int times, FrequencyUnit per,
                 int every, Set<Shift> shifts, int minutesPerDelivery, LocalDate start, LocalDate end, String goals,
                 LocalDate startBy, int weeklyMinutes, CoursePlan course, CriteriaOutcome criteriaOutcome,
                 String criteriaText, String criteriaExplanation, String overrideReason, List<Finding> findings,
                 ProviderChoice provider, LocalDate effectiveFrom) {
        this(id, grantKey, versionNo, carriedOver, catalogVersion, catalogValidFrom, areaCode, areaName, interventionCode,
                interventionName, legalBasis, appealable, times, per, every, shifts, minutesPerDelivery, start, end, goals,
                startBy, weeklyMinutes, course, criteriaOutcome, criteriaText, criteriaExplanation, overrideReason, findings,
                provider, effectiveFrom, null);
    }

    /** A grant stated per one day or week, in force from its start. */
    public Grant(Long id, UUID grantKey, int versionNo, boolean carriedOver, String catalogVersion,
                 LocalDate catalogValidFrom, String areaCode, String areaName, String interventionCode,
                 String interventionName, String legalBasis, boolean appealable, int times, FrequencyUnit per,
                 Set<Shift> shifts, int minutesPerDelivery, LocalDate start, LocalDate end, String goals,
                 LocalDate startBy, int weeklyMinutes, CoursePlan course, CriteriaOutcome criteriaOutcome,
                 String criteriaText, String criteriaExplanation, String overrideReason, List<Finding> findings,
                 ProviderChoice provider) {
        this(id, grantKey, versionNo, carriedOver, catalogVersion, catalogValidFrom, areaCode, areaName, interventionCode,
                interventionName, legalBasis, appealable, times, per, 1, shifts, minutesPerDelivery, start, end, goals, startBy,
                weeklyMinutes, course, criteriaOutcome, criteriaText, criteriaExplanation, overrideReason, findings, provider,
                start);
    }

    /** A grant without a provider choice. */
    public Grant(Long id, UUID grantKey, int versionNo, boolean carriedOver, String catalogVersion,
                 LocalDate catalogValidFrom, String areaCode, String areaName, String interventionCode,
                 String interventionName, String legalBasis, boolean appealable, int times, FrequencyUnit per,
                 Set<Shift> shifts, int minutesPerDelivery, LocalDate start, LocalDate end, String goals,
                 LocalDate startBy, int weeklyMinutes, CoursePlan course, CriteriaOutcome criteriaOutcome,
                 String criteriaText, String criteriaExplanation, String overrideReason, List<Finding> findings) {
        this(id, grantKey, versionNo, carriedOver, catalogVersion, catalogValidFrom, areaCode, areaName, interventionCode,
                interventionName, legalBasis, appealable, times, per, shifts, minutesPerDelivery, start, end, goals, startBy,
                weeklyMinutes, course, criteriaOutcome, criteriaText, criteriaExplanation, overrideReason, findings, null);
    }

    public Grant {
        Objects.requireNonNull(grantKey, "grantKey");
        Objects.requireNonNull(per, "per");
        Objects.requireNonNull(start, "start");
        if (measured != null ? times != 0 || minutesPerDelivery != 0 : versionNo < 1 || times < 1 || minutesPerDelivery < 1) {
            throw new IllegalArgumentException("A grant needs a positive version, frequency and minutes");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("A grant cannot end before it starts");
        }
        if (effectiveFrom == null || effectiveFrom.isBefore(start)) {
            effectiveFrom = start;
        }
        shifts = shifts == null || shifts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shifts));
        findings = List.copyOf(findings);
        if (every < 1) {
            throw new IllegalArgumentException("A grant's interval must be positive");
        }
        if (weeklyMinutes != weeklyMinutes(times, per, every, shifts, minutesPerDelivery)) {
            throw new IllegalArgumentException("Weekly minutes do not match the frequency");
        }
    }

    /**
     * Granted minutes per week, an average rounded half up to whole minutes (every 3rd week of 60 minutes is 20).
     * {@code times} counts per listed shift (1 a day in the day and the evening shift is two visits a day); no shift
     * stated counts as one.
     */
    public static int weeklyMinutes(int times, FrequencyUnit per, int every, Set<Shift> shifts, int minutesPerDelivery) {
        return ProposedGrant.weeklyMinutes(times, per, every, shifts, minutesPerDelivery);
    }

    public boolean rehabilitationCourse() {
        return course != null;
    }

    public boolean temporary() {
        return end != null;
    }

    /** Whether the grant has not ended by {@code day} (it may not have started yet). */
    public boolean notEndedOn(LocalDate day) {
        return end == null || !end.isBefore(day);
    }

    /** Granted beyond the quality standard: a finding that needed a reason, and the reason. */
    public boolean outsideStandard() {
        return overrideReason != null && findings.stream().anyMatch(f -> f.severity() == Severity.WARNING);
    }

    /** "2 gange dagligt i dagvagten og aftenvagten"; for a grant not in time what it gives ("15 timer om måneden"). */
    public String frequency() {
        return measured != null ? measured.describe() : asProposed().describe();
    }

    /** Measured in time (times × minutes): the only grants that count time, visits and minutes. */
    public boolean inTime() {
        return measured == null;
    }

    ProposedGrant asProposed() {
        return new ProposedGrant(interventionCode, times, per, every, shifts, minutesPerDelivery, start, end);
    }

    /** The same grant in the next decision version, unchanged. */
    Grant carryOver() {
        return new Grant(null, grantKey, versionNo, true, catalogVersion, catalogValidFrom, areaCode, areaName,
                interventionCode, interventionName, legalBasis, appealable, times, per, every, shifts, minutesPerDelivery,
                start, end, goals, startBy, weeklyMinutes, course, criteriaOutcome, criteriaText, criteriaExplanation,
                overrideReason, findings, provider, effectiveFrom, legalBasisAge, measured);
    }

    /**
     * Whether {@code input} differs from this grant only in minutes and frequency (times, per,
     * shifts): a minor adjustment within the same grant.
     */
    boolean differsOnlyInMinutesOrFrequency(GrantInput input) {
        // a course sent back without its end runs its full length again: the same end
        LocalDate inputEnd = input.end() == null && course != null ? end : input.end();
        return interventionCode.equals(input.interventionCode()) && start.equals(input.start())
                && Objects.equals(end, inputEnd) && Objects.equals(goals, input.goals());
    }

    /** Whether {@code input} asks for exactly this grant. */
    boolean sameAs(GrantInput input) {
        return differsOnlyInMinutesOrFrequency(input) && Objects.equals(input.times(), times) && input.per() == per
                && input.every() == every && input.shifts().equals(shifts) && Objects.equals(input.minutesPerDelivery(), minutesPerDelivery)
                && sameMeasure(input.measure());
    }

    /** A place at a provider sent back by the provider alone (the form sends no name) is the same place. */
    private boolean sameMeasure(MeasureInput in) {
        MeasureInput mine = measureInput();
        if (in != null && mine != null && in.placeProviderId() != null && in.place() == null) {
            in = in.withPlace(mine.place());
        }
        return Objects.equals(in, mine);
    }

    /** This grant as input again, e.g. to check it together with changed grants. */
    GrantInput asInput() {
        return new GrantInput(grantKey, interventionCode, times, per, every, shifts, minutesPerDelivery, start, end, goals,
                overrideReason != null, overrideReason, provider, null, measureInput());
    }

    /** What the caseworker gave for a grant not in time; null for a grant in time. */
    MeasureInput measureInput() {
        return measured == null ? null : new MeasureInput(measured.amount() == null ? null : measured.amount().kroner(),
                measured.quantity(), measured.place(), measured.daysPerWeek(), measured.placeProviderId());
    }
}
