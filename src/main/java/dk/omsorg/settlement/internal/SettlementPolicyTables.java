package dk.omsorg.settlement.internal;

import dk.omsorg.settlement.SettlementPolicies;
import dk.omsorg.settlement.SettlementPolicy;
import dk.omsorg.settlement.SettlementPolicy.CoPaymentRate;
import dk.omsorg.settlement.SettlementPolicy.Price;
import dk.omsorg.settlement.SettlementPolicy.Rate;
import dk.omsorg.settlement.SettlementPolicy.RateGroup;
import dk.omsorg.settlement.TimeBandRule;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mirrors the settlement policies (the files are the truth) into the {@code settlement_*} policy tables at start, so
 * the monthly run is set-based SQL. Provider codes are resolved to the provider tables (loaded before, order 2): an
 * unknown code stops the start. {@code settlement_policy.changed_at} moves only when the file's content changed —
 * the run then recomputes the approved months within the correction window and settles any difference.
 */
@Component
@Order(4)
class SettlementPolicyTables implements ApplicationRunner {

    private final SettlementPolicies policies;
    private final JdbcClient jdbc;
    private final Clock clock;

    SettlementPolicyTables(SettlementPolicies policies, JdbcClient jdbc, Clock clock) {
        this.policies = policies;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<String> problems = new ArrayList<>();
        for (SettlementPolicy policy : policies.all().values()) {
            mirror(policy, problems);
        }
        if (!problems.isEmpty()) {
            throw new SettlementFiles.SettlementFileException(problems);
        }
    }

    private void mirror(SettlementPolicy p, List<String> problems) {
        int m = p.municipalityId();
        Map<String, Long> providers = new java.util.HashMap<>();
        jdbc.sql("select code, id from provider where municipality_id = ?").param(m)
                .query((rs, n) -> providers.put(rs.getString(1), rs.getLong(2))).list();
        for (Rate r : p.rates()) {
            if (!r.provider().equals(SettlementPolicy.FREE_CHOICE) && !providers.containsKey(r.provider())) {
                problems.add("settlement.yaml of " + m + ": rate for " + r.rateGroup() + " " + r.band()
                        + ": no provider " + r.provider() + " in providers.yaml");
            }
        }
        for (SettlementPolicy.FreeChoiceRateFor f : p.freeChoiceRateFor()) {
            if (!providers.containsKey(f.provider())) {
                problems.add("settlement.yaml of " + m + ": free-choice rate for " + f.rateGroup() + " " + f.band()
                        + ": no provider " + f.provider() + " in providers.yaml");
            }
        }
        for (RateGroup g : p.rateGroups()) {
            g.providerAccounts().keySet().stream()
                    .filter(code -> !code.equals(SettlementPolicy.OTHER_PROVIDERS) && !providers.containsKey(code))
                    .forEach(code -> problems.add("settlement.yaml of " + m + ": account of rate group " + g.code()
                            + ": no provider " + code + " in providers.yaml"));
        }
        if (!problems.isEmpty()) {
            return;
        }
        Optional<String> sha = jdbc.sql("select sha256 from settlement_policy where municipality_id = ?").param(m)
                .query(String.class).optional();
        if (sha.isEmpty()) {
            jdbc.sql("""
                            insert into settlement_policy (municipality_id, source, sha256, changed_at, correction_months,
                                temporary_free_bases) values (?, ?, ?, ?, ?, ?)""")
                    .params(m, p.source(), p.sha256(), clock.instant().atOffset(ZoneOffset.UTC), p.correctionMonths(),
                            p.noCoPaymentForTemporary().toArray(String[]::new))
                    .update();
        } else if (!sha.get().equals(p.sha256())) {
            jdbc.sql("""
                            update settlement_policy set source = ?, sha256 = ?, changed_at = ?, correction_months = ?,
                                temporary_free_bases = ? where municipality_id = ?""")
                    .params(p.source(), p.sha256(), clock.instant().atOffset(ZoneOffset.UTC), p.correctionMonths(),
                            p.noCoPaymentForTemporary().toArray(String[]::new), m)
                    .update();
        }
        for (String table : List.of("settlement_rate", "settlement_account", "settlement_provider_account", "settlement_rate_group_member",
                "settlement_rate_group", "settlement_time_band", "settlement_copayment_price",
                "settlement_copayment_intervention", "settlement_bonus")) {
            jdbc.sql("delete from " + table + " where municipality_id = ?").param(m).update();
        }
        for (TimeBandRule t : p.timeBands()) {
            jdbc.sql("""
                            insert into settlement_time_band (municipality_id, valid_from, valid_to, weekday_day_from,
                                weekday_day_to, night_from, night_to, extra_holidays) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(m, t.validFrom(), t.validTo(), t.weekdayDayFrom(), t.weekdayDayTo(), t.nightFrom(),
                            t.nightTo(), t.extraHolidays().stream().map(Enum::name).sorted().toArray(String[]::new))
                    .update();
        }
        for (RateGroup g : p.rateGroups()) {
            jdbc.sql("""
                            insert into settlement_rate_group (municipality_id, code, name, unit, by_time_band, basis,
                                paid_not_delivered, account) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(m, g.code(), g.name(), g.unit().name(), g.byTimeBand(), g.basis().name(),
                            g.paidNotDelivered().stream().sorted().toArray(String[]::new), g.account())
                    .update();
            for (String area : g.areas()) {
                jdbc.sql("insert into settlement_rate_group_member values (?, ?, 'AREA', ?)").params(m, g.code(), area).update();
            }
            for (String intervention : g.interventions()) {
                jdbc.sql("insert into settlement_rate_group_member values (?, ?, 'INTERVENTION', ?)")
                        .params(m, g.code(), intervention).update();
            }
            g.accounts().forEach((basis, account) -> jdbc.sql("insert into settlement_account values (?, ?, ?, ?)")
                    .params(m, g.code(), basis, account).update());
            g.providerAccounts().forEach((code, account) -> jdbc.sql(
                            "insert into settlement_provider_account (municipality_id, rate_group, provider_id, account) values (?, ?, ?, ?)")
                    .params(m, g.code(), code.equals(SettlementPolicy.OTHER_PROVIDERS) ? null : providers.get(code), account)
                    .update());
        }
        for (Rate r : p.rates()) {
            jdbc.sql("""
                            insert into settlement_rate (municipality_id, provider_id, rate_group, band, valid_from, valid_to,
                                amount_ore) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(m, providers.get(r.provider()), r.rateGroup(), r.band().name(), r.validFrom(), r.validTo(),
                            r.amount().ore())
                    .update();
        }
        for (CoPaymentRate c : p.coPayment()) {
            for (Price price : c.prices()) {
                jdbc.sql("insert into settlement_copayment_price values (?, ?, ?, ?, ?, ?, ?)")
                        .params(m, c.rate(), c.name(), c.unit().name(), price.validFrom(), price.validTo(), price.amount().ore())
                        .update();
            }
            for (String intervention : c.interventions()) {
                jdbc.sql("insert into settlement_copayment_intervention values (?, ?, ?)").params(m, c.rate(), intervention).update();
            }
        }
        for (SettlementPolicy.OutcomeBonus b : p.outcomeBonus()) {
            jdbc.sql("insert into settlement_bonus values (?, ?, ?, ?, ?, ?)")
                    .params(m, b.validFrom(), b.validTo(), b.amount().ore(), b.minImprovement(), b.account()).update();
        }
    }
}
