package dk.omsorg.delivery.internal;

import dk.omsorg.delivery.LineError;
import dk.omsorg.delivery.ShiftBoundaries;
import dk.omsorg.delivery.Visit;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The visit table and the import's staging, in plain SQL. A batch of visits (a CSV file, or the visits of
 * one API call) is staged as text in temporary tables ({@code on commit drop}) in the caller's transaction,
 * parsed and validated set-based, and written by one {@code insert … on conflict … do update}.
 */
@Repository
public class VisitTables {

    /** The CSV columns in order. */
    public static final List<String> COLUMNS = List.of("besøgs_id", "bevillings_id", "type", "dato", "starttid",
            "vagtlag", "minutter", "ikke_leveret_årsag");

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    VisitTables(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Fresh staging tables for this transaction. */
    public void createStaging() {
        jdbc.sql("drop table if exists visit_raw, visit_stage, visit_parsed, visit_owner").update();
        jdbc.sql("create temp table visit_raw (line_no bigint generated always as identity, raw text) on commit drop").update();
        jdbc.sql("create temp table visit_stage (line_no bigint not null, cols text[]) on commit drop").update();
        jdbc.sql("create temp table visit_owner (grant_key uuid, day date, provider_id bigint) on commit drop").update();
    }

    /**
     * Copies the file's lines (header included, as line 1) into the staging table with PostgreSQL COPY,
     * each line whole (no quoting), then splits the data lines on semicolons. Blank lines are skipped.
     */
    public void copyLines(String text) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy visit_raw (raw) from stdin with (format csv, delimiter E'\\x1f', quote E'\\x1e')",
                    new StringReader(text));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY of the visit file failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        jdbc.sql("""
                insert into visit_stage (line_no, cols)
                select line_no, string_to_array(raw, ';') from visit_raw
                where line_no > 1 and raw is not null and btrim(raw) <> ''""").update();
    }

    /** Stages visits given as fields (in {@link #COLUMNS} order), numbered from 1. */
    public void stageRows(List<String[]> rows) {
        for (int i = 0; i < rows.size(); i++) {
            jdbc.sql("insert into visit_stage (line_no, cols) values (?, ?::text[])")
                    .params(i + 1, rows.get(i)).update();
        }
    }

    /**
     * Parses the staged rows into {@code visit_parsed}: typed values (null where unreadable), the shift
     * derived from the start time, and the current grant of the caller's municipality the row names.
     */
    public void parse(int municipalityId, ShiftBoundaries shifts) {
        jdbc.sql("""
                create temp table visit_parsed on commit drop as
                with s as (
                    select line_no, coalesce(array_length(cols, 1), 0) as n,
                           nullif(btrim(cols[1]), '') as external_id, btrim(cols[2]) as grant_text,
                           upper(btrim(cols[3])) as kind_text, btrim(cols[4]) as date_text,
                           nullif(btrim(cols[5]), '') as time_text, upper(nullif(btrim(cols[6]), '')) as shift_text,
                           nullif(btrim(cols[7]), '') as minutes_text, upper(nullif(btrim(cols[8]), '')) as reason
                    from visit_stage
                ),
                t as (
                    select s.*,
                           case when grant_text ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                                then grant_text::uuid end as grant_key,
                           case when kind_text in ('PLANNED', 'PLANLAGT') then 'PLANNED'
                                when kind_text in ('DELIVERED', 'LEVERET') then 'DELIVERED' end as kind,
                           visit_try_date(date_text) as visit_date,
                           visit_try_time(time_text) as start_time,
                           case when shift_text in ('DAY', 'DAG') then 'DAY' when shift_text in ('EVENING', 'AFTEN') then 'EVENING'
                                when shift_text in ('NIGHT', 'NAT') then 'NIGHT' end as given_shift,
                           case when minutes_text ~ '^-?[0-9]{1,6}([.,][0-9]+)?$'
                                then round(replace(minutes_text, ',', '.')::numeric)::int end as minutes
                    from s
                )
                select t.*,
                       case when t.start_time is null then null
                            when t.start_time >= :day and t.start_time < :evening then 'DAY'
                            when t.start_time >= :evening and t.start_time < :night then 'EVENING'
                            else 'NIGHT' end as derived_shift,
                       g.citizen_id, g.start_on, g.end_on, null::bigint as owner_id
                from t
                left join lateral (
                    select d.citizen_id, dg.start_on, dg.end_on from decision_grant dg join decision d on d.id = dg.decision_id
                    where d.status = 'CURRENT' and d.municipality_id = :municipality and dg.grant_key = t.grant_key
                    limit 1
                ) g on true""")
                .param("day", shifts.day()).param("evening", shifts.evening()).param("night", shifts.night())
                .param("municipality", municipalityId).update();
    }

    /**
     * The grant days to ask the provider module about: the visit's date within the grant's period (so
     * whether the date is outside the period is told only to the grant's own provider).
     */
    public List<Object[]> grantDays() {
        return jdbc.sql("""
                        select distinct grant_key, greatest(start_on, least(visit_date, coalesce(end_on, visit_date)))
                        from visit_parsed where citizen_id is not null and visit_date is not null""")
                .query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)}).list();
    }

    /** Who delivers each grant day ({@link #grantDays}), as the provider module says, in one statement. */
    public void setOwners(List<UUID> grantKeys, List<LocalDate> days, List<Long> providerIds) {
        jdbc.sql("""
                        insert into visit_owner (grant_key, day, provider_id)
                        select * from unnest(cast(? as text[])::uuid[], cast(? as text[])::date[], cast(? as text[])::bigint[])""")
                .params(grantKeys.stream().map(UUID::toString).toArray(String[]::new),
                        days.stream().map(LocalDate::toString).toArray(String[]::new),
                        providerIds.stream().map(String::valueOf).toArray(String[]::new))
                .update();
    }

    /** The citizens of the staged visits. */
    public List<Long> stagedCitizens() {
        return jdbc.sql("select distinct citizen_id from visit_parsed where citizen_id is not null order by 1").query(Long.class).list();
    }

    /** Every problem of every staged row, by line; empty when all rows are good. */
    public List<LineError> errors(long providerId) {
        jdbc.sql("""
                update visit_parsed p set owner_id = o.provider_id from visit_owner o
                where o.grant_key = p.grant_key
                  and o.day = greatest(p.start_on, least(p.visit_date, coalesce(p.end_on, p.visit_date)))""").update();
        return jdbc.sql("""
                        with p as (select * from visit_parsed where n = 8),
                        e(line_no, col, code, a1, a2, a3) as (
                            select line_no, null, 'columns', n::text, null, null from visit_parsed where n <> 8
                            union all select line_no, 'besøgs_id', 'visitIdMissing', null, null, null from p where external_id is null
                            union all select line_no, 'besøgs_id', 'visitIdTooLong', null, null, null from p where length(external_id) > 100
                            union all select line_no, 'besøgs_id', 'duplicateVisitId', external_id, first::text, null
                                from (select line_no, external_id, min(line_no) over (partition by external_id) as first from p
                                      where external_id is not null) d where line_no > first
                            union all select line_no, 'bevillings_id', 'grantKeyInvalid', grant_text, null, null from p where grant_key is null
                            union all select line_no, 'bevillings_id', 'grantUnknown', grant_text, null, null
                                from p where grant_key is not null and citizen_id is null
                            union all select line_no, 'bevillings_id', 'notYourGrant', grant_text, null, null
                                from p where citizen_id is not null and visit_date is not null and owner_id is distinct from :provider
                            union all select line_no, 'type', 'kindInvalid', kind_text, null, null from p where kind is null
                            union all select line_no, 'dato', 'dateInvalid', date_text, null, null from p where visit_date is null
                            union all select line_no, 'dato', 'outsidePeriod', to_char(visit_date, 'DD.MM.YYYY'),
                                    to_char(start_on, 'DD.MM.YYYY'), coalesce(to_char(end_on, 'DD.MM.YYYY'), '')
                                from p where owner_id = :provider and (visit_date < start_on or visit_date > end_on)
                            union all select line_no, 'starttid', 'timeInvalid', time_text, null, null
                                from p where time_text is not null and start_time is null
                            union all select line_no, 'starttid', 'timeMissing', null, null, null
                                from p where kind = 'DELIVERED' and reason is null and time_text is null
                            union all select line_no, 'vagtlag', 'shiftInvalid', shift_text, null, null
                                from p where shift_text is not null and given_shift is null
                            union all select line_no, 'vagtlag', 'shiftMissing', null, null, null
                                from p where kind is not null and shift_text is null and time_text is null
                                  and not (kind = 'DELIVERED' and reason is null)
                            union all select line_no, 'vagtlag', 'shiftMismatch', given_shift, derived_shift, to_char(start_time, 'HH24:MI')
                                from p where given_shift <> derived_shift
                            union all select line_no, 'minutter', 'minutesMissing', null, null, null
                                from p where minutes_text is null and reason is null
                            union all select line_no, 'minutter', 'minutesInvalid', minutes_text, null, null
                                from p where minutes_text is not null and minutes is null
                            union all select line_no, 'minutter', 'minutesRange', minutes_text, null, null
                                from p where minutes is not null and reason is null and (minutes <= 0 or minutes > 1440)
                            union all select line_no, 'minutter', 'minutesRangeNotDelivered', minutes_text, null, null
                                from p where minutes is not null and reason is not null and (minutes < 0 or minutes > 1440)
                            union all select line_no, 'ikke_leveret_årsag', 'reasonInvalid', reason, null, null
                                from p where reason is not null
                                  and reason not in ('CITIZEN_ABSENT', 'HOSPITALISED', 'CANCELLED_BY_CITIZEN', 'REPLACEMENT_HELP')
                            union all select line_no, 'ikke_leveret_årsag', 'reasonPlanned', null, null, null
                                from p where reason is not null and kind = 'PLANNED'
                        )
                        select * from e order by line_no, col nulls first, code""")
                .param("provider", providerId)
                .query((rs, n) -> new LineError(rs.getInt("line_no"), rs.getString("col"), rs.getString("code"),
                        new Object[]{rs.getString("a1"), rs.getString("a2"), rs.getString("a3")}))
                .list();
    }

    /** The grants named by rows that the provider does not deliver: {@code [citizenId, grantKey]}. */
    public List<Object[]> foreignGrants(long providerId) {
        return jdbc.sql("""
                        select distinct citizen_id, grant_key from visit_parsed
                        where citizen_id is not null and visit_date is not null and owner_id is distinct from ?""")
                .param(providerId).query((rs, n) -> new Object[]{rs.getLong(1), rs.getObject(2, UUID.class)}).list();
    }

    /** Counts of one write. */
    public record Written(int inserted, int updated, int unchanged) {
    }

    /**
     * Writes the parsed rows (all valid): new visit ids are inserted, known ones replaced where anything
     * differs; identical rows are left alone.
     */
    public Written upsert(int municipalityId, long providerId, String username, Instant now) {
        int total = jdbc.sql("select count(*) from visit_parsed").query(Integer.class).single();
        List<Boolean> written = jdbc.sql("""
                        insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                                           start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by)
                        select :municipality, :provider, citizen_id, grant_key, external_id, kind, visit_date, start_time,
                               coalesce(derived_shift, given_shift), coalesce(minutes, 0), reason, :now, :user, :now, :user
                        from visit_parsed order by line_no
                        on conflict (provider_id, external_id) do update set
                            citizen_id = excluded.citizen_id, grant_key = excluded.grant_key, kind = excluded.kind,
                            visit_date = excluded.visit_date, start_time = excluded.start_time, shift = excluded.shift,
                            minutes = excluded.minutes, not_delivered_reason = excluded.not_delivered_reason,
                            modified_at = excluded.modified_at, modified_by = excluded.modified_by
                        where (visit.citizen_id, visit.grant_key, visit.kind, visit.visit_date, visit.start_time, visit.shift,
                               visit.minutes, visit.not_delivered_reason)
                              is distinct from (excluded.citizen_id, excluded.grant_key, excluded.kind, excluded.visit_date,
                               excluded.start_time, excluded.shift, excluded.minutes, excluded.not_delivered_reason)
                        returning (xmax = 0) as inserted""")
                .param("municipality", municipalityId).param("provider", providerId)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("user", username)
                .query(Boolean.class).list();
        int inserted = (int) written.stream().filter(Boolean::booleanValue).count();
        return new Written(inserted, written.size() - inserted, total - written.size());
    }

    /** The external ids of the parsed rows, in order. */
    public List<String> stagedIds() {
        return jdbc.sql("select external_id from visit_parsed order by line_no").query(String.class).list();
    }

    /** The provider's visits, optionally of one grant and citizen, in a period. */
    public List<Visit> find(int municipalityId, long providerId, UUID grantKey, Long citizenId, LocalDate from, LocalDate to,
                            List<String> externalIds) {
        StringBuilder sql = new StringBuilder("select * from visit where municipality_id = :m and provider_id = :p");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("m", municipalityId);
        params.put("p", providerId);
        if (grantKey != null) {
            sql.append(" and grant_key = :g");
            params.put("g", grantKey);
        }
        if (citizenId != null) {
            sql.append(" and citizen_id = :c");
            params.put("c", citizenId);
        }
        if (from != null) {
            sql.append(" and visit_date >= :from");
            params.put("from", from);
        }
        if (to != null) {
            sql.append(" and visit_date <= :to");
            params.put("to", to);
        }
        if (externalIds != null) {
            sql.append(" and external_id = any(cast(:ids as text[]))");
            params.put("ids", externalIds.toArray(String[]::new));
        }
        sql.append(" order by visit_date, start_time nulls first, kind desc, external_id");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Visit(rs.getLong("id"),
                rs.getLong("citizen_id"), rs.getObject("grant_key", UUID.class), rs.getString("external_id"),
                rs.getString("kind"), rs.getObject("visit_date", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                rs.getString("shift"), rs.getInt("minutes"), rs.getString("not_delivered_reason"),
                rs.getTimestamp("modified_at").toInstant(), rs.getString("modified_by"))).list();
    }
}
