package dk.omsorg.bench;

import dk.omsorg.provider.Cvr;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A large municipality for benchmarks, written straight into the real tables in a state the application accepts:
 * citizens in the municipality's districts, one CURRENT decision per citizen holding its grants (personal care and
 * practical help from the catalogue in force, each with a provider approved for its area), provider users, a few
 * absences — all by set-based SQL ({@code insert … select … generate_series}). The visits are not inserted: they are
 * written as CSV files in the real import format ({@code docs/visit-import-format.md}), one file per provider, for
 * the provider's own import ({@code Visits.importCsv}) to read.
 *
 * <p>Realistic enough to exercise the real paths: daily and weekly grants in the day, evening and night shifts, 10–60
 * minutes per delivery; delivered minutes scatter a little around the granted ones; a share of the grants
 * ({@link Spec#driftShare}) drifts — from some day on, more or less time is delivered — so the reassessment scan has
 * something to flag; about 2 % of visits are not delivered (with a reason); 1 % of the citizens have a hospital stay.
 * Deterministic for a given {@link Spec} (seeded).
 *
 * <p>Reusable: the delivery benchmark uses 10,000 citizens, 100,000 grants and 4 weeks (about 1,000,000 visits); a
 * settlement benchmark can ask for a month over 10,000 citizens and 5 providers. Providers: the municipality's own
 * listed providers approved for personal care or practical help first, then benchmark providers ({@code bench-N},
 * approved for both areas in every district) until there are {@link Spec#providers}.
 */
public final class MunicipalityGenerator {

    /** Who the generated rows are created by (and how they are found again). */
    public static final String CREATED_BY = "bench-generator";
    /** The caseworker named on the generated decisions (the flags' responsible caseworker). */
    public static final String CASEWORKER = "bench-visitator";
    static final String HEADER = "besøgs_id;bevillings_id;type;dato;starttid;vagtlag;minutter;ikke_leveret_årsag";
    static final List<String> AREAS = List.of("personlig-pleje", "praktisk-hjaelp");

    /**
     * What to generate.
     *
     * @param municipalityId the municipality (its catalogue, districts and reassessment rule must be loaded)
     * @param citizens       citizens, each with one decision
     * @param grants         grants, spread evenly over the citizens (at least one each)
     * @param providers      providers delivering them (the municipality's own first, then benchmark providers)
     * @param firstDay       the first day with visits
     * @param days           days with visits, from {@code firstDay}
     * @param driftShare     share of the grants whose delivered time drifts from the granted (0–1)
     * @param seed           the random seed: the same spec gives the same data
     * @param grantsEndOn    the grants' last day; null: open-ended (a test sharing its database with others ends them, so
     *                       they are not current help today)
     */
    public record Spec(int municipalityId, int citizens, int grants, int providers, LocalDate firstDay, int days,
                       double driftShare, long seed, LocalDate grantsEndOn) {

        public Spec {
            if (citizens < 1 || grants < citizens || providers < 1 || days < 1 || driftShare < 0 || driftShare > 1) {
                throw new IllegalArgumentException("Bad benchmark spec: " + citizens + " citizens, " + grants + " grants, "
                        + providers + " providers, " + days + " days, drift " + driftShare);
            }
            if (grantsEndOn != null && grantsEndOn.isBefore(firstDay.plusDays(days - 1))) {
                throw new IllegalArgumentException("The grants end (" + grantsEndOn + ") before the last day with visits");
            }
        }

        /** Greve (253): the delivery benchmark's municipality. */
        public static Spec greve(int citizens, int grants, int providers, LocalDate firstDay, int days) {
            return new Spec(253, citizens, grants, providers, firstDay, days, 0.08, 20250101L, null);
        }

        /** The day after the last day with visits: the day to scan as of. */
        public LocalDate asOf() {
            return firstDay.plusDays(days);
        }
    }

    /** One provider's visits file. */
    public record ProviderFile(long providerId, String code, String username, Path file, int rows) {
    }

    /** What was generated. */
    public record Generated(Spec spec, List<ProviderFile> files, long firstCitizenId, long lastCitizenId, int grants,
                            long visits, int drifting, int absences) {

        public LocalDate asOf() {
            return spec.asOf();
        }
    }

    /** A generated grant, as the CSV writer needs it. */
    record GrantRow(long ordinal, UUID grantKey, long providerId, int times, String per, String shift, int minutes) {
    }

    private final JdbcClient jdbc;

    public MunicipalityGenerator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes citizens, decisions, grants, providers, provider users and absences (committed as they go: call it
     * outside a transaction) and the visits files in {@code directory}.
     */
    public Generated generate(Spec spec, Path directory) {
        Rows r = rows(spec);
        long[] citizenIds = r.citizenIds();
        Map<Long, String> codes = new LinkedHashMap<>();
        for (long[] p : r.providers()) {
            codes.put(p[0], jdbc.sql("select code from provider where id = ?").param(p[0]).query(String.class).single());
        }
        List<GrantRow> rows = jdbc.sql("""
                        select row_number() over (order by c.id, g.position) - 1 as ordinal, g.grant_key, g.provider_id,
                               g.times, g.per, g.shifts[1] as shift, g.minutes_per_delivery as minutes
                        from decision_grant g join decision d on d.id = g.decision_id join citizen c on c.id = d.citizen_id
                        where d.created_by = :by and c.id between :first and :last
                        order by 1""")
                .param("first", citizenIds[0]).param("last", citizenIds[citizenIds.length - 1]).param("by", CASEWORKER)
                .query((rs, n) -> new GrantRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7)))
                .list();
        return VisitFiles.write(spec, directory, rows, codes, citizenIds, r.grants(), r.absences());
    }

    /** What {@link #rows} wrote: providers as [id, approved for personal care, for practical help], citizens in order. */
    public record Rows(List<long[]> providers, long[] citizenIds, int grants, int absences) {
    }

    /** The rows without the visits files (committed as they go; analysed): for a benchmark that writes its own visits. */
    public Rows rows(Spec spec) {
        List<long[]> providers = providers(spec);
        long[] citizenIds = citizens(spec);
        decisions(spec, citizenIds);
        int grants = grants(spec, citizenIds, providers);
        int absences = absences(spec, citizenIds);
        jdbc.sql("analyze citizen, decision, decision_grant, absence, provider, app_user").update();
        return new Rows(providers, citizenIds, grants, absences);
    }

    /** The providers, the municipality's own listed ones first, then benchmark providers, with their users. */
    private List<long[]> providers(Spec spec) {
        int m = spec.municipalityId();
        for (int k = 1; ; k++) {
            int have = jdbc.sql("""
                            select count(*) from provider p where p.municipality_id = ? and p.listed
                              and exists (select 1 from provider_area_approval a where a.provider_id = p.id
                                          and a.area_code = any (?::text[]) and a.valid_from <= ?
                                          and (a.valid_to is null or a.valid_to >= ?))""")
                    .params(m, AREAS.toArray(String[]::new), spec.firstDay(), spec.asOf()).query(Integer.class).single();
            if (have >= spec.providers()) {
                break;
            }
            String code = "bench-" + k;
            Long id = jdbc.sql("""
                            insert into provider (municipality_id, code, name, cvr, kind, phone, email, address, listed)
                            values (?, ?, ?, ?, 'PRIVATE', '+45 70 00 00 00', ?, 'Benchvej 1, 2670 Greve', true)
                            on conflict (municipality_id, code) do update set listed = true returning id""")
                    .params(m, code, "Bench Hjemmepleje " + k + " ApS", cvr(k), code + "@bench.example")
                    .query(Long.class).single();
            jdbc.sql("""
                            insert into provider_area_approval (provider_id, area_code, valid_from)
                            select ?, a, date '2000-01-01' from unnest(?::text[]) a on conflict do nothing""")
                    .params(id, AREAS.toArray(String[]::new)).update();
            jdbc.sql("""
                            insert into provider_district_approval (provider_id, municipality_id, district_code, valid_from)
                            select ?, municipality_id, code, date '2000-01-01' from district where municipality_id = ? and listed
                            on conflict do nothing""")
                    .params(id, m).update();
        }
        List<long[]> providers = jdbc.sql("""
                        select p.id,
                               exists (select 1 from provider_area_approval a where a.provider_id = p.id and a.area_code = ?
                                       and a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?)),
                               exists (select 1 from provider_area_approval a where a.provider_id = p.id and a.area_code = ?
                                       and a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?))
                        from provider p where p.municipality_id = ? and p.listed
                        order by p.kind, p.id""")
                .params(AREAS.get(0), spec.firstDay(), spec.asOf(), AREAS.get(1), spec.firstDay(), spec.asOf(), m)
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getBoolean(2) ? 1 : 0, rs.getBoolean(3) ? 1 : 0})
                .list().stream().filter(p -> p[1] + p[2] > 0).limit(spec.providers()).toList();
        for (long[] p : providers) {
            jdbc.sql("""
                            insert into app_user (username, display_name, role, municipality_id, password_hash, provider_id)
                            select 'bench-' || p.code, 'Benchmark (' || p.name || ')', 'PROVIDER', p.municipality_id, null, p.id
                            from provider p where p.id = ? on conflict (username) do nothing""")
                    .param(p[0]).update();
        }
        return providers;
    }

    /** A valid CVR number (modulus 11, as the provider pages check) of its own for benchmark provider {@code k}. */
    private static String cvr(int k) {
        return java.util.stream.IntStream.iterate(90_000_000 + 100 * k, n -> n + 1).mapToObj(Integer::toString)
                .filter(Cvr::isValid).findFirst().orElseThrow();
    }

    /** Citizens with unique CPR numbers (born 1900–1924), spread over the districts; returns their ids in order. */
    private long[] citizens(Spec spec) {
        long offset = jdbc.sql("select count(*) from citizen where created_by = ?").param(CREATED_BY).query(Long.class).single();
        jdbc.sql("""
                        insert into citizen (municipality_id, cpr_number, name, address, phone, birth_date, sex,
                                             created_at, created_by, modified_at, modified_by, version, district)
                        select :m, to_char(b, 'DDMMYY') || lpad((i / 9000)::text, 4, '0'),
                               (array['Anna','Bent','Inger','Poul','Kirsten','Jens','Hanne','Erik','Grethe','Niels'])[1 + (i % 10)::integer]
                                   || ' Benchmark ' || i,
                               'Benchvej ' || (1 + i % 400) || ', 2670 Greve', '+45 4390' || lpad((i % 10000)::text, 4, '0'), b,
                               case when i % 2 = 0 then 'FEMALE' else 'MALE' end, now(), :by, now(), :by, 0,
                               ds[1 + (i % cardinality(ds))::integer]
                        from generate_series(cast(:from as bigint), cast(:to as bigint)) i
                        cross join lateral (select date '1900-01-01' + (i % 9000)::integer as b) x
                        cross join (select array_agg(code order by code) as ds from district where municipality_id = :m and listed) d
                        order by i""")
                .param("m", spec.municipalityId()).param("by", CREATED_BY)
                .param("from", offset).param("to", offset + spec.citizens() - 1).update();
        return jdbc.sql("select id from citizen where created_by = ? order by id offset ?").params(CREATED_BY, offset)
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    /** One CURRENT decision (version 1, its own lineage) per citizen. */
    private void decisions(Spec spec, long[] citizenIds) {
        jdbc.sql("""
                        insert into decision (municipality_id, citizen_id, lineage_id, version_no, status, decided_on, applied_for,
                                              reasoning, minor_adjustment, created_at, created_by, modified_at, modified_by, version)
                        select :m, c.id, 0, 1, 'CURRENT', :decided, 'Hjemmehjælp (benchmark)', 'Benchmark-data', false,
                               now(), :by, now(), :by, 0
                        from citizen c where c.id between :first and :last and c.created_by = :generator order by c.id""")
                .param("m", spec.municipalityId()).param("decided", spec.firstDay().minusDays(30)).param("by", CASEWORKER)
                .param("first", citizenIds[0]).param("last", citizenIds[citizenIds.length - 1]).param("generator", CREATED_BY)
                .update();
        jdbc.sql("update decision set lineage_id = id where lineage_id = 0 and created_by = ?").param(CASEWORKER).update();
    }

    /**
     * The grants, set-based: grant {@code j} belongs to citizen {@code j mod citizens} (position {@code j div citizens + 1}).
     * The mix, by a hash of {@code j}: 18 % once a day (personal care), 10 % three times a week (personal care),
     * 30 % twice a week and 42 % once a week (either area); the shift is one the intervention may be granted in; the
     * provider is one approved for the area, by citizen and area (a citizen keeps one provider per area).
     */
    private int grants(Spec spec, long[] citizenIds, List<long[]> providers) {
        Long[] personal = providers.stream().filter(p -> p[1] == 1).map(p -> p[0]).toArray(Long[]::new);
        Long[] practical = providers.stream().filter(p -> p[2] == 1).map(p -> p[0]).toArray(Long[]::new);
        if (personal.length == 0 || practical.length == 0) {
            throw new IllegalStateException("No provider approved for personal care or practical help");
        }
        return jdbc.sql("""
                        with cat as (
                            select c.municipality_id, c.valid_from, c.version from catalog c
                            where c.municipality_id = :m and c.valid_from <= :day and (c.valid_to is null or c.valid_to >= :day)
                        ),
                        iv as (
                            select i.area_code, row_number() over (partition by i.area_code order by i.position) - 1 as k,
                                   count(*) over (partition by i.area_code) as n,
                                   i.code, i.name, a.name as area_name, a.legal_basis[1] as legal_basis, a.appealable,
                                   case when cardinality(i.shifts) = 0 then array['DAY', 'EVENING'] else i.shifts end as shifts,
                                   i.typical_minutes, cat.version, cat.valid_from
                            from cat join catalog_intervention i on i.municipality_id = cat.municipality_id
                                     and i.catalog_valid_from = cat.valid_from
                            join catalog_area a on a.municipality_id = i.municipality_id and a.catalog_valid_from = i.catalog_valid_from
                                     and a.code = i.area_code
                            where i.area_code = any (:areas)
                        ),
                        c as (
                            select row_number() over (order by d.citizen_id) - 1 as ci, d.id as decision_id
                            from decision d where d.citizen_id between :first and :last and d.created_by = :by
                        ),
                        j as (
                            select j, j % :citizens as ci, j / :citizens + 1 as position,
                                   abs(hashint8(j * 31 + :seed)) % 100 as mix, abs(hashint8(j * 17 + :seed + 1)) as h
                            from generate_series(0::bigint, cast(:grants as bigint) - 1) j
                        ),
                        p as (
                            select j.*, c.decision_id,
                                   case when mix < 28 then 0 when (h / 7) % 2 = 0 then 0 else 1 end as area_no,
                                   case when mix < 18 then 1 when mix < 28 then 3 when mix < 58 then 2 else 1 end as times,
                                   case when mix < 18 then 'DAY' else 'WEEK' end as per
                            from j join c on c.ci = j.ci
                        )
                        insert into decision_grant (decision_id, position, grant_key, version_no, carried_over, catalog_version,
                            catalog_valid_from, area_code, area_name, intervention_code, intervention_name, legal_basis,
                            appealable, times, per, shifts, minutes_per_delivery, start_on, end_on, goals, start_by,
                            weekly_minutes, rehabilitation_course, criteria_outcome, provider_id, provider_choice, effective_from)
                        select p.decision_id, p.position, md5(:seed || '/' || p.decision_id || '/' || p.position)::uuid, 1, false, iv.version, iv.valid_from,
                               iv.area_code, iv.area_name, iv.code, iv.name, iv.legal_basis, iv.appealable, p.times, p.per,
                               array[iv.shifts[1 + ((p.h / 11) % cardinality(iv.shifts))::integer]], m.minutes,
                               :day - (30 + (p.h / 13) % 700)::integer, cast(:endOn as date), null, null,
                               p.times * (case p.per when 'DAY' then 7 else 1 end) * m.minutes, false, 'NONE',
                               case p.area_no when 0 then (:personal::bigint[])[1 + ((p.ci + p.area_no) % cardinality(:personal::bigint[]))::integer]
                                              else (:practical::bigint[])[1 + ((p.ci + p.area_no) % cardinality(:practical::bigint[]))::integer] end,
                               'FREE_CHOICE', :day - (30 + (p.h / 13) % 700)::integer
                        from p
                        join iv on iv.area_code = (:areas)[1 + p.area_no::integer] and iv.k = (p.h / 3) % iv.n
                        cross join lateral (
                            select coalesce(iv.typical_minutes, case when p.area_no = 1
                                       then (array[30, 30, 45, 60, 20])[1 + ((p.h / 5) % 5)::integer]
                                       else (array[10, 15, 15, 20, 25, 30, 40, 45])[1 + ((p.h / 5) % 8)::integer] end) as minutes
                        ) m
                        order by p.decision_id, p.position""")
                .param("m", spec.municipalityId()).param("day", spec.firstDay()).param("areas", AREAS.toArray(String[]::new))
                .param("first", citizenIds[0]).param("last", citizenIds[citizenIds.length - 1]).param("by", CASEWORKER)
                .param("citizens", (long) spec.citizens()).param("grants", spec.grants()).param("seed", spec.seed())
                .param("personal", personal).param("practical", practical).param("endOn", spec.grantsEndOn())
                .update();
    }

    /** A hospital stay of 3–9 days in the period for 1 % of the citizens (the scan leaves those days out). */
    private int absences(Spec spec, long[] citizenIds) {
        return jdbc.sql("""
                        insert into absence (municipality_id, citizen_id, kind, from_on, to_on, note, cancelled,
                                             created_at, created_by, modified_at, modified_by, version)
                        select :m, c.id, 'HOSPITAL', :day + (abs(hashint8(c.id + :seed)) % :days)::integer,
                               :day + (abs(hashint8(c.id + :seed)) % :days)::integer + 2 + (c.id % 7)::integer,
                               'Indlagt (benchmark)', false, now(), :by, now(), :by, 0
                        from citizen c where c.id between :first and :last and c.created_by = :by
                          and abs(hashint8(c.id * 3 + :seed)) % 100 = 0""")
                .param("m", spec.municipalityId()).param("day", spec.firstDay()).param("days", spec.days())
                .param("seed", spec.seed()).param("by", CREATED_BY)
                .param("first", citizenIds[0]).param("last", citizenIds[citizenIds.length - 1]).update();
    }
}
