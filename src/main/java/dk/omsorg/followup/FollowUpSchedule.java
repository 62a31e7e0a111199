package dk.omsorg.followup;

import dk.omsorg.followup.FollowUpRule.AfterRehabilitation;
import dk.omsorg.followup.FollowUpRule.CaseworkerInterval;
import dk.omsorg.followup.FollowUpRule.SpecialCase;
import dk.omsorg.followup.FollowUpRule.TemporaryEnd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which follow-ups a grant gets, and when (the rules of {@link MunicipalityFollowUp}, in force on the day the
 * interval counts from):
 * <ul>
 * <li>a § 83 a course itself gets none: the course has its own mid-way and final evaluations (CoursePlan);</li>
 * <li>a special case (seed 000) every N months from the start, while the grant lasts;</li>
 * <li>a temporary grant (an end date) a reminder N days before its end (seed 002) — no earlier than the
 *     decision day;</li>
 * <li>permanent help that follows a course, in an area whose rehabilitation-first rule applies: N months
 *     (seed 003, 3);</li>
 * <li>other permanent help: the caseworker's interval (seed 003, ½–3 years), starting at the catalogue's
 *     months where allowed, else the municipality's default.</li>
 * </ul>
 * The interval counts from the later of the grant's start and the decision day (help decided after it started
 * is followed up from the decision).
 */
public final class FollowUpSchedule {

    /** One follow-up to schedule. {@code intervalMonths} is null for the reminder before an end. */
    public record Due(RuleKind rule, LocalDate baseOn, Integer intervalMonths, LocalDate dueOn, String source) {
    }

    private FollowUpSchedule() {
    }

    public static List<Due> forGrant(MunicipalityFollowUp rules, GrantFacts grant, LocalDate decidedOn) {
        List<Due> due = new ArrayList<>();
        if (grant.course()) {
            return due;
        }
        LocalDate base = grant.start().isAfter(decidedOn) ? grant.start() : decidedOn;
        Optional<SpecialCase> special = rules.inForce(SpecialCase.class, base)
                .filter(s -> s.selects(grant.interventionCode(), grant.areaCode(), grant.legalBasis()));
        special.ifPresent(s -> periodic(RuleKind.SPECIAL_CASE, base, s.months(), grant.end(), s.validity().source())
                .ifPresent(due::add));
        if (grant.temporary()) {
            rules.inForce(TemporaryEnd.class, base).ifPresent(t -> {
                LocalDate remind = grant.end().minusDays(t.daysBefore());
                due.add(new Due(RuleKind.TEMPORARY_END, grant.end(), null, remind.isBefore(decidedOn) ? decidedOn : remind,
                        t.validity().source()));
            });
            return due;
        }
        if (special.isPresent()) {
            return due;
        }
        Optional<AfterRehabilitation> afterCourse = grant.rehabilitationFirst() && grant.followsCourse()
                ? rules.inForce(AfterRehabilitation.class, base) : Optional.empty();
        if (afterCourse.isPresent()) {
            due.add(new Due(RuleKind.AFTER_REHABILITATION, base, afterCourse.get().months(),
                    base.plusMonths(afterCourse.get().months()), afterCourse.get().validity().source()));
            return due;
        }
        rules.inForce(CaseworkerInterval.class, base).ifPresent(c -> {
            int months = c.initialMonths(grant.catalogFollowUpMonths());
            due.add(new Due(RuleKind.CASEWORKER_INTERVAL, base, months, base.plusMonths(months), c.validity().source()));
        });
        return due;
    }

    /**
     * The follow-up after one completed on {@code completedOn}: none after END (the help ends) or after the
     * reminder before a temporary grant's end, nor when the grant has ended by then. After a special case the
     * next special case; after the 3 months that follow a course, the caseworker's interval; after the
     * caseworker's interval, the same interval again (while the rule allows it).
     *
     * @param grant the grant as it stands now (its current decision version)
     */
    public static Optional<Due> next(MunicipalityFollowUp rules, RuleKind completed, Integer intervalMonths,
                                     FollowUpResult result, GrantFacts grant, LocalDate completedOn) {
        if (result == FollowUpResult.END || completed == RuleKind.TEMPORARY_END || grant == null
                || (grant.end() != null && !grant.end().isAfter(completedOn))) {
            return Optional.empty();
        }
        return switch (completed) {
            case SPECIAL_CASE -> rules.inForce(SpecialCase.class, completedOn)
                    .flatMap(s -> periodic(RuleKind.SPECIAL_CASE, completedOn, s.months(), grant.end(), s.validity().source()));
            case AFTER_REHABILITATION -> rules.inForce(CaseworkerInterval.class, completedOn)
                    .flatMap(c -> periodic(RuleKind.CASEWORKER_INTERVAL, completedOn,
                            c.initialMonths(grant.catalogFollowUpMonths()), grant.end(), c.validity().source()));
            case CASEWORKER_INTERVAL -> rules.inForce(CaseworkerInterval.class, completedOn)
                    .flatMap(c -> periodic(RuleKind.CASEWORKER_INTERVAL, completedOn,
                            intervalMonths != null && c.allows(intervalMonths) ? intervalMonths
                                    : c.initialMonths(grant.catalogFollowUpMonths()), grant.end(), c.validity().source()));
            case TEMPORARY_END -> Optional.empty();
        };
    }

    /** {@code months} after {@code base}, unless the grant has ended by then. */
    private static Optional<Due> periodic(RuleKind rule, LocalDate base, int months, LocalDate end, String source) {
        LocalDate due = base.plusMonths(months);
        return end != null && due.isAfter(end) ? Optional.empty() : Optional.of(new Due(rule, base, months, due, source));
    }
}
