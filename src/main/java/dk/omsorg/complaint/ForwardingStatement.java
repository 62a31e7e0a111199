package dk.omsorg.complaint;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The first draft of the written statement to Ankestyrelsen (seed 002: "udarbejder skriftlig redegørelse", RSL § 66),
 * generated from the case: the decision with its grants and refusals, each with its legal basis and reasoning, the
 * complaint's text and the reconsideration's reason. The caseworker edits it before forwarding. The wording is in
 * messages_da.properties (complaintForwarding.statement.*); this class supplies the values.
 */
@Component
class ForwardingStatement {

    private static final Locale DA = Locale.forLanguageTag("da");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ForwardingStatement(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    private record Case(String citizenName, LocalDate receivedOn, String complaintText, String outcome,
                        String outcomeReason, long decisionId, LocalDate decidedOn, String appliedFor, String reasoning) {
    }

    private record GrantLine(String interventionName, String legalBasis, int times, String per, int minutes,
                             String criteriaExplanation, String overrideReason) {
    }

    private record RefusalLine(String description, String legalBasis, String reason) {
    }

    String generate(int municipalityId, long complaintId) {
        Case c = jdbc.sql("""
                select ci.name, k.received_on, k.text, k.outcome, k.outcome_reason, d.id, d.decided_on, d.applied_for,
                       d.reasoning
                  from complaint k join decision d on d.id = k.decision_id join citizen ci on ci.id = k.citizen_id
                 where k.municipality_id = ? and k.id = ?""")
                .params(municipalityId, complaintId)
                .query((rs, n) -> new Case(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getObject(7, LocalDate.class),
                        rs.getString(8), rs.getString(9))).single();
        List<GrantLine> grants = jdbc.sql("""
                select intervention_name, legal_basis, times, per, minutes_per_delivery, criteria_explanation, override_reason
                  from decision_grant where decision_id = ? order by position""").param(c.decisionId())
                .query((rs, n) -> new GrantLine(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getString(7))).list();
        List<RefusalLine> refusals = jdbc.sql("""
                select description, legal_basis, reason from decision_refusal where decision_id = ? order by position""")
                .param(c.decisionId())
                .query((rs, n) -> new RefusalLine(rs.getString(1), rs.getString(2), rs.getString(3))).list();

        StringBuilder s = new StringBuilder();
        line(s, "complaintForwarding.statement.intro", c.citizenName(), DATE.format(c.receivedOn()), DATE.format(c.decidedOn()));
        s.append('\n');
        line(s, "complaintForwarding.statement.decision", c.appliedFor());
        for (GrantLine g : grants) {
            line(s, "complaintForwarding.statement.grant", g.interventionName(), g.times(),
                    msg("complaintForwarding.statement.per." + g.per()), g.minutes(), nz(g.legalBasis()));
            reason(s, g.criteriaExplanation());
            reason(s, g.overrideReason());
        }
        for (RefusalLine r : refusals) {
            line(s, "complaintForwarding.statement.refusal", r.description(), nz(r.legalBasis()));
            reason(s, r.reason());
        }
        if (c.reasoning() != null && !c.reasoning().isBlank()) {
            line(s, "complaintForwarding.statement.reasoning", c.reasoning());
        }
        s.append('\n');
        line(s, "complaintForwarding.statement.complaint", c.complaintText());
        s.append('\n');
        line(s, "complaintForwarding.statement.reconsideration." + (c.outcome() == null ? "NONE" : c.outcome()),
                nz(c.outcomeReason()));
        return s.toString().strip();
    }

    private void reason(StringBuilder s, String text) {
        if (text != null && !text.isBlank()) {
            line(s, "complaintForwarding.statement.because", text);
        }
    }

    private void line(StringBuilder s, String key, Object... args) {
        s.append(msg(key, args)).append('\n');
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, DA);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
