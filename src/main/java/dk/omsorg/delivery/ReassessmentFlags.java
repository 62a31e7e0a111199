package dk.omsorg.delivery;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.DecisionChange;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.GrantInput;
import dk.omsorg.delivery.ReassessmentFlag.Status;
import dk.omsorg.delivery.ReassessmentFlag.Week;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.shared.DomainException.Violation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The caseworker's side of the reassessment flags: the queue, a flag with its evidence week by week, and the three
 * resolutions of seed 002 — adjust the grant (a new grant version, back-dated when the change waited on the
 * authority), keep it with a reason, or plan a reassessment visit. Only the user's municipality; every flag shown
 * is an audited read of the citizen's data, every resolution an audited change.
 */
@Service
@Transactional
public class ReassessmentFlags {

    /** Who resolved a flag, by full name in the message. */
    private final dk.omsorg.security.PersonNames names;
    private final dk.omsorg.citizen.Citizens citizens;

    static final String RESOURCE = "reassessment-flag";

    private final JdbcClient jdbc;
    private final Decisions decisions;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final FlagTasks tasks;

    ReassessmentFlags(JdbcClient jdbc, Decisions decisions, CurrentUsers users, AuditLog audit, Clock clock,
                      dk.omsorg.security.PersonNames names, dk.omsorg.citizen.Citizens citizens, FlagTasks tasks) {
        this.names = names;
        this.citizens = citizens;
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.tasks = tasks;
    }

    /** What the caseworker changes when adjusting: minutes per delivery and/or times, from a day, and why. */
    public record Adjustment(Integer version, Integer times, Integer minutesPerDelivery, LocalDate effectiveFrom,
                             String reasoning, boolean minorAdjustment, String overrideReason) {
    }

    private static final String SELECT = """
            select f.*, c.name as citizen_name, g.intervention_name, g.minutes_per_delivery, g.times, g.per, g.every_n,
                   g.shifts
            from reassessment_flag f
            join citizen c on c.id = f.citizen_id
            cross join lateral (select dg.intervention_name, dg.minutes_per_delivery, dg.times, dg.per, dg.every_n,
                                       dg.shifts from decision_grant dg
                                where dg.grant_key = f.grant_key and dg.version_no = f.grant_version_no limit 1) g
            """;

    /**
     * Flags in the user's municipality, newest first.
     *
     * @param caseworker only this caseworker's; null for all
     * @param openOnly   only those not yet resolved
     */
    @RequireCitizenAccess
    public List<ReassessmentFlag> queue(String caseworker, boolean openOnly) {
        CurrentUser user = users.current();
        List<ReassessmentFlag> flags = jdbc.sql(SELECT + """
                        where f.municipality_id = :m and (cast(:cw as text) is null or f.caseworker = :cw)
                          and (not :open or f.status = 'OPEN')
                        order by f.status = 'OPEN' desc, f.raised_at desc, f.id desc
                        limit 500""")
                .param("m", user.municipalityId()).param("cw", caseworker).param("open", openOnly)
                .query(ReassessmentFlags::flag).list();
        flags.forEach(f -> audit.read(f.citizenId(), RESOURCE, f.id()));
        return flags;
    }

    /** The citizen's flags, newest first. */
    @RequireCitizenAccess
    public List<ReassessmentFlag> forCitizen(long citizenId) {
        // another municipality's citizen or a made-up id answers as the citizen itself does (403 / 404), not []
        citizens.accessible(citizenId);
        CurrentUser user = users.current();
        List<ReassessmentFlag> flags = jdbc.sql(SELECT + " where f.municipality_id = ? and f.citizen_id = ? order by f.raised_at desc")
                .params(user.municipalityId(), citizenId).query(ReassessmentFlags::flag).list();
        flags.forEach(f -> audit.read(f.citizenId(), RESOURCE, f.id()));
        return flags;
    }

    /** One flag; a flag of another municipality is refused (403) and the attempt audited. */
    @RequireCitizenAccess
    public ReassessmentFlag read(long id) {
        ReassessmentFlag flag = accessible(id);
        audit.read(flag.citizenId(), RESOURCE, id);
        return flag;
    }

    /**
     * The evidence week by week (Monday to Sunday) from the week before the deviation began to its last day:
     * granted minutes, planned and delivered minutes (visits not delivered count 0 and are counted apart) and days
     * of absence. Read from the visits as they stand now — a corrected visit shows corrected.
     */
    @RequireCitizenAccess
    public List<Week> evidence(ReassessmentFlag flag) {
        LocalDate from = flag.firstDay().minusDays(6);
        return jdbc.sql("""
                        with weeks as (
                            select w::date as monday
                            from generate_series(date_trunc('week', cast(:from as date)), cast(:to as date), interval '7 days') w
                        )
                        select w.monday,
                               coalesce(sum(v.minutes) filter (where v.kind = 'PLANNED'), 0) as planned,
                               coalesce(sum(v.minutes) filter (where v.kind = 'DELIVERED' and v.not_delivered_reason is null), 0) as delivered,
                               count(v.id) filter (where v.not_delivered_reason is not null) as not_delivered,
                               (select count(distinct d) from absence a
                                cross join lateral generate_series(greatest(a.from_on, w.monday),
                                    least(coalesce(a.to_on, w.monday + 6), w.monday + 6), interval '1 day') d
                                where a.municipality_id = :m and a.citizen_id = :c and not a.cancelled) as absent_days
                        from weeks w
                        left join visit v on v.municipality_id = :m and v.grant_key = :g
                                         and v.visit_date between w.monday and w.monday + 6
                        group by w.monday order by w.monday""")
                .param("from", from).param("to", flag.lastDay()).param("m", flag.municipalityId())
                .param("c", flag.citizenId()).param("g", flag.grantKey())
                .query((rs, n) -> {
                    int planned = rs.getInt("planned");
                    int delivered = rs.getInt("delivered");
                    int basis = "PLANNED".equals(flag.basis()) ? planned : delivered;
                    int granted = flag.grantedMinutesPerWeek();
                    return new Week(rs.getObject("monday", LocalDate.class), granted, planned, delivered,
                            rs.getInt("not_delivered"), rs.getInt("absent_days"),
                            BigDecimal.valueOf((basis - granted) * 100L).divide(BigDecimal.valueOf(granted), 1, RoundingMode.HALF_UP));
                }).list();
    }

    /**
     * Adjusts the grant: a change of the citizen's current decision with the new minutes or frequency, taking effect
     * from {@code effectiveFrom} (default: the first day of the deviation — back-dated, as seed 002 allows when the
     * change waited on the authority). The change is checked against the quality standard like any other; the
     * provider gets the changed grant as a notice.
     */
    @RequireCaseworker
    public ReassessmentFlag adjust(long id, Adjustment adjustment) {
        ReassessmentFlag flag = openFlag(id, adjustment.version());
        Decision current = decisions.storedForCitizen(flag.municipalityId(), flag.citizenId()).stream()
                .filter(Decision::isCurrent).filter(d -> d.grant(flag.grantKey()).isPresent()).findFirst()
                .orElseThrow(() -> new ConflictException("reassessment.grant.gone"));
        Grant grant = current.grant(flag.grantKey()).orElseThrow();
        List<Violation> violations = new ArrayList<>();
        if (adjustment.minutesPerDelivery() == null && adjustment.times() == null) {
            violations.add(new Violation("minutesPerDelivery", "reassessment.adjust.nothing"));
        }
        if (adjustment.reasoning() == null || adjustment.reasoning().isBlank()) {
            violations.add(new Violation("reasoning", "reassessment.adjust.reasoningRequired"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LocalDate effectiveFrom = adjustment.effectiveFrom() != null ? adjustment.effectiveFrom()
                : (flag.firstDay().isBefore(grant.effectiveFrom()) ? grant.effectiveFrom() : flag.firstDay());
        GrantInput input = new GrantInput(grant.grantKey(), grant.interventionCode(),
                adjustment.times() != null ? adjustment.times() : grant.times(), grant.per(), grant.every(), grant.shifts(),
                adjustment.minutesPerDelivery() != null ? adjustment.minutesPerDelivery() : grant.minutesPerDelivery(),
                grant.start(), grant.end(), grant.goals(), adjustment.overrideReason() != null, adjustment.overrideReason(),
                null, effectiveFrom);
        Decision changed;
        try {
            changed = decisions.change(current.id(), new DecisionChange(current.version(),
                    adjustment.minorAdjustment(), adjustment.reasoning(), false, null, List.of(input)));
        } catch (dk.omsorg.decision.AboveAuthority above) {
            // a grant above the caseworker's authority is changed through the decision, as a recommendation
            throw new InvalidInputException("grantKey", "reassessment.adjust.aboveAuthority");
        }
        resolve(flag, Status.ADJUSTED, adjustment.reasoning(), changed.id(), null);
        return read(id);
    }

    /** Keeps the grant as it is; the reason is required and stored. */
    @RequireCaseworker
    public ReassessmentFlag keep(long id, Integer version, String reason) {
        ReassessmentFlag flag = openFlag(id, version);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "reassessment.keep.reasonRequired");
        }
        resolve(flag, Status.KEPT, reason.strip(), null, null);
        return read(id);
    }

    /** Plans a reassessment visit (revisitation) on a day from today on. */
    @RequireCaseworker
    public ReassessmentFlag planVisit(long id, Integer version, LocalDate visitOn, String note) {
        ReassessmentFlag flag = openFlag(id, version);
        if (visitOn == null) {
            throw new InvalidInputException("visitOn", "reassessment.visit.required");
        }
        if (visitOn.isBefore(LocalDate.now(clock.withZone(dk.omsorg.shared.DanishTime.ZONE)))) {
            throw new InvalidInputException("visitOn", "reassessment.visit.past", visitOn);
        }
        resolve(flag, Status.VISIT_PLANNED, note == null || note.isBlank() ? null : note.strip(), null, visitOn);
        return read(id);
    }

    private ReassessmentFlag openFlag(long id, Integer version) {
        ReassessmentFlag flag = accessible(id);
        if (version == null) {
            throw new InvalidInputException("version", "reassessment.version.required");
        }
        if (!flag.open()) {
            throw new ConflictException("reassessment.resolved", names.name(flag.resolvedBy()));
        }
        if (flag.version() != version) {
            throw new OptimisticLockingFailureException("Flag " + id + " is at version " + flag.version());
        }
        return flag;
    }

    private void resolve(ReassessmentFlag flag, Status status, String note, Long decisionId, LocalDate visitOn) {
        CurrentUser user = users.current();
        int updated = jdbc.sql("""
                        update reassessment_flag set status = ?, resolution_note = ?, resolved_decision_id = ?, visit_on = ?,
                            resolved_at = ?, resolved_by = ?, version = version + 1
                        where id = ? and version = ? and status = 'OPEN'""")
                .params(status.name(), note, decisionId, visitOn, Timestamp.from(Instant.now(clock)), user.username(),
                        flag.id(), flag.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Flag " + flag.id() + " changed meanwhile");
        }
        audit.changed(AuditAction.UPDATE, flag.citizenId(), RESOURCE, flag.id(), switch (status) {
            case ADJUSTED -> "revurdering: bevilling justeret";
            case KEPT -> "revurdering: bevilling fastholdt";
            case VISIT_PLANNED -> "revurdering: revisitationsbesøg planlagt";
            case OPEN -> "revurdering";
        });
        tasks.done(flag, user.username());
    }

    private ReassessmentFlag accessible(long id) {
        ReassessmentFlag flag = jdbc.sql(SELECT + " where f.id = ?").param(id).query(ReassessmentFlags::flag).optional()
                .orElseThrow(() -> new NotFoundException("reassessment.notFound"));
        if (flag.municipalityId() != users.current().municipalityId()) {
            audit.denied(flag.citizenId(), RESOURCE, id);
            // as a flag that does not exist: the id is not confirmed to exist elsewhere (audited)
            throw new NotFoundException("reassessment.notFound");
        }
        return flag;
    }

    private static ReassessmentFlag flag(ResultSet rs, int n) throws SQLException {
        Array thresholds = rs.getArray("thresholds");
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        return new ReassessmentFlag(rs.getLong("id"), rs.getInt("municipality_id"), rs.getLong("citizen_id"),
                rs.getString("citizen_name"), rs.getObject("grant_key", UUID.class), rs.getInt("grant_version_no"),
                rs.getLong("decision_id"), rs.getString("caseworker"), rs.getInt("direction"), rs.getString("basis"),
                rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                rs.getInt("days_lasted"), rs.getInt("granted_minutes_per_week"), rs.getInt("deliveries_per_week"),
                rs.getBigDecimal("change_per_week"), rs.getBigDecimal("change_per_delivery"),
                rs.getBigDecimal("deviation_percent"), Arrays.asList((String[]) thresholds.getArray()),
                rs.getString("rule_text"), Status.valueOf(rs.getString("status")), rs.getString("resolution_note"),
                rs.getObject("resolved_decision_id", Long.class), rs.getObject("visit_on", LocalDate.class),
                resolvedAt == null ? null : resolvedAt.toInstant(), rs.getString("resolved_by"),
                rs.getTimestamp("raised_at").toInstant(), rs.getInt("version"), rs.getString("intervention_name"),
                rs.getInt("minutes_per_delivery"), frequency(rs));
    }

    /** The grant's frequency as the letter writes it ("hver 3. uge i dagvagten"). */
    private static String frequency(ResultSet rs) throws SQLException {
        java.util.Set<dk.omsorg.catalog.Shift> shifts = java.util.EnumSet.noneOf(dk.omsorg.catalog.Shift.class);
        Arrays.stream((String[]) rs.getArray("shifts").getArray()).map(dk.omsorg.catalog.Shift::valueOf).forEach(shifts::add);
        return new dk.omsorg.catalog.ProposedGrant(null, rs.getInt("times"),
                dk.omsorg.catalog.FrequencyUnit.valueOf(rs.getString("per")), rs.getInt("every_n"), shifts,
                rs.getInt("minutes_per_delivery"), null, null).describe();
    }
}
