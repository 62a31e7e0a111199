package dk.omsorg.delivery.internal;

import dk.omsorg.delivery.ReassessmentRule;
import dk.omsorg.delivery.ReassessmentRules;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * Mirrors the municipalities' reassessment rules (the files are the truth) into {@code reassessment_rule} at start,
 * so the scan's SQL can join them. Rules no longer in a file are removed.
 */
@Component
@Order(3)
class ReassessmentRuleTables implements ApplicationRunner {

    private final ReassessmentRules rules;
    private final JdbcClient jdbc;

    ReassessmentRuleTables(ReassessmentRules rules, JdbcClient jdbc) {
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer[] municipalities = rules.all().keySet().toArray(Integer[]::new);
        jdbc.sql("delete from reassessment_rule where not (municipality_id = any (?))").param(municipalities).update();
        for (Map.Entry<Integer, ReassessmentRule> e : rules.all().entrySet()) {
            ReassessmentRule r = e.getValue();
            jdbc.sql("""
                            insert into reassessment_rule (municipality_id, allowed_deviation_percent, min_minutes_per_delivery,
                                min_minutes_per_week, min_duration_days, basis, pausing_reasons, name, source)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (municipality_id) do update set
                                allowed_deviation_percent = excluded.allowed_deviation_percent,
                                min_minutes_per_delivery = excluded.min_minutes_per_delivery,
                                min_minutes_per_week = excluded.min_minutes_per_week,
                                min_duration_days = excluded.min_duration_days, basis = excluded.basis,
                                pausing_reasons = excluded.pausing_reasons, name = excluded.name, source = excluded.source""")
                    .params(e.getKey(), r.allowedDeviationPercent(), r.minMinutesPerDelivery(), r.minMinutesPerWeek(),
                            r.minDurationDays(), r.basis().name(), r.pausingReasons().stream().sorted().toArray(String[]::new),
                            r.name(), r.source())
                    .update();
        }
    }
}
