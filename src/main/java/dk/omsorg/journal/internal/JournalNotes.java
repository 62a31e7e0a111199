package dk.omsorg.journal.internal;

import dk.omsorg.journal.AuthorKind;
import dk.omsorg.journal.JournalNote;
import dk.omsorg.journal.NoteLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code journal_note} table, in plain SQL. A reader is the authority ({@code providerId} null: every note of
 * the citizen) or one provider (its own notes and the authority's notes shared with providers); what a provider
 * may not read is left out of every answer, also from the notes a correction points to.
 */
@Repository
public class JournalNotes {

    /** The notes a reader may see, for alias {@code x}; {@code ?} is the provider id (bound twice as null-check). */
    private static String visible(String x) {
        return "(?::bigint is null or " + x + ".provider_id = ? or (" + x + ".author_kind = 'AUTHORITY' and "
                + x + ".shared_with_providers))";
    }

    private static final String SELECT = """
            select n.id, n.citizen_id, n.heading, n.text, n.author_username, n.author_kind, n.provider_id, p.name as provider_name,
                   n.written_at, n.link_kind, n.link_id, n.link_grant_key, n.shared_with_providers, n.corrects_note_id,
                   o.id as old_id, o.heading as old_heading, o.written_at as old_written_at, n.version,
                   array(select c.id from journal_note c where c.municipality_id = n.municipality_id
                         and c.corrects_note_id = n.id and %s order by c.id) as corrected_by
            from journal_note n
                 left join provider p on p.id = n.provider_id
                 left join journal_note o on o.municipality_id = n.municipality_id and o.id = n.corrects_note_id and %s
            """.formatted(visible("c"), visible("o"));

    private final JdbcClient jdbc;

    JournalNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A note to store; {@code providerId} only for a provider's. */
    public record NewNote(int municipalityId, long citizenId, String heading, String text, String authorUsername,
                          AuthorKind authorKind, Long providerId, NoteLink link, boolean sharedWithProviders,
                          Long correctsNoteId) {
    }

    public long insert(NewNote n, Instant at) {
        NoteLink link = n.link();
        return jdbc.sql("""
                        insert into journal_note (municipality_id, citizen_id, heading, text, author_username, author_kind,
                            provider_id, written_at, link_kind, link_id, link_grant_key, shared_with_providers,
                            corrects_note_id, modified_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(n.municipalityId(), n.citizenId(), n.heading(), n.text(), n.authorUsername(),
                        n.authorKind().name(), n.providerId(), Timestamp.from(at),
                        link == null ? null : link.kind().name(), link == null ? null : link.id(),
                        link == null ? null : link.grantKey(), n.sharedWithProviders(), n.correctsNoteId(),
                        Timestamp.from(at))
                .query(Long.class).single();
    }

    /** One note of the citizen, if the reader may see it. */
    public Optional<JournalNote> find(int municipalityId, long citizenId, long id, Long providerId) {
        return jdbc.sql(SELECT + " where n.municipality_id = ? and n.citizen_id = ? and n.id = ? and " + visible("n"))
                .params(providerId, providerId, providerId, providerId, municipalityId, citizenId, id, providerId, providerId)
                .query((rs, i) -> map(rs)).optional();
    }

    /**
     * A page of the citizen's notes the reader may see, newest first; {@code limit} one more than the page, so the
     * caller knows whether there is a next.
     *
     * @param pattern an ILIKE pattern for heading or text, or null
     * @param from    written at or after, or null
     * @param before  written before, or null
     */
    public List<JournalNote> search(int municipalityId, long citizenId, Long providerId, String pattern, Instant from,
                                    Instant before, int limit, long offset) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where n.municipality_id = ? and n.citizen_id = ? and ")
                .append(visible("n"));
        // in the order of the placeholders: corrected-by, corrects, the where clause
        List<Object> params = new ArrayList<>(Arrays.asList(providerId, providerId, providerId, providerId,
                municipalityId, citizenId, providerId, providerId));
        if (pattern != null) {
            sql.append(" and (n.heading ilike ? or n.text ilike ?)");
            params.add(pattern);
            params.add(pattern);
        }
        if (from != null) {
            sql.append(" and n.written_at >= ?");
            params.add(Timestamp.from(from));
        }
        if (before != null) {
            sql.append(" and n.written_at < ?");
            params.add(Timestamp.from(before));
        }
        sql.append(" order by n.written_at desc, n.id desc limit ").append(limit).append(" offset ").append(offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> map(rs)).list();
    }

    /** Changes heading and text if the version still holds; whether it did. */
    public boolean change(int municipalityId, long id, String heading, String text, int version, Instant at) {
        return jdbc.sql("""
                        update journal_note set heading = ?, text = ?, version = version + 1, modified_at = ?
                        where municipality_id = ? and id = ? and version = ?""")
                .params(heading, text, Timestamp.from(at), municipalityId, id, version).update() == 1;
    }

    private static JournalNote map(ResultSet rs) throws SQLException {
        String linkKind = rs.getString("link_kind");
        NoteLink link = linkKind == null ? null : new NoteLink(NoteLink.Kind.valueOf(linkKind),
                (Long) rs.getObject("link_id"), rs.getObject("link_grant_key", UUID.class));
        Long oldId = (Long) rs.getObject("old_id");
        JournalNote.Corrected corrects = oldId == null ? null
                : new JournalNote.Corrected(oldId, rs.getString("old_heading"), rs.getTimestamp("old_written_at").toInstant());
        Array correctedBy = rs.getArray("corrected_by");
        List<Long> later = correctedBy == null ? List.of() : Arrays.asList((Long[]) correctedBy.getArray());
        return new JournalNote(rs.getLong("id"), rs.getLong("citizen_id"), rs.getString("heading"), rs.getString("text"),
                rs.getString("author_username"), AuthorKind.valueOf(rs.getString("author_kind")),
                (Long) rs.getObject("provider_id"), rs.getString("provider_name"), rs.getTimestamp("written_at").toInstant(),
                link, rs.getBoolean("shared_with_providers"), (Long) rs.getObject("corrects_note_id"), corrects,
                List.copyOf(later), rs.getInt("version"));
    }
}
