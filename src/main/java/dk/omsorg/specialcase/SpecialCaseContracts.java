package dk.omsorg.specialcase;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.specialcase.ContractTables.ContractRow;
import dk.omsorg.specialcase.ContractTables.RatePeriod;
import dk.omsorg.specialcase.SpecialCaseOffers.Offer;
import dk.omsorg.specialcase.CaseSteps.CaseRef;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The contract of a special case (seed 000 "Kontrakter": "det er leder for Myndighed Ældre, som forhandler og indgår
 * kontrakt"): the chosen offer's provider and rates, a start, and a notice of at most the current month plus one
 * month (policy). Notice given on a day ends the contract at the latest on the last day of the month after
 * ({@link NoticeLimit}). Two contracts of one citizen may not overlap — the database refuses it. Every step keeps the
 * case-specific rates in settlement in step ({@link ContractSettlement}) and tells finance ({@link FinanceNotices}).
 */
@Service
public class SpecialCaseContracts {

    static final String RESOURCE = "special_case_contract";

    public record Contract(long id, long specialCaseId, long providerId, String providerName, Long offerId,
                           LocalDate startOn, LocalDate endOn, int noticeMonths, LocalDate noticeGivenOn,
                           List<ContractRates> rates, int version) {
    }

    public record ContractRates(LocalDate validFrom, LocalDate validTo, BandRates rates) {
    }

    public record NewContract(LocalDate startOn, Integer noticeMonths) {
    }

    public record Notice(LocalDate noticeGivenOn, LocalDate endOn, Integer version) {
    }

    public record RateChange(LocalDate validFrom, String rateWeekdayDay, String rateOther, String rateNight, Integer version) {
    }

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final CaseSteps cases;
    private final SpecialCaseOffers offers;
    private final OfferComparison comparison;
    private final SpecialCaseContractPolicies policies;
    private final ContractTables contracts;
    private final ContractSettlement settlement;
    private final FinanceNotices finance;
    private final AuditLog audit;
    private final Clock clock;

    SpecialCaseContracts(JdbcClient jdbc, CurrentUsers users, CaseSteps cases, SpecialCaseOffers offers,
                         OfferComparison comparison, SpecialCaseContractPolicies policies, ContractTables contracts, ContractSettlement settlement,
                         FinanceNotices finance, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.cases = cases;
        this.offers = offers;
        this.comparison = comparison;
        this.policies = policies;
        this.contracts = contracts;
        this.settlement = settlement;
        this.finance = finance;
        this.audit = audit;
        this.clock = clock;
    }

    /** A contract with the chosen offer's provider and rates (the cheapest when the leader chose none). */
    @PreAuthorize("hasRole('LEADER')")
    @Transactional
    public Contract make(long caseId, NewContract request) {
        CurrentUser user = users.current();
        CaseRef c = cases.open(user.municipalityId(), caseId, "specialCaseId");
        long chosen = comparison.chosenOrCheapest(c, user.username());
        Offer offer = offers.offers(c).stream().filter(o -> o.id() == chosen).findFirst().orElseThrow();
        List<Violation> violations = new ArrayList<>();
        if (request.startOn() == null) {
            violations.add(new Violation("startOn", "specialCaseContract.contract.startOn.required"));
        }
        int notice = request.noticeMonths() == null ? offer.noticeMonths() : request.noticeMonths();
        SpecialCaseContractPolicy policy = policies.on(c.municipalityId(),
                request.startOn() == null ? finance.today() : request.startOn(), "startOn");
        if (notice < 0) {
            violations.add(new Violation("noticeMonths", "specialCaseContract.offer.noticeMonths.invalid"));
        } else if (notice > policy.maxNoticeMonths()) {
            violations.add(new Violation("noticeMonths", "specialCaseContract.contract.notice.tooLong", policy.maxNoticeMonths()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        boolean newProvider = contracts.ofCase(c.municipalityId(), c.id()).stream().anyMatch(k -> k.providerId() != offer.providerId());
        Timestamp now = Timestamp.from(clock.instant());
        long id;
        try {
            id = jdbc.sql("""
                            insert into special_case_contract (municipality_id, special_case_id, citizen_id, provider_id, offer_id,
                                start_on, notice_months, created_at, created_by, modified_at, modified_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(c.municipalityId(), c.id(), c.citizenId(), offer.providerId(), offer.id(), request.startOn(),
                            notice, now, user.username(), now, user.username())
                    .query(Long.class).single();
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains("special_case_contract_no_overlap")) {
                throw new InvalidInputException("startOn", "specialCaseContract.contract.overlap");
            }
            throw e;
        }
        jdbc.sql("""
                        insert into special_case_contract_rate (contract_id, valid_from, rate_weekday_day_ore, rate_other_ore,
                            rate_night_ore) values (?, ?, ?, ?, ?)""")
                .params(id, request.startOn(), offer.rates().weekdayDay().ore(), offer.rates().other().ore(),
                        offer.rates().night().ore()).update();
        ContractRow row = contracts.find(c.municipalityId(), id).orElseThrow();
        settlement.sync(row, finance.today(), user.username());
        cases.record(c, "CONTRACT", user.username(), "specialCaseContract.history.contract", row.providerName(),
                request.startOn(), notice);
        cases.move(c, Set.of("ASSESSMENT", "OFFERS"), "CONTRACTED", user.username());
        finance.notify(c, newProvider ? "PROVIDER" : "CONTRACT", request.startOn(), user.username(), false);
        audit.changed(AuditAction.CREATE, c.citizenId(), RESOURCE, id, "kontrakt indgået");
        return view(row);
    }

    /** Notice given on a day: the contract ends on {@code endOn}, at the latest the notice's last day. */
    @PreAuthorize("hasRole('LEADER')")
    @Transactional
    public Contract giveNotice(long contractId, Notice request) {
        CurrentUser user = users.current();
        ContractRow contract = locked(user.municipalityId(), contractId, request.version());
        List<Violation> violations = new ArrayList<>();
        if (request.noticeGivenOn() == null) {
            violations.add(new Violation("noticeGivenOn", "specialCaseContract.contract.noticeGivenOn.required"));
        }
        if (request.endOn() == null) {
            violations.add(new Violation("endOn", "specialCaseContract.contract.endOn.required"));
        } else if (request.endOn().isBefore(contract.startOn())
                || request.noticeGivenOn() != null && request.endOn().isBefore(request.noticeGivenOn())) {
            violations.add(new Violation("endOn", "specialCaseContract.contract.endOn.beforeStart"));
        } else if (request.noticeGivenOn() != null) {
            LocalDate latest = NoticeLimit.latestEnd(request.noticeGivenOn(), contract.noticeMonths());
            if (request.endOn().isAfter(latest)) {
                violations.add(new Violation("endOn", "specialCaseContract.contract.endOn.afterNotice", latest));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        update(contract, "end_on = ?, notice_given_on = ?", user.username(), request.endOn(), request.noticeGivenOn());
        ContractRow row = contracts.find(user.municipalityId(), contractId).orElseThrow();
        settlement.sync(row, finance.today(), user.username());
        CaseRef c = cases.lock(user.municipalityId(), contract.specialCaseId());
        cases.record(c, "NOTICE", user.username(), "specialCaseContract.history.notice", row.providerName(),
                request.noticeGivenOn(), request.endOn());
        finance.notify(c, "END", request.endOn().plusDays(1), user.username(), false);
        audit.changed(AuditAction.UPDATE, c.citizenId(), RESOURCE, contractId, "kontrakt opsagt");
        return view(row);
    }

    /** New rates from a day (a renegotiation, up or down): the earlier rates end the day before. */
    @PreAuthorize("hasRole('LEADER')")
    @Transactional
    public Contract changeRates(long contractId, RateChange request) {
        CurrentUser user = users.current();
        ContractRow contract = locked(user.municipalityId(), contractId, request.version());
        List<Violation> violations = new ArrayList<>();
        BandRates rates = SpecialCaseOffers.rates(request.rateWeekdayDay(), request.rateOther(), request.rateNight(), violations);
        LocalDate from = request.validFrom();
        if (from == null) {
            violations.add(new Violation("validFrom", "specialCaseContract.contract.validFrom.required"));
        } else if (!contract.inForceOn(from)) {
            violations.add(new Violation("validFrom", "specialCaseContract.contract.validFrom.outside"));
        } else if (finance.takstblad(user.municipalityId(), contract.providerId(), from)) {
            violations.add(new Violation("rateWeekdayDay", "specialCaseContract.rates.takstblad"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        for (RatePeriod p : contracts.rates(contractId)) {
            if (!p.validFrom().isBefore(from)) {
                jdbc.sql("delete from special_case_contract_rate where id = ?").param(p.id()).update();
            } else if (p.validTo() == null || !p.validTo().isBefore(from)) {
                jdbc.sql("update special_case_contract_rate set valid_to = ? where id = ?").params(from.minusDays(1), p.id()).update();
            }
        }
        jdbc.sql("""
                        insert into special_case_contract_rate (contract_id, valid_from, rate_weekday_day_ore, rate_other_ore,
                            rate_night_ore) values (?, ?, ?, ?, ?)""")
                .params(contractId, from, rates.weekdayDay().ore(), rates.other().ore(), rates.night().ore()).update();
        update(contract, "notice_months = notice_months", user.username());
        ContractRow row = contracts.find(user.municipalityId(), contractId).orElseThrow();
        settlement.sync(row, finance.today(), user.username());
        CaseRef c = cases.lock(user.municipalityId(), contract.specialCaseId());
        cases.record(c, "RATES", user.username(), "specialCaseContract.history.rates", row.providerName(), from,
                rates.weekdayDay().danish(), rates.other().danish(), rates.night().danish());
        finance.notify(c, "RATE", from, user.username(), false);
        audit.changed(AuditAction.UPDATE, c.citizenId(), RESOURCE, contractId, "kontraktens takster ændret");
        return view(row);
    }

    @PreAuthorize("hasAnyRole('LEADER','FINANCE')")
    @Transactional
    public List<Contract> list(long caseId) {
        CaseRef c = cases.find(users.current().municipalityId(), caseId);
        audit.read(c.citizenId(), RESOURCE, caseId);
        return contracts.ofCase(c.municipalityId(), c.id()).stream().map(this::view).toList();
    }

    private ContractRow locked(int municipalityId, long contractId, Integer version) {
        ContractRow contract = contracts.find(municipalityId, contractId)
                .orElseThrow(() -> new NotFoundException("specialCaseContract.contract.notFound", contractId));
        cases.lock(municipalityId, contract.specialCaseId());
        if (version == null) {
            throw new InvalidInputException("version", "specialCaseContract.version.required");
        }
        if (version != contract.version()) {
            throw new ConflictException("specialCaseContract.contract.stale");
        }
        return contract;
    }

    private void update(ContractRow contract, String set, String by, Object... values) {
        List<Object> params = new ArrayList<>(List.of(values));
        params.addAll(List.of(Timestamp.from(clock.instant()), by, contract.id(), contract.version()));
        int updated = jdbc.sql("update special_case_contract set " + set + ", modified_at = ?, modified_by = ?, "
                + "version = version + 1 where id = ? and version = ?").params(params).update();
        if (updated == 0) {
            throw new ConflictException("specialCaseContract.contract.stale");
        }
    }

    private Contract view(ContractRow row) {
        return new Contract(row.id(), row.specialCaseId(), row.providerId(), row.providerName(), row.offerId(), row.startOn(),
                row.endOn(), row.noticeMonths(), row.noticeGivenOn(), contracts.rates(row.id()).stream()
                .map(r -> new ContractRates(r.validFrom(), r.validTo(), r.rates())).toList(), row.version());
    }
}
