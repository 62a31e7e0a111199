package dk.omsorg.complaint;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The case's documents the caseworker may choose to send with a complaint (issue 18): the decision letters as stored
 * (decision_letter), the assessments and the authority's journal notes. A document is named by a key,
 * "LETTER:&lt;decision id&gt;", "ASSESSMENT:&lt;id&gt;" or "JOURNAL:&lt;id&gt;".
 */
@Component
class ForwardingDocuments {

    static final Locale DA = Locale.forLanguageTag("da");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);

    /** One document of the case. Letters carry their PDF pages into the bundle. */
    record CaseDocument(String key, LocalDate date, String title) {
        public String dateText() {
            return DATE.format(date);
        }

        boolean isLetter() {
            return key.startsWith("LETTER:");
        }

        long id() {
            return Long.parseLong(key.substring(key.indexOf(':') + 1));
        }
    }

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ForwardingDocuments(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    List<CaseDocument> of(int municipalityId, long citizenId) {
        List<CaseDocument> docs = new ArrayList<>();
        jdbc.sql("""
                select d.id, d.decided_on, d.version_no, d.applied_for from decision d join decision_letter l on l.decision_id = d.id
                 where d.municipality_id = ? and d.citizen_id = ?""").params(municipalityId, citizenId)
                .query((rs, n) -> new CaseDocument("LETTER:" + rs.getLong(1), rs.getObject(2, LocalDate.class),
                        text("complaintForwarding.document.letter", rs.getInt(3), rs.getString(4)))).list().forEach(docs::add);
        jdbc.sql("select id, assessed_on from assessment where municipality_id = ? and citizen_id = ?")
                .params(municipalityId, citizenId)
                .query((rs, n) -> new CaseDocument("ASSESSMENT:" + rs.getLong(1), rs.getObject(2, LocalDate.class),
                        text("complaintForwarding.document.assessment"))).list().forEach(docs::add);
        jdbc.sql("""
                select id, (written_at at time zone 'Europe/Copenhagen')::date, heading from journal_note
                 where municipality_id = ? and citizen_id = ? and author_kind = 'AUTHORITY'""")
                .params(municipalityId, citizenId)
                .query((rs, n) -> new CaseDocument("JOURNAL:" + rs.getLong(1), rs.getObject(2, LocalDate.class),
                        text("complaintForwarding.document.journal", rs.getString(3)))).list().forEach(docs::add);
        docs.sort(Comparator.comparing(CaseDocument::date).thenComparing(CaseDocument::key));
        return docs;
    }

    /** The stored letter of a decision, as sent. */
    byte[] letter(long decisionId) {
        return jdbc.sql("select content from decision_letter where decision_id = ?").param(decisionId)
                .query(byte[].class).single();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DA);
    }
}
