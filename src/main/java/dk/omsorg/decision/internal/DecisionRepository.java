package dk.omsorg.decision.internal;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Severity;
import dk.omsorg.catalog.Shift;
import dk.omsorg.decision.CoursePlan;
import dk.omsorg.decision.CriteriaOutcome;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.DecisionStatus;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.Letter;
import dk.omsorg.decision.Measured;
import dk.omsorg.catalog.GrantMeasure;
import dk.omsorg.shared.Money;
import dk.omsorg.decision.Refusal;
import dk.omsorg.provider.ProviderChoice;
import dk.omsorg.provider.ProviderChoiceKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Decisions in plain SQL. A decision version is written once, with its grants, findings and
 * refusals; afterwards only its status changes (superseded by the next version), guarded by its
 * version number. Written by hand rather than with Spring Data JDBC so that a saved version's rows
 * are never deleted and re-inserted, and the letter's bytes are read only when downloaded.
 */
@Repository
public class DecisionRepository {

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new decision version; returns it as stored.
     *
     * @throws OptimisticLockingFailureException when another version already supersedes the same one
     */
    public Decision insert(Decision d, String username, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        long id;
        try {
            id = jdbc.sql("""
                            insert into decision (municipality_id, citizen_id, inquiry_id, lineage_id, version_no,
                                supersedes_decision_id, status, decided_on, applied_for, reasoning, override_reason,
                                minor_adjustment, created_at, created_by, modified_at, modified_by, version)
                            values (?, ?, ?, coalesce(?, 0), ?, ?, 'CURRENT', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                            returning id""")
                    .params(d.municipalityId(), d.citizenId(), d.inquiryId(), d.lineageId(), d.versionNo(),
                            d.supersedesDecisionId(), d.decidedOn(), d.appliedFor(), d.reasoning(), d.overrideReason(),
                            d.minorAdjustment(), at, username, at, username)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("Decision " + d.supersedesDecisionId() + " was changed by someone else", e);
        }
        if (d.lineageId() == null) {
            jdbc.sql("update decision set lineage_id = id where id = ?").param(id).update();
        }
        int findingPosition = 0;
        for (int position = 0; position < d.grants().size(); position++) {
            Grant g = d.grants().get(position);
            Measured m = g.measured();
            jdbc.sql("""
                            insert into decision_grant (decision_id, position, grant_key, version_no, carried_over,
                                catalog_version, catalog_valid_from, area_code, area_name, intervention_code,
                                intervention_name, legal_basis, appealable, times, per, every_n, shifts, minutes_per_delivery,
                                start_on, end_on, goals, start_by, weekly_minutes, rehabilitation_course,
                                midway_evaluation_on, final_evaluation_on, criteria_outcome, criteria_text,
                                criteria_explanation, override_reason, provider_id, provider_choice, selection_reason, effective_from,
                                legal_basis_age, measure, amount_ore, measure_per, pool_quantity, pool_unit, place, days_per_week,
                                place_provider_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                                    ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position, g.grantKey(), g.versionNo(), g.carriedOver(), g.catalogVersion(),
                            g.catalogValidFrom(), g.areaCode(), g.areaName(), g.interventionCode(), g.interventionName(),
                            g.legalBasis(), g.appealable(), g.times(), g.per().name(), g.every(),
                            g.shifts().stream().sorted().map(Shift::name).toArray(String[]::new),
                            g.minutesPerDelivery(), g.start(), g.end(), g.goals(), g.startBy(), g.weeklyMinutes(),
                            g.rehabilitationCourse(), g.course() == null ? null : g.course().midwayEvaluation(),
                            g.course() == null ? null : g.course().finalEvaluation(), g.criteriaOutcome().name(),
                            g.criteriaText(), g.criteriaExplanation(), g.overrideReason(),
                            g.provider() == null ? null : g.provider().providerId(),
                            g.provider() == null ? null : g.provider().kind().name(),
                            g.provider() == null ? null : g.provider().reason(), g.effectiveFrom(), g.legalBasisAge(),
                            m == null ? "TIME" : m.kind().name(), m == null || m.amount() == null ? null : m.amount().ore(),
                            m == null || m.per() == null ? null : m.per().name(), m == null ? null : m.quantity(),
                            m == null || m.unit() == null ? null : m.unit().name(), m == null ? null : m.place(),
                            m == null ? null : m.daysPerWeek(), m == null ? null : m.placeProviderId())
                    .update();
            for (Finding f : g.findings()) {
                insertFinding(id, findingPosition++, position, f);
            }
        }
        for (Finding f : d.combinationFindings()) {
            insertFinding(id, findingPosition++, null, f);
        }
        for (int position = 0; position < d.refusals().size(); position++) {
            Refusal r = d.refusals().get(position);
            jdbc.sql("""
                            insert into decision_refusal (decision_id, position, intervention_code, intervention_name,
                                legal_basis, appealable, description, reason, criteria_text, criteria_explanation)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position, r.interventionCode(), r.interventionName(), r.legalBasis(), r.appealable(),
                            r.description(), r.reason(), r.criteriaText(), r.criteriaExplanation())
                    .update();
        }
        return find(id).orElseThrow();
    }

    private void insertFinding(long decisionId, int position, Integer grantPosition, Finding f) {
        jdbc.sql("""
                        insert into decision_finding (decision_id, position, grant_position, rule, severity,
                            intervention_code, message, quote)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(decisionId, position, grantPosition, f.rule().name(), f.severity().name(),
                        f.interventionCode(), f.message(), f.quote())
                .update();
    }

    /**
     * Marks a version superseded by its successor.
     *
     * @throws OptimisticLockingFailureException when it is no longer at {@code expectedVersion} or
     *                                           already superseded
     */
    /** The version was made after a complaint (decision.after_complaint_id, V43). */
    public void markAfterComplaint(long decisionId, long complaintId) {
        jdbc.sql("update decision set after_complaint_id = ? where id = ?").params(complaintId, decisionId).update();
    }

    public java.util.Optional<Long> afterComplaintId(long decisionId) {
        return jdbc.sql("select after_complaint_id from decision where id = ?").param(decisionId)
                .query((rs, n) -> rs.getObject(1, Long.class)).optional().flatMap(java.util.Optional::ofNullable);
    }

    public void markSuperseded(long decisionId, int expectedVersion, long successorId, String username, Instant now) {
        int updated = jdbc.sql("""
                        update decision set status = 'SUPERSEDED', superseded_by_decision_id = ?, version = version + 1,
                            modified_at = ?, modified_by = ?
                        where id = ? and version = ? and status = 'CURRENT'""")
                .params(successorId, now.atOffset(ZoneOffset.UTC), username, decisionId, expectedVersion)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Decision " + decisionId + " is no longer at version " + expectedVersion);
        }
    }

    public Optional<Decision> find(long id) {
        return jdbc.sql(SELECT + " where d.id = ?").param(id).query((rs, n) -> row(rs)).optional().map(this::complete);
    }

    /** The citizen's decisions, every version, newest first. */
    public List<Decision> forCitizen(int municipalityId, long citizenId) {
        return jdbc.sql(SELECT + " where d.municipality_id = ? and d.citizen_id = ? order by d.decided_on desc, d.id desc")
                .params(municipalityId, citizenId).query((rs, n) -> row(rs)).list()
                .stream().map(this::complete).toList();
    }

    /** Whether the citizen has been granted a rehabilitation course in any decision version. */
    public boolean hasCourse(long citizenId) {
        return jdbc.sql("""
                        select exists (select 1 from decision_grant g join decision d on d.id = g.decision_id
                                       where d.citizen_id = ? and g.rehabilitation_course)""")
                .param(citizenId).query(Boolean.class).single();
    }

    public void storeLetter(long decisionId, Letter letter, Instant now) {
        jdbc.sql("insert into decision_letter (decision_id, file_name, content, sha256, created_at) values (?, ?, ?, ?, ?)")
                .params(decisionId, letter.fileName(), letter.content(), letter.sha256(), now.atOffset(ZoneOffset.UTC))
                .update();
    }

    public Optional<Letter> letter(long decisionId) {
        return jdbc.sql("select file_name, content, sha256 from decision_letter where decision_id = ?").param(decisionId)
                .query((rs, n) -> new Letter(rs.getString(1), rs.getBytes(2), rs.getString(3))).optional();
    }

    private static final String SELECT = """
            select d.*, l.sha256 as letter_sha256 from decision d
            left join decision_letter l on l.decision_id = d.id""";

    /** The decision row, before its grants, findings and refusals are read. */
    private record Row(long id, int municipalityId, long citizenId, Long inquiryId, long lineageId, int versionNo,
                       Long supersedes, Long supersededBy, DecisionStatus status, LocalDate decidedOn, String appliedFor,
                       String reasoning, String overrideReason, boolean minorAdjustment, Instant createdAt,
                       String createdBy, Instant modifiedAt, String modifiedBy, int version, String letterSha256) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getInt("municipality_id"), rs.getLong("citizen_id"),
                rs.getObject("inquiry_id", Long.class), rs.getLong("lineage_id"), rs.getInt("version_no"),
                rs.getObject("supersedes_decision_id", Long.class), rs.getObject("superseded_by_decision_id", Long.class),
                DecisionStatus.valueOf(rs.getString("status")), rs.getObject("decided_on", LocalDate.class),
                rs.getString("applied_for"), rs.getString("reasoning"), rs.getString("override_reason"),
                rs.getBoolean("minor_adjustment"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"), rs.getObject("modified_at", OffsetDateTime.class).toInstant(),
                rs.getString("modified_by"), rs.getInt("version"), rs.getString("letter_sha256"));
    }

    private Decision complete(Row r) {
        Map<Integer, List<Finding>> byGrant = new LinkedHashMap<>();
        List<Finding> combination = new ArrayList<>();
        jdbc.sql("select * from decision_finding where decision_id = ? order by position").param(r.id())
                .query((rs, n) -> {
                    Finding f = new Finding(FindingRule.valueOf(rs.getString("rule")), Severity.valueOf(rs.getString("severity")),
                            rs.getString("intervention_code"), rs.getString("message"), rs.getString("quote"));
                    Integer grant = rs.getObject("grant_position", Integer.class);
                    if (grant == null) {
                        combination.add(f);
                    } else {
                        byGrant.computeIfAbsent(grant, k -> new ArrayList<>()).add(f);
                    }
                    return f;
                }).list();
        List<Grant> grants = jdbc.sql("select * from decision_grant where decision_id = ? order by position").param(r.id())
                .query((rs, n) -> grant(rs, byGrant.getOrDefault(rs.getInt("position"), List.of()))).list();
        List<Refusal> refusals = jdbc.sql("select * from decision_refusal where decision_id = ? order by position")
                .param(r.id())
                .query((rs, n) -> new Refusal(rs.getString("intervention_code"), rs.getString("intervention_name"),
                        rs.getString("legal_basis"), rs.getBoolean("appealable"), rs.getString("description"),
                        rs.getString("reason"), rs.getString("criteria_text"), rs.getString("criteria_explanation")))
                .list();
        return new Decision(r.id(), r.municipalityId(), r.citizenId(), r.inquiryId(), r.lineageId(), r.versionNo(),
                r.supersedes(), r.supersededBy(), r.status(), r.decidedOn(), r.appliedFor(), r.reasoning(),
                r.overrideReason(), r.minorAdjustment(), grants, refusals, combination, r.createdAt(), r.createdBy(),
                r.modifiedAt(), r.modifiedBy(), r.version(), r.letterSha256());
    }

    private static Grant grant(ResultSet rs, List<Finding> findings) throws SQLException {
        Array array = rs.getArray("shifts");
        Set<Shift> shifts = EnumSet.noneOf(Shift.class);
        Arrays.stream((String[]) array.getArray()).map(Shift::valueOf).forEach(shifts::add);
        boolean course = rs.getBoolean("rehabilitation_course");
        LocalDate end = rs.getObject("end_on", LocalDate.class);
        return new Grant(rs.getLong("id"), rs.getObject("grant_key", UUID.class), rs.getInt("version_no"),
                rs.getBoolean("carried_over"), rs.getString("catalog_version"),
                rs.getObject("catalog_valid_from", LocalDate.class), rs.getString("area_code"), rs.getString("area_name"),
                rs.getString("intervention_code"), rs.getString("intervention_name"), rs.getString("legal_basis"),
                rs.getBoolean("appealable"), rs.getInt("times"), FrequencyUnit.valueOf(rs.getString("per")),
                rs.getInt("every_n"), shifts,
                rs.getInt("minutes_per_delivery"), rs.getObject("start_on", LocalDate.class), end, rs.getString("goals"),
                rs.getObject("start_by", LocalDate.class), rs.getInt("weekly_minutes"),
                course ? new CoursePlan(end, rs.getObject("midway_evaluation_on", LocalDate.class),
                        rs.getObject("final_evaluation_on", LocalDate.class)) : null,
                CriteriaOutcome.valueOf(rs.getString("criteria_outcome")), rs.getString("criteria_text"),
                rs.getString("criteria_explanation"), rs.getString("override_reason"), findings,
                rs.getString("provider_choice") == null ? null : new ProviderChoice(rs.getObject("provider_id", Long.class),
                        ProviderChoiceKind.valueOf(rs.getString("provider_choice")), rs.getString("selection_reason")),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("legal_basis_age", Integer.class), measured(rs));
    }

    /** What a grant not in time gives; null for a grant in time. */
    private static Measured measured(ResultSet rs) throws SQLException {
        GrantMeasure.Kind kind = GrantMeasure.Kind.valueOf(rs.getString("measure"));
        if (kind == GrantMeasure.Kind.TIME) {
            return null;
        }
        Long ore = rs.getObject("amount_ore", Long.class);
        String per = rs.getString("measure_per");
        String unit = rs.getString("pool_unit");
        return new Measured(kind, ore == null ? null : new Money(ore), rs.getObject("pool_quantity", Integer.class),
                per == null ? null : GrantMeasure.Period.valueOf(per), unit == null ? null : GrantMeasure.PoolUnit.valueOf(unit),
                rs.getString("place"), rs.getObject("days_per_week", Integer.class),
                rs.getObject("place_provider_id", Long.class));
    }
}
