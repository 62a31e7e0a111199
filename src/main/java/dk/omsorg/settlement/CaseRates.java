package dk.omsorg.settlement;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.provider.Providers;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.Money;
import dk.omsorg.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Case-specific rates (seed 000: "Anden privat leverandør afregnes med særskilte takster, som er forhandlet til den
 * konkrete sag"): finance enters the negotiated rate on one citizen's grant for the provider it was negotiated with,
 * for one time band or all, with a validity period and a reason. It wins over the provider's own rate and the
 * free-choice rate in the monthly run. Rates of one grant and provider may not overlap in time for the same band
 * (ALL overlaps every band). A rate is ended by giving it an end date; an entry or end that touches an approved month
 * is settled as difference lines in the next run.
 */
@Service
public class CaseRates {

    static final String RESOURCE = "settlement_case_rate";

    /** A case-specific rate. */
    public record CaseRate(long id, long citizenId, UUID grantKey, String interventionName, long providerId,
                           String providerName, TimeBand band, Money amount, LocalDate validFrom, LocalDate validTo,
                           String reason, int version) {
    }

    /** What finance enters; the amount in kroner ("1.250,00" or "1250.00"). */
    public record NewCaseRate(UUID grantKey, Long providerId, TimeBand band, String amount, LocalDate validFrom,
                              LocalDate validTo, String reason) {
    }

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final Providers providers;

    CaseRates(JdbcClient jdbc, CurrentUsers users, AuditLog audit, Clock clock, Providers providers) {
        this.providers = providers;
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CaseRate enter(NewCaseRate request) {
        CurrentUser user = finance();
        int m = user.municipalityId();
        List<Violation> violations = new ArrayList<>();
        Optional<GrantInfo> grant = request.grantKey() == null ? Optional.empty() : grant(m, request.grantKey());
        if (request.grantKey() == null) {
            violations.add(new Violation("grantKey", "settlement.caseRate.grant.required"));
        } else if (grant.isEmpty()) {
            violations.add(new Violation("grantKey", "settlement.caseRate.grant.unknown"));
        }
        if (request.providerId() == null || jdbc.sql("select count(*) from provider where municipality_id = ? and id = ?")
                .params(m, request.providerId()).query(Integer.class).single() == 0) {
            violations.add(new Violation("providerId", "settlement.caseRate.provider.unknown"));
        } else if (grant.isPresent() && request.validFrom() != null
                && !delivers(m, request.grantKey(), request.providerId(), request.validFrom())) {
            violations.add(new Violation("providerId", "settlement.caseRate.provider.notDelivering"));
        }
        if (request.band() == null) {
            violations.add(new Violation("band", "settlement.caseRate.band.required"));
        } else if (grant.isPresent() && grant.get().byTimeBand() != null && !grant.get().byTimeBand()
                && request.band() != TimeBand.ALL) {
            violations.add(new Violation("band", "settlement.caseRate.band.notByTimeBand"));
        }
        Money amount = null;
        try {
            amount = Money.parse(request.amount());
            if (amount.isNegative()) {
                violations.add(new Violation("amount", "settlement.caseRate.amount.negative"));
            } else if (amount.compareTo(dk.omsorg.shared.InputLimits.MAX_AMOUNT) > 0) {
                violations.add(new Violation("amount", "input.amount.tooLarge", dk.omsorg.shared.InputLimits.MAX_AMOUNT.danish()));
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            violations.add(new Violation("amount", "settlement.caseRate.amount.invalid"));
        }
        if (request.validFrom() == null) {
            violations.add(new Violation("validFrom", "settlement.caseRate.validFrom.required"));
        } else if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            violations.add(new Violation("validTo", "settlement.caseRate.period"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            violations.add(new Violation("reason", "settlement.caseRate.reason.required"));
        }
        if (violations.isEmpty() && overlaps(m, request.grantKey(), request.providerId(), request.band(),
                request.validFrom(), request.validTo(), null)) {
            violations.add(new Violation("validFrom", "settlement.caseRate.overlap"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into settlement_case_rate (municipality_id, citizen_id, grant_key, provider_id, band, valid_from,
                            valid_to, amount_ore, reason, created_at, created_by, modified_at, modified_by, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) returning id""")
                .params(m, grant.get().citizenId(), request.grantKey(), request.providerId(), request.band().name(),
                        request.validFrom(), request.validTo(), amount.ore(), request.reason().strip(), now,
                        user.username(), now, user.username())
                .query(Long.class).single();
        audit.changed(AuditAction.CREATE, grant.get().citizenId(), RESOURCE, id, "særskilt takst oprettet");
        return get(m, id);
    }

    /** A rate negotiated outside finance's entry form (a special case's contract): one grant, one band, one period. */
    public record NegotiatedRate(UUID grantKey, TimeBand band, Money amount, LocalDate validFrom, LocalDate validTo) {
    }

    /**
     * Keeps the case rates written from one source (a special case's contract, seed 000: "Anden privat leverandør
     * afregnes med særskilte takster, som er forhandlet til den konkrete sag") equal to {@code wanted}: a row whose
     * only change is its end date is ended (so an approved month sees the change as differences), missing rows are
     * written, rows no longer wanted are removed. No finance entry is needed: the contract is the agreement. For the
     * special-case module's use cases and listeners, which check who may do it.
     */
    @Transactional
    public void replaceNegotiated(int municipalityId, long citizenId, long providerId, String source, String reason,
                                  String by, List<NegotiatedRate> wanted) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> existing = jdbc.sql("""
                        select id, grant_key, band, amount_ore, valid_from, valid_to from settlement_case_rate
                        where municipality_id = ? and source = ?""")
                .params(municipalityId, source)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)}).list();
        List<NegotiatedRate> missing = new ArrayList<>(wanted);
        for (Object[] row : existing) {
            Optional<NegotiatedRate> same = missing.stream().filter(w -> w.grantKey().equals(row[1])
                    && w.band().name().equals(row[2]) && w.amount().ore() == (long) row[3] && w.validFrom().equals(row[4]))
                    .findFirst();
            if (same.isEmpty()) {
                jdbc.sql("delete from settlement_case_rate where id = ?").param(row[0]).update();
                continue;
            }
            missing.remove(same.get());
            if (!java.util.Objects.equals(same.get().validTo(), row[5])) {
                jdbc.sql("""
                                update settlement_case_rate set valid_to = ?, modified_at = ?, modified_by = ?, version = version + 1
                                where id = ?""").params(same.get().validTo(), now, by, row[0]).update();
            }
        }
        for (NegotiatedRate r : missing) {
            jdbc.sql("""
                            insert into settlement_case_rate (municipality_id, citizen_id, grant_key, provider_id, band, valid_from,
                                valid_to, amount_ore, reason, created_at, created_by, modified_at, modified_by, version, source)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)""")
                    .params(municipalityId, citizenId, r.grantKey(), providerId, r.band().name(), r.validFrom(), r.validTo(),
                            r.amount().ore(), reason, now, by, now, by, source).update();
        }
    }

    /**
     * Whether the provider delivers the grant (issue 14): it is the grant's provider on the day the rate
     * starts (after choices and switches), or it has registered visits on the grant. A rate for any other
     * provider would never be paid, or would pay the wrong one.
     */
    private boolean delivers(int municipalityId, UUID grantKey, long providerId, LocalDate from) {
        if (providers.deliveringGrant(grantKey, from).map(p -> p.id() == providerId).orElse(false)) {
            return true;
        }
        return jdbc.sql("select exists (select 1 from visit where municipality_id = ? and grant_key = ? and provider_id = ?)")
                .params(municipalityId, grantKey, providerId).query(Boolean.class).single();
    }

    /** Ends a case rate on {@code validTo} (the last day it applies), at the version the user saw. */
    @Transactional
    public CaseRate end(long id, LocalDate validTo, int version) {
        CurrentUser user = finance();
        CaseRate rate = get(user.municipalityId(), id);
        if (validTo == null) {
            throw new InvalidInputException("validTo", "settlement.caseRate.validTo.required");
        }
        if (validTo.isBefore(rate.validFrom())) {
            throw new InvalidInputException("validTo", "settlement.caseRate.period");
        }
        int updated = jdbc.sql("""
                        update settlement_case_rate set valid_to = ?, modified_at = ?, modified_by = ?, version = version + 1
                        where id = ? and municipality_id = ? and version = ?""")
                .params(validTo, Timestamp.from(clock.instant()), user.username(), id, user.municipalityId(), version)
                .update();
        if (updated == 0) {
            throw new ConflictException("settlement.caseRate.stale");
        }
        audit.changed(AuditAction.UPDATE, rate.citizenId(), RESOURCE, id, "særskilt takst afsluttet");
        return get(user.municipalityId(), id);
    }

    /** The municipality's case rates, or one citizen's; each citizen shown is audited. */
    @Transactional
    public List<CaseRate> list(Long citizenId) {
        CurrentUser user = finance();
        List<CaseRate> rates = jdbc.sql(SELECT + " where r.municipality_id = ? and (cast(? as bigint) is null or r.citizen_id = ?) "
                        + "order by r.citizen_id, r.grant_key, r.valid_from")
                .params(user.municipalityId(), citizenId, citizenId).query(CaseRates::row).list();
        rates.stream().map(CaseRate::citizenId).distinct().forEach(c -> audit.read(c, RESOURCE, null));
        return rates;
    }

    private static final String SELECT = """
            select r.id, r.citizen_id, r.grant_key,
                   (select g.intervention_name from decision_grant g where g.grant_key = r.grant_key order by g.id desc limit 1),
                   r.provider_id, p.name, r.band, r.amount_ore, r.valid_from, r.valid_to, r.reason, r.version
            from settlement_case_rate r join provider p on p.id = r.provider_id""";

    private CaseRate get(int municipalityId, long id) {
        return jdbc.sql(SELECT + " where r.municipality_id = ? and r.id = ?").params(municipalityId, id)
                .query(CaseRates::row).optional()
                .orElseThrow(() -> new NotFoundException("settlement.caseRate.notFound", id));
    }

    private static CaseRate row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CaseRate(rs.getLong(1), rs.getLong(2), rs.getObject(3, UUID.class), rs.getString(4), rs.getLong(5),
                rs.getString(6), TimeBand.valueOf(rs.getString(7)), new Money(rs.getLong(8)),
                rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getString(11), rs.getInt(12));
    }

    private record GrantInfo(long citizenId, Boolean byTimeBand) {
    }

    /** The grant in a current decision of the municipality, with whether its rate group is priced by time band. */
    private Optional<GrantInfo> grant(int municipalityId, UUID grantKey) {
        return jdbc.sql("""
                        select d.citizen_id,
                               (select rg.by_time_band from settlement_rate_group_member mem
                                join settlement_rate_group rg on rg.municipality_id = mem.municipality_id and rg.code = mem.rate_group
                                where mem.municipality_id = d.municipality_id
                                  and ((mem.kind = 'INTERVENTION' and mem.code = g.intervention_code)
                                       or (mem.kind = 'AREA' and mem.code = g.area_code))
                                order by mem.kind desc limit 1)
                        from decision_grant g join decision d on d.id = g.decision_id
                        where d.municipality_id = ? and d.status = 'CURRENT' and g.grant_key = ?
                        order by g.id desc limit 1""")
                .params(municipalityId, grantKey)
                .query((rs, n) -> new GrantInfo(rs.getLong(1), (Boolean) rs.getObject(2))).optional();
    }

    private boolean overlaps(int m, UUID grantKey, long providerId, TimeBand band, LocalDate from, LocalDate to, Long except) {
        return jdbc.sql("""
                        select count(*) from settlement_case_rate
                        where municipality_id = ? and grant_key = ? and provider_id = ? and (band = ? or band = 'ALL' or ? = 'ALL')
                          and (valid_to is null or valid_to >= ?) and (cast(? as date) is null or valid_from <= ?)
                          and (cast(? as bigint) is null or id <> ?)""")
                .params(m, grantKey, providerId, band.name(), band.name(), from, to, to, except, except)
                .query(Integer.class).single() > 0;
    }

    private CurrentUser finance() {
        CurrentUser user = users.current();
        if (user.isProvider()) {
            throw new AccessDeniedException("Case rates are for the municipality's finance staff");
        }
        return user;
    }
}
