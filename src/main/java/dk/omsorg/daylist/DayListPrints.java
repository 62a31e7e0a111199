package dk.omsorg.daylist;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.NotFoundException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The day lists made ready each night and on demand (issue 21: "generated each night and on demand"): per provider
 * with visits in the days its municipality's rule covers, one print for all its districts and one per district, as
 * PDF and CSV, kept in {@code day_list_print} — a print made again the same day replaces it; prints older than
 * {@link #KEEP_DAYS} days are removed. Making a print is no one's read (not audited); downloading it is, per citizen.
 */
@Service
public class DayListPrints {

    static final int KEEP_DAYS = 7;
    static final String NIGHT = "system";
    private static final Logger log = LoggerFactory.getLogger(DayListPrints.class);

    private final JdbcClient jdbc;
    private final DayLists lists;
    private final DayListDocuments documents;
    private final CurrentUsers users;
    private final AuditLog audit;

    DayListPrints(JdbcClient jdbc, DayLists lists, DayListDocuments documents, CurrentUsers users, AuditLog audit) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.documents = documents;
        this.users = users;
        this.audit = audit;
    }

    /** A print as listed on the provider's page. */
    public record Print(long id, String district, LocalDate madeOn, LocalDate firstDay, LocalDate lastDay, Instant madeAt,
                        String madeBy, int citizens, int visits) {
    }

    @SchedulerLock(name = "day-list-prints", lockAtLeastFor = "PT5M")
    @Scheduled(cron = "${omsorg.day-list.nightly-cron:0 30 2 * * *}", zone = "Europe/Copenhagen")
    public void everyNight() {
        int made = makeAll(lists.today());
        log.info("Made {} day-list prints", made);
    }

    /** Makes the prints of every provider with visits on the list starting {@code first}; how many. */
    @Transactional
    public int makeAll(LocalDate first) {
        int made = 0;
        for (long providerId : jdbc.sql("select id from provider order by id").query(Long.class).list()) {
            made += make(providerId, first, NIGHT);
        }
        jdbc.sql("delete from day_list_print where made_on < ?").param(first.minusDays(KEEP_DAYS)).update();
        return made;
    }

    /** The user's provider makes its prints now (the same as the night's, replacing today's). */
    @RequireProvider
    @Transactional
    public int makeMine() {
        return make(users.current().providerId(), lists.today(), users.current().displayName());
    }

    private int make(long providerId, LocalDate first, String by) {
        DayList all = lists.of(providerId, first, null);
        if (all.districts().isEmpty()) {
            return 0;
        }
        List<DayList> prints = new ArrayList<>();
        prints.add(all);
        if (all.districts().size() > 1) {
            all.districts().forEach(d -> prints.add(new DayList(all.providerName(), all.first(), all.from(), all.to(), d.code(),
                    List.of(d))));
        }
        int municipalityId = jdbc.sql("select municipality_id from provider where id = ?").param(providerId).query(Integer.class).single();
        for (DayList p : prints) {
            jdbc.sql("""
                            insert into day_list_print (municipality_id, provider_id, district, made_on, first_day, last_day, made_at,
                                                        made_by, citizens, visits, pdf, csv)
                            values (?, ?, ?, ?, ?, ?, now(), ?, ?, ?, ?, ?)
                            on conflict (provider_id, district, made_on) do update set first_day = excluded.first_day,
                                last_day = excluded.last_day, made_at = excluded.made_at, made_by = excluded.made_by,
                                citizens = excluded.citizens, visits = excluded.visits, pdf = excluded.pdf, csv = excluded.csv""")
                    .params(municipalityId, providerId, p.district() == null ? "" : p.district(), first, p.from(), p.to(), by,
                            p.citizenIds().toArray(Long[]::new), p.visitCount(), documents.pdf(p), documents.csv(p))
                    .update();
        }
        return prints.size();
    }

    /** The user's provider's prints, the newest day first, all districts before each district. */
    @RequireProvider
    public List<Print> mine() {
        return jdbc.sql("""
                        select id, district, made_on, first_day, last_day, made_at, made_by, cardinality(citizens), visits
                        from day_list_print where provider_id = ? order by made_on desc, district""")
                .param(users.current().providerId())
                .query((rs, n) -> new Print(rs.getLong(1), rs.getString(2).isEmpty() ? null : rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getInt(8), rs.getInt(9)))
                .list();
    }

    /** A print's file ("pdf" or "csv") with its name; another provider's print → not found. Audited per citizen. */
    @RequireProvider
    @Transactional
    public File download(long printId, String kind) {
        boolean pdf = "pdf".equals(kind);
        var found = jdbc.sql("select district, first_day, last_day, citizens, " + (pdf ? "pdf" : "csv")
                        + " from day_list_print where id = ? and provider_id = ?")
                .params(printId, users.current().providerId())
                .query((rs, n) -> {
                    Long[] citizens = (Long[]) rs.getArray(4).getArray();
                    String district = rs.getString(1);
                    String name = DayListDocuments.fileName(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                            district, pdf ? "pdf" : "csv");
                    return new File(name, rs.getBytes(5), List.of(citizens));
                }).optional().orElseThrow(() -> new NotFoundException("dayList.print.notFound"));
        audit.readAll(found.citizens(), DayLists.RESOURCE, printId);
        return found;
    }

    public record File(String name, byte[] body, List<Long> citizens) {
    }
}
