package dk.omsorg.specialcase;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.settlement.SettlementPolicies;
import dk.omsorg.settlement.SettlementPolicy;
import dk.omsorg.settlement.SettlementPolicy.Rate;
import dk.omsorg.settlement.TimeBand;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.Money;
import dk.omsorg.specialcase.SpecialCaseOffers.Offer;
import dk.omsorg.specialcase.CaseSteps.CaseRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static dk.omsorg.settlement.SettlementPolicy.FREE_CHOICE;

/**
 * The offers side by side with the municipal provider's rate and the primary private provider's bid rates (seed 000:
 * "Tilbuddene sammenlignes med taksterne for hhv. kommunal leverandør og Blæksprutten"), each as a monthly cost of the
 * case's minutes per shift ({@link MonthlyCost}). Two offers at least. The cheapest offer is preselected (seed 000:
 * "Der indgås som udgangspunkt kontrakt med den billigste leverandør"); choosing another needs a written reason.
 */
@Service
public class OfferComparison {

    public enum RowKind { OFFER, MUNICIPAL, PRIMARY_PRIVATE }

    /** A column of the comparison. {@code offerId} only for an offer. */
    public record Row(RowKind kind, Long offerId, String providerName, BandRates rates, Money monthlyCost,
                      boolean cheapest) {
    }

    /** The chosen offer, and the reason when it is not the cheapest. */
    public record Choice(long offerId, String reason) {
    }

    public record Comparison(long specialCaseId, ShiftMinutes weeklyMinutes, List<Row> rows, long cheapestOfferId,
                             Choice choice) {
    }

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final CaseSteps cases;
    private final SpecialCaseOffers offers;
    private final SpecialCaseContractPolicies policies;
    private final SettlementPolicies settlement;
    private final CaseMinutes minutes;
    private final AuditLog audit;
    private final Clock clock;

    OfferComparison(JdbcClient jdbc, CurrentUsers users, CaseSteps cases, SpecialCaseOffers offers,
                    SpecialCaseContractPolicies policies, SettlementPolicies settlement, CaseMinutes minutes,
                    AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.cases = cases;
        this.offers = offers;
        this.policies = policies;
        this.settlement = settlement;
        this.minutes = minutes;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('LEADER','FINANCE')")
    @Transactional
    public Comparison compare(long caseId) {
        CaseRef c = cases.find(users.current().municipalityId(), caseId);
        audit.read(c.citizenId(), SpecialCaseOffers.RESOURCE, caseId);
        return compare(c);
    }

    Comparison compare(CaseRef c) {
        List<Offer> all = offers.offers(c);
        if (all.size() < 2) {
            throw new InvalidInputException("offers", "specialCaseContract.offers.tooFew");
        }
        LocalDate today = LocalDate.now(clock.withZone(DanishTime.ZONE));
        SpecialCaseContractPolicy policy = policies.on(c.municipalityId(), today, "offers");
        ShiftMinutes weekly = minutes.on(c.municipalityId(), c.citizenId(), policy.rateGroup(), today).minutes();
        // ties: the offer received first
        Offer cheapest = all.stream().min(Comparator.comparing((Offer o) -> MonthlyCost.of(weekly, o.rates()))
                .thenComparing(Offer::id)).orElseThrow();
        List<Row> rows = new ArrayList<>();
        for (Offer o : all) {
            rows.add(new Row(RowKind.OFFER, o.id(), o.providerName(), o.rates(), MonthlyCost.of(weekly, o.rates()),
                    o.id() == cheapest.id()));
        }
        SettlementPolicy rates = settlement.forMunicipality(c.municipalityId()).orElseThrow();
        reference(RowKind.MUNICIPAL, policy.municipalProvider(), policy, rates, today, c.municipalityId(), weekly).ifPresent(rows::add);
        reference(RowKind.PRIMARY_PRIVATE, policy.primaryPrivateProvider(), policy, rates, today, c.municipalityId(), weekly)
                .ifPresent(rows::add);
        Choice choice = jdbc.sql("select offer_id, reason from special_case_choice where municipality_id = ? and special_case_id = ?")
                .params(c.municipalityId(), c.id()).query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
                .optional().orElse(new Choice(cheapest.id(), null));
        return new Comparison(c.id(), weekly, List.copyOf(rows), cheapest.id(), choice);
    }

    /** A provider's rates as settlement pays them today: its own rate per band, else the free-choice rate. */
    private Optional<Row> reference(RowKind kind, String providerCode, SpecialCaseContractPolicy policy, SettlementPolicy rates,
                                    LocalDate day, int municipalityId, ShiftMinutes weekly) {
        Money d = rate(rates, providerCode, policy.rateGroup(), TimeBand.WEEKDAY_DAY, day);
        Money o = rate(rates, providerCode, policy.rateGroup(), TimeBand.OTHER, day);
        Money n = rate(rates, providerCode, policy.rateGroup(), TimeBand.NIGHT, day);
        if (d == null || o == null || n == null) {
            return Optional.empty();
        }
        String name = jdbc.sql("select name from provider where municipality_id = ? and code = ?")
                .params(municipalityId, providerCode).query(String.class).optional().orElse(providerCode);
        BandRates band = new BandRates(d, o, n);
        return Optional.of(new Row(kind, null, name, band, MonthlyCost.of(weekly, band), false));
    }

    static Money rate(SettlementPolicy policy, String provider, String group, TimeBand band, LocalDate day) {
        Optional<Money> own = find(policy, provider, group, band, day);
        return own.or(() -> find(policy, FREE_CHOICE, group, band, day)).orElse(null);
    }

    private static Optional<Money> find(SettlementPolicy policy, String provider, String group, TimeBand band, LocalDate day) {
        return policy.rates().stream().filter(r -> r.provider().equals(provider) && r.rateGroup().equals(group)
                        && r.band() == band && !day.isBefore(r.validFrom()) && (r.validTo() == null || !day.isAfter(r.validTo())))
                .map(Rate::amount).findFirst();
    }

    /**
     * The offer the contract is made with: the leader's choice, or — when none was made — the preselected cheapest,
     * stored as the choice with a history line. Fewer than two offers is an error here too.
     */
    long chosenOrCheapest(CaseRef c, String by) {
        Comparison comparison = compare(c);
        if (jdbc.sql("select count(*) from special_case_choice where municipality_id = ? and special_case_id = ?")
                .params(c.municipalityId(), c.id()).query(Integer.class).single() > 0) {
            return comparison.choice().offerId();
        }
        Row cheapest = comparison.rows().stream().filter(Row::cheapest).findFirst().orElseThrow();
        jdbc.sql("""
                        insert into special_case_choice (municipality_id, special_case_id, offer_id, cheapest_offer_id, reason,
                            chosen_at, chosen_by) values (?, ?, ?, ?, null, ?, ?)""")
                .params(c.municipalityId(), c.id(), cheapest.offerId(), cheapest.offerId(), Timestamp.from(clock.instant()), by)
                .update();
        cases.record(c, "CHOICE", by, "specialCaseContract.history.choiceCheapest", cheapest.providerName(),
                cheapest.monthlyCost().danish());
        return cheapest.offerId();
    }

    /** The leader's choice: the cheapest, or another with a written reason. Replaces an earlier choice. */
    @PreAuthorize("hasRole('LEADER')")
    @Transactional
    public Comparison choose(long caseId, Long offerId, String reason) {
        CurrentUser user = users.current();
        CaseRef c = cases.open(user.municipalityId(), caseId, "specialCaseId");
        Comparison comparison = compare(c);
        Optional<Row> chosen = comparison.rows().stream().filter(r -> r.offerId() != null && r.offerId().equals(offerId)).findFirst();
        if (chosen.isEmpty()) {
            throw new InvalidInputException("offerId", "specialCaseContract.choice.offer.unknown");
        }
        boolean cheapest = offerId == comparison.cheapestOfferId();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!cheapest && why == null) {
            throw new InvalidInputException("reason", "specialCaseContract.choice.reason.required");
        }
        if (why != null && why.length() > 10000) {
            throw new InvalidInputException("reason", "specialCaseContract.choice.reason.tooLong");
        }
        jdbc.sql("""
                        insert into special_case_choice (municipality_id, special_case_id, offer_id, cheapest_offer_id, reason,
                            chosen_at, chosen_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (municipality_id, special_case_id) do update set offer_id = excluded.offer_id,
                            cheapest_offer_id = excluded.cheapest_offer_id, reason = excluded.reason,
                            chosen_at = excluded.chosen_at, chosen_by = excluded.chosen_by""")
                .params(c.municipalityId(), c.id(), offerId, comparison.cheapestOfferId(), why,
                        Timestamp.from(clock.instant()), user.username()).update();
        if (cheapest) {
            cases.record(c, "CHOICE", user.username(), "specialCaseContract.history.choiceCheapest", chosen.get().providerName(),
                    chosen.get().monthlyCost().danish());
        } else {
            cases.record(c, "CHOICE", user.username(), "specialCaseContract.history.choiceOther", chosen.get().providerName(),
                    chosen.get().monthlyCost().danish(), why);
        }
        return compare(c);
    }
}
