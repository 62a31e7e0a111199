package dk.omsorg.complaint;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;

/**
 * Complaints inserted as rows, in the state reconsideration leaves them (the registering and reconsidering service is
 * another part of issue 18): a decision's complaint received on a day, with an outcome and status.
 */
final class ComplaintRows {

    private ComplaintRows() {
    }

    static long insert(JdbcClient jdbc, long decisionId, LocalDate receivedOn, String status, String outcome, String reason) {
        return jdbc.sql("""
                insert into complaint (municipality_id, citizen_id, decision_id, received_on, channel, document_reference,
                       whole_decision, text, complaint_deadline, late, appealable, status, reconsideration_due,
                       outcome, outcome_on, outcome_by, outcome_reason, created_at, created_by, modified_at, modified_by)
                select d.municipality_id, d.citizen_id, d.id, :received, 'WRITTEN', 'Brev fra borgeren', true,
                       'Jeg er uenig i, at jeg kun får bad én gang om ugen.', d.decided_on + 28, false, true, :status,
                       cast(:received as date) + 28, cast(:outcome as text), case when cast(:outcome as text) is null then null else cast(:received as date) + 7 end,
                       case when cast(:outcome as text) is null then null else 'visitator' end, cast(:reason as text), now(), 'test', now(), 'test'
                  from decision d where d.id = :decision
                returning id""")
                .param("received", receivedOn).param("status", status).param("outcome", outcome)
                .param("reason", reason).param("decision", decisionId)
                .query(Long.class).single();
    }

    static String status(JdbcClient jdbc, long complaintId) {
        return jdbc.sql("select status from complaint where id = ?").param(complaintId).query(String.class).single();
    }
}
