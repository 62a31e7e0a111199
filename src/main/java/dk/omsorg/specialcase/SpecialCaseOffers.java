package dk.omsorg.specialcase;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InputLimits;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.Money;
import dk.omsorg.specialcase.CaseSteps.CaseRef;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Offers for a special case (seed 000: "Der indhentes tilbud fra to eller flere leverandører"), recorded by the
 * leader of the authority: per offer the provider, the day it came, an hourly rate per time band, its validity and
 * the notice the provider asks for. The first offer moves the case to "tilbud". The leader chooses one (the cheapest
 * unless a reason is written, {@link OfferComparison}) and may ask finance's controller to review the offers.
 */
@Service
public class SpecialCaseOffers {

    static final String RESOURCE = "special_case_offer";

    public record Offer(long id, long specialCaseId, long providerId, String providerName, LocalDate receivedOn,
                        BandRates rates, LocalDate validFrom, LocalDate validTo, int noticeMonths) {
    }

    /** What the leader enters; rates in kroner per hour ("450,00"). */
    public record NewOffer(Long providerId, LocalDate receivedOn, String rateWeekdayDay, String rateOther,
                           String rateNight, LocalDate validFrom, LocalDate validTo, Integer noticeMonths) {
    }

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final CaseSteps cases;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TakstbladRates takstbladRates;

    SpecialCaseOffers(JdbcClient jdbc, CurrentUsers users, CaseSteps cases, AuditLog audit, Clock clock,
                      ApplicationEventPublisher events, TakstbladRates takstbladRates) {
        this.takstbladRates = takstbladRates;
        this.jdbc = jdbc;
        this.users = users;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("hasRole('LEADER')")
    @Transactional
    public Offer record(long caseId, NewOffer request) {
        CurrentUser user = users.current();
        CaseRef c = cases.open(user.municipalityId(), caseId, "specialCaseId");
        List<Violation> violations = new ArrayList<>();
        String providerName = request.providerId() == null ? null : jdbc.sql(
                        "select name from provider where municipality_id = ? and id = ? and listed")
                .params(user.municipalityId(), request.providerId()).query(String.class).optional().orElse(null);
        if (providerName == null) {
            violations.add(new Violation("providerId", request.providerId() == null
                    ? "specialCaseContract.offer.provider.required" : "specialCaseContract.offer.provider.unknown"));
        }
        if (request.receivedOn() == null) {
            violations.add(new Violation("receivedOn", "specialCaseContract.offer.receivedOn.required"));
        }
        LocalDate from = request.validFrom() != null ? request.validFrom() : request.receivedOn();
        Optional<BandRates> takstblad = providerName == null || from == null ? Optional.empty()
                : takstbladRates.of(user.municipalityId(), request.providerId(), from);
        BandRates rates = takstblad.isPresent()
                ? takstblad(takstblad.get(), request, violations)
                : rates(request.rateWeekdayDay(), request.rateOther(), request.rateNight(), violations);
        if (request.validFrom() == null) {
            violations.add(new Violation("validFrom", "specialCaseContract.offer.validFrom.required"));
        } else if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            violations.add(new Violation("validTo", "specialCaseContract.offer.period"));
        }
        if (request.noticeMonths() == null || request.noticeMonths() < 0 || request.noticeMonths() > 24) {
            violations.add(new Violation("noticeMonths", "specialCaseContract.offer.noticeMonths.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into special_case_offer (municipality_id, special_case_id, provider_id, received_on,
                            rate_weekday_day_ore, rate_other_ore, rate_night_ore, valid_from, valid_to, notice_months,
                            created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.municipalityId(), c.id(), request.providerId(), request.receivedOn(), rates.weekdayDay().ore(),
                        rates.other().ore(), rates.night().ore(), request.validFrom(), request.validTo(),
                        request.noticeMonths(), now, user.username())
                .query(Long.class).single();
        cases.record(c, "OFFER", user.username(), "specialCaseContract.history.offer", providerName,
                rates.weekdayDay().danish(), rates.other().danish(), rates.night().danish());
        cases.move(c, Set.of("ASSESSMENT"), "OFFERS", user.username());
        audit.changed(AuditAction.CREATE, c.citizenId(), RESOURCE, id, "tilbud registreret");
        return offers(c).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    /**
     * The rates of an offer from a provider paid by the takstblad ({@link TakstbladRates}): left empty they are the
     * takstblad's; a typed rate must be the takstblad's, else a Danish error naming it on that field.
     */
    private static BandRates takstblad(BandRates takst, NewOffer request, List<Violation> violations) {
        String[][] typed = {{"rateWeekdayDay", request.rateWeekdayDay()}, {"rateOther", request.rateOther()},
                {"rateNight", request.rateNight()}};
        Money[] expected = {takst.weekdayDay(), takst.other(), takst.night()};
        for (int i = 0; i < typed.length; i++) {
            String text = typed[i][1];
            if (text == null || text.isBlank()) {
                continue;
            }
            Money amount;
            try {
                amount = Money.parse(text);
            } catch (IllegalArgumentException | ArithmeticException e) {
                amount = null;
            }
            if (!expected[i].equals(amount)) {
                violations.add(new Violation(typed[i][0], "specialCaseContract.rate.takstblad", expected[i].danish()));
            }
        }
        return takst;
    }

    /** Three hourly rates, each above 0 kr.; a Danish error per field otherwise. */
    static BandRates rates(String weekdayDay, String other, String night, List<Violation> violations) {
        Money d = rate("rateWeekdayDay", weekdayDay, violations);
        Money o = rate("rateOther", other, violations);
        Money n = rate("rateNight", night, violations);
        return d == null || o == null || n == null ? null : new BandRates(d, o, n);
    }

    private static Money rate(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "specialCaseContract.rate.required"));
            return null;
        }
        try {
            Money amount = Money.parse(text);
            if (amount.ore() <= 0) {
                violations.add(new Violation(field, "specialCaseContract.rate.notPositive"));
            } else if (amount.compareTo(InputLimits.MAX_AMOUNT) > 0) {
                violations.add(new Violation(field, "input.amount.tooLarge", InputLimits.MAX_AMOUNT.danish()));
            } else {
                return amount;
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            violations.add(new Violation(field, "specialCaseContract.rate.invalid"));
        }
        return null;
    }

    @PreAuthorize("hasAnyRole('LEADER','FINANCE')")
    @Transactional
    public List<Offer> list(long caseId) {
        CaseRef c = cases.find(users.current().municipalityId(), caseId);
        audit.read(c.citizenId(), RESOURCE, caseId);
        return offers(c);
    }

    /** The case's citizen and status, as the offer page's heading shows them. */
    public record CaseHeader(long specialCaseId, long citizenId, String citizenName, String status) {
    }

    @PreAuthorize("hasAnyRole('LEADER','FINANCE')")
    @Transactional(readOnly = true)
    public CaseHeader header(long caseId) {
        CaseRef c = cases.find(users.current().municipalityId(), caseId);
        String name = jdbc.sql("select name from citizen where id = ?").param(c.citizenId()).query(String.class).single();
        return new CaseHeader(c.id(), c.citizenId(), name, c.status());
    }

    List<Offer> offers(CaseRef c) {
        return jdbc.sql("""
                        select o.id, o.special_case_id, o.provider_id, p.name, o.received_on, o.rate_weekday_day_ore,
                               o.rate_other_ore, o.rate_night_ore, o.valid_from, o.valid_to, o.notice_months
                        from special_case_offer o join provider p on p.id = o.provider_id
                        where o.municipality_id = ? and o.special_case_id = ? order by o.id""")
                .params(c.municipalityId(), c.id())
                .query((rs, n) -> new Offer(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), new BandRates(new Money(rs.getLong(6)), new Money(rs.getLong(7)),
                        new Money(rs.getLong(8))), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                        rs.getInt(11)))
                .list();
    }

    /**
     * Asks finance's controller to review the offers (seed 000: "Tilbuddet vurderes evt. med hjælp fra Myndigheds
     * Controller i økonomi"): a task for the finance team, one per case while open.
     */
    @PreAuthorize("hasRole('LEADER')")
    @Transactional
    public void askReview(long caseId) {
        CurrentUser user = users.current();
        CaseRef c = cases.open(user.municipalityId(), caseId, "specialCaseId");
        if (offers(c).size() < 2) {
            throw new InvalidInputException("offers", "specialCaseContract.offers.tooFew");
        }
        events.publishEvent(new TaskRequested(c.municipalityId(), c.citizenId(), TaskKind.SPECIAL_CASE_REVIEW,
                "special-case-review:" + c.id(), "Vurdér tilbud i særlig borgersag", "/special-cases/" + c.id() + "/offers",
                null, "FINANCE", LocalDate.now(clock.withZone(DanishTime.ZONE))));
        cases.record(c, "REVIEW", user.username(), "specialCaseContract.history.review");
    }
}
