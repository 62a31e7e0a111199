package dk.omsorg.settlement.internal;

import dk.omsorg.settlement.SettlementReport.CoPaymentLine;
import dk.omsorg.settlement.SettlementReport.MonthTotal;
import dk.omsorg.settlement.SettlementReport.Problem;
import dk.omsorg.settlement.SettlementReport.ProviderTotal;
import dk.omsorg.settlement.SettlementReport.StatementLine;
import dk.omsorg.settlement.SettlementRun;
import dk.omsorg.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The settlement runs and what they computed: plain SQL, read by the use cases and the statements. */
@Component
public class SettlementTables {

    /** A RUNNING run whose lock nobody holds was broken off (its instance stopped): shown so, and open to run again. */
    private static final String BROKEN_OFF = "status = 'RUNNING' and not " + SettlementRunLock.HELD;
    private static final String RUN_COLUMNS = "id, municipality_id, month, case when " + BROKEN_OFF
            + " then 'BROKEN_OFF' else status end as status, progress, case when " + BROKEN_OFF
            + " then 'settlement.phase.brokenOff' else phase end as phase, started_at, started_by, computed_at, "
            + "approved_at, approved_by, total_ore, copayment_total_ore, version";

    private final JdbcClient jdbc;

    SettlementTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens a run of the month, or re-opens the month's draft, failed or broken-off run (its lines are replaced when
     * computed). Empty when the month is approved. Only with the month's {@link SettlementRunLock} held: then a
     * RUNNING run of the month is one whose instance died.
     */
    public Optional<Long> open(int municipalityId, YearMonth month, String user, Instant now) {
        return jdbc.sql("""
                        insert into settlement_run (municipality_id, month, status, progress, phase, started_at, started_by, version)
                        values (:municipality, :month, 'RUNNING', 0, 'settlement.phase.started', :now, :user, 1)
                        on conflict (municipality_id, month) do update
                            set status = 'RUNNING', progress = 0, phase = 'settlement.phase.started', started_at = :now,
                                started_by = :user, total_ore = null, copayment_total_ore = null,
                                version = settlement_run.version + 1
                            where settlement_run.status <> 'APPROVED'
                        returning id""")
                .param("municipality", municipalityId).param("month", month.atDay(1))
                .param("now", Timestamp.from(now)).param("user", user)
                .query(Long.class).optional();
    }

    /** Approves a draft at the version the approver saw; false when it is not a draft at that version. */
    public boolean approve(long runId, int version, String user, Instant now) {
        return jdbc.sql("""
                        update settlement_run set status = 'APPROVED', approved_at = ?, approved_by = ?, version = version + 1
                        where id = ? and version = ? and status = 'DRAFT'""")
                .params(Timestamp.from(now), user, runId, version).update() == 1;
    }

    public Optional<SettlementRun> run(int municipalityId, long runId) {
        return jdbc.sql("select " + RUN_COLUMNS + " from settlement_run where municipality_id = ? and id = ?")
                .params(municipalityId, runId).query(SettlementTables::run).optional();
    }

    public Optional<SettlementRun> run(int municipalityId, YearMonth month) {
        return jdbc.sql("select " + RUN_COLUMNS + " from settlement_run where municipality_id = ? and month = ?")
                .params(municipalityId, month.atDay(1)).query(SettlementTables::run).optional();
    }

    public List<SettlementRun> runs(int municipalityId) {
        return jdbc.sql("select " + RUN_COLUMNS + " from settlement_run where municipality_id = ? order by month desc")
                .param(municipalityId).query(SettlementTables::run).list();
    }

    /** The approved runs in which a provider has lines, newest first. */
    public List<SettlementRun> approvedRunsOf(int municipalityId, long providerId) {
        return jdbc.sql("select " + RUN_COLUMNS + " from settlement_run r where municipality_id = ? and status = 'APPROVED' "
                        + "and exists (select 1 from settlement_line l where l.run_id = r.id and l.provider_id = ?) order by month desc")
                .params(municipalityId, providerId).query(SettlementTables::run).list();
    }

    public List<ProviderTotal> providerTotals(long runId) {
        return jdbc.sql("""
                        select l.provider_id, p.name, sum(l.visits) filter (where l.kind <> 'BONUS'),
                               sum(l.minutes) filter (where l.kind <> 'BONUS'),
                               coalesce(sum(l.amount_ore) filter (where l.kind = 'PERIOD'), 0),
                               coalesce(sum(l.amount_ore) filter (where l.kind = 'DIFFERENCE'), 0),
                               coalesce(sum(l.amount_ore) filter (where l.kind = 'BONUS'), 0),
                               sum(l.amount_ore)
                        from settlement_line l join provider p on p.id = l.provider_id
                        where l.run_id = ?
                        group by l.provider_id, p.name order by p.name""")
                .param(runId)
                .query((rs, n) -> new ProviderTotal(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        new Money(rs.getLong(5)), new Money(rs.getLong(6)), new Money(rs.getLong(7)), new Money(rs.getLong(8))))
                .list();
    }

    /** Per month and provider, the runs' totals (draft or approved) of the months {@code from}–{@code to}. */
    public List<MonthTotal> monthTotals(int municipalityId, YearMonth from, YearMonth to, Long providerId) {
        return jdbc.sql("""
                        select r.month, l.provider_id, sum(l.amount_ore)
                        from settlement_run r join settlement_line l on l.run_id = r.id
                        where r.municipality_id = :municipality and r.month between :from and :to
                          and r.status in ('DRAFT', 'APPROVED') and (cast(:provider as bigint) is null or l.provider_id = :provider)
                        group by r.month, l.provider_id order by r.month, l.provider_id""")
                .param("municipality", municipalityId).param("from", from.atDay(1)).param("to", to.atDay(1))
                .param("provider", providerId)
                .query((rs, n) -> new MonthTotal(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2),
                        new Money(rs.getLong(3))))
                .list();
    }

    public List<StatementLine> lines(long runId, long providerId) {
        return jdbc.sql("""
                        select l.kind, l.service_month, l.citizen_id, c.name, l.grant_key, l.intervention_code,
                               l.intervention_name, l.rate_group,
                               coalesce(g.name, case when l.kind = 'BONUS' then 'Resultatbonus' else l.rate_group end), l.legal_basis, l.account,
                               l.band, l.unit, l.rate_source, l.rate_ore, l.visits, l.minutes, l.amount_ore
                        from settlement_line l join citizen c on c.id = l.citizen_id
                        left join settlement_rate_group g on g.municipality_id = l.municipality_id and g.code = l.rate_group
                        where l.run_id = ? and l.provider_id = ?
                        order by case l.kind when 'PERIOD' then 0 when 'DIFFERENCE' then 1 else 2 end, l.service_month,
                                 c.name, l.citizen_id, l.intervention_name, l.grant_key,
                                 case l.band when 'WEEKDAY_DAY' then 0 when 'OTHER' then 1 when 'NIGHT' then 2 else 3 end,
                                 l.rate_ore""")
                .params(runId, providerId)
                .query((rs, n) -> new StatementLine(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getLong(3), rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getString(13), rs.getString(14), new Money(rs.getLong(15)), rs.getInt(16), rs.getLong(17),
                        new Money(rs.getLong(18))))
                .list();
    }

    public List<Problem> problems(long runId) {
        return jdbc.sql("""
                        select s.provider_id, p.name, s.grant_key, s.intervention_code, s.band, s.first_day, s.visits, s.code
                        from settlement_problem s left join provider p on p.id = s.provider_id
                        where s.run_id = ? order by p.name, s.first_day, s.grant_key""")
                .param(runId)
                .query((rs, n) -> new Problem((Long) rs.getObject(1), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getString(8),
                        null))
                .list();
    }

    public List<CoPaymentLine> coPayments(long runId) {
        return jdbc.sql("""
                        select s.citizen_id, c.cpr_number, c.name, s.grant_key, s.intervention_code, s.intervention_name,
                               s.name, s.unit, s.quantity, s.price_ore, s.amount_ore
                        from settlement_copayment s join citizen c on c.id = s.citizen_id
                        where s.run_id = ? order by c.name, c.id, s.intervention_name""")
                .param(runId)
                .query((rs, n) -> new CoPaymentLine(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getBigDecimal(9), new Money(rs.getLong(10)), new Money(rs.getLong(11))))
                .list();
    }

    /** The citizens a run's statement of one provider names (null: of every provider), for the audit trail. */
    public List<Long> citizensOf(long runId, Long providerId) {
        return jdbc.sql("select distinct citizen_id from settlement_line where run_id = ? "
                        + "and (cast(? as bigint) is null or provider_id = ?)")
                .params(runId, providerId, providerId).query(Long.class).list();
    }

    public String municipalityName(int municipalityId) {
        return jdbc.sql("select name from municipality where id = ?").param(municipalityId).query(String.class).single();
    }

    static SettlementRun run(ResultSet rs, int n) throws SQLException {
        Long total = (Long) rs.getObject("total_ore");
        Long coPayment = (Long) rs.getObject("copayment_total_ore");
        return new SettlementRun(rs.getLong("id"), rs.getInt("municipality_id"),
                YearMonth.from(rs.getObject("month", LocalDate.class)),
                SettlementRun.Status.valueOf(rs.getString("status")), rs.getInt("progress"), rs.getString("phase"),
                instant(rs, "started_at"), rs.getString("started_by"), instant(rs, "computed_at"),
                instant(rs, "approved_at"), rs.getString("approved_by"), total == null ? null : new Money(total),
                coPayment == null ? null : new Money(coPayment), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
