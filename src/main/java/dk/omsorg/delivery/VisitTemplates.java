package dk.omsorg.delivery;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.delivery.internal.VisitTables;
import dk.omsorg.provider.Providers;
import dk.omsorg.provider.Providers.GrantDay;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.web.Downloads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The provider's template for a visit file (docs/visit-import-format.md): for a week, one line of delivered time to
 * fill in per planned visit of each grant it delivers — or, for a grant without planned visits that week, per
 * expected delivery — dated up to today (a delivered visit cannot lie in the future). In the import format, so the
 * file filled in (start time and minutes, or a reason it was not delivered) imports as it is. Minutes are left empty
 * on purpose: a template uploaded unfilled is refused line by line instead of claiming deliveries that were not made.
 * Only the provider's own citizens; reading them is audited like the week view.
 */
@Service
@RequireProvider
@Transactional
public class VisitTemplates {

    static final String TEMPLATE = "visit-template";

    private final VisitTables tables;
    private final Providers providers;
    private final Decisions decisions;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final Period recentlyEnded;

    VisitTemplates(VisitTables tables, Providers providers, Decisions decisions, CurrentUsers users, AuditLog audit, Clock clock,
                   @Value("${omsorg.provider.recently-ended:P3M}") Period recentlyEnded) {
        this.tables = tables;
        this.providers = providers;
        this.decisions = decisions;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.recentlyEnded = recentlyEnded;
    }

    /** One line of the template: a delivery to register, with the planned start time when a planned visit gives one. */
    public record Line(long citizenId, String visitId, UUID grantKey, LocalDate date, LocalTime startTime) {
    }

    /** The lines for the week (Monday to Sunday) containing {@code date}, by citizen, grant and day. */
    public List<Line> lines(LocalDate date) {
        CurrentUser user = users.current();
        if (!user.isProvider() || user.providerId() == null) {
            throw new AccessDeniedException("Not a provider user");
        }
        long providerId = user.providerId();
        LocalDate today = LocalDate.ofInstant(clock.instant(), DanishTime.ZONE);
        LocalDate monday = date.with(DayOfWeek.MONDAY);
        // the whole week, so a weekly grant's deliveries are spread over it as planned; then the days up to today
        List<LocalDate> days = monday.datesUntil(monday.plusDays(7)).toList();
        List<Line> lines = new ArrayList<>();
        if (monday.isAfter(today)) {
            return lines;
        }
        Map<UUID, List<Visit>> planned = new HashMap<>();
        for (Visit v : tables.find(user.municipalityId(), providerId, null, null, monday, monday.plusDays(6), null)) {
            if (v.kind().equals("PLANNED")) {
                planned.computeIfAbsent(v.grantKey(), k -> new ArrayList<>()).add(v);
            }
        }
        Set<Long> read = new TreeSet<>();
        for (long citizenId : new TreeSet<>(providers.citizensServedBy(providerId, today, recentlyEnded))) {
            List<Grant> grants = new ArrayList<>();
            for (Decision decision : decisions.storedForCitizen(user.municipalityId(), citizenId)) {
                if (decision.isCurrent()) {
                    // only grants in time have visits; money, pools and places (seed 001) are not delivered as visits
                    decision.grants().stream().filter(Grant::inTime).forEach(grants::add);
                }
            }
            Set<GrantDay> asked = new HashSet<>();
            for (Grant g : grants) {
                days.stream().filter(d -> !d.isBefore(g.start()) && (g.end() == null || !d.isAfter(g.end())))
                        .forEach(d -> asked.add(new GrantDay(g.grantKey(), d)));
            }
            Map<GrantDay, Long> delivering = providers.deliveringGrants(asked);
            for (Grant g : grants) {
                List<LocalDate> ours = days.stream()
                        .filter(d -> Long.valueOf(providerId).equals(delivering.get(new GrantDay(g.grantKey(), d)))).toList();
                List<Line> of = linesOf(citizenId, g, ours, planned.getOrDefault(g.grantKey(), List.of())).stream()
                        .filter(l -> !l.date().isAfter(today)).toList();
                if (!of.isEmpty()) {
                    read.add(citizenId);
                    lines.addAll(of);
                }
            }
        }
        audit.readAll(read, TEMPLATE, monday);
        return lines;
    }

    /** The template as a CSV file the import reads back: UTF-8 with a byte-order mark, semicolons, the import's header. */
    public byte[] csv(LocalDate date) {
        List<List<Object>> rows = new ArrayList<>();
        for (Line l : lines(date)) {
            rows.add(java.util.Arrays.asList(l.visitId(), l.grantKey().toString(), "DELIVERED", l.date().toString(),
                    l.startTime() == null ? null : l.startTime().format(DateTimeFormatter.ofPattern("HH:mm")), null, null, null));
        }
        return Downloads.csv(VisitTables.COLUMNS, rows);
    }

    private static List<Line> linesOf(long citizenId, Grant g, List<LocalDate> ours, List<Visit> planned) {
        List<Visit> plannedOnOurDays = planned.stream().filter(v -> ours.contains(v.date())).toList();
        List<Line> lines = new ArrayList<>();
        Map<LocalDate, Integer> perDay = new HashMap<>();
        if (!plannedOnOurDays.isEmpty()) {
            for (Visit v : plannedOnOurDays) {
                lines.add(new Line(citizenId, visitId(g, v.date(), perDay.merge(v.date(), 1, Integer::sum)), g.grantKey(),
                        v.date(), v.startTime()));
            }
            return lines;
        }
        for (LocalDate d : expectedDeliveries(g, ours)) {
            lines.add(new Line(citizenId, visitId(g, d, perDay.merge(d, 1, Integer::sum)), g.grantKey(), d, null));
        }
        return lines;
    }

    /**
     * The days of a grant's expected deliveries among {@code days} (the days of the week the provider delivers it, in
     * order), one entry per delivery: {@code times} per day or per week in each of the grant's shifts (as its weekly
     * minutes count them), a weekly grant's deliveries spread evenly over the days; a grant every k-th day or week only
     * on the days or in the weeks counted from its start ("hver 3. uge": every third week from the start's week); a
     * monthly grant's deliveries spread over the month's first four weeks. A grant per year has no week it is due in:
     * its lines come from the provider's planned visits only.
     */
    static List<LocalDate> expectedDeliveries(Grant g, List<LocalDate> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        int count = g.times() * Math.max(1, g.shifts().size());
        LocalDate monday = days.get(0).with(java.time.DayOfWeek.MONDAY);
        List<LocalDate> out = new ArrayList<>();
        switch (g.per()) {
            case DAY -> days.stream()
                    .filter(d -> java.time.temporal.ChronoUnit.DAYS.between(g.start(), d) % g.every() == 0)
                    .forEach(d -> {
                        for (int i = 0; i < count; i++) {
                            out.add(d);
                        }
                    });
            case WEEK -> {
                long weeks = java.time.temporal.ChronoUnit.WEEKS.between(g.start().with(java.time.DayOfWeek.MONDAY), monday);
                if (weeks % g.every() == 0) {
                    for (int k = 0; k < count; k++) {
                        out.add(days.get(k * days.size() / count));
                    }
                }
            }
            case MONTH -> {
                long months = java.time.temporal.ChronoUnit.MONTHS.between(g.start().withDayOfMonth(1),
                        days.get(0).withDayOfMonth(1));
                int weekOfMonth = (days.get(0).getDayOfMonth() - 1) / 7;
                if (months % g.every() == 0 && weekOfMonth < 4) {
                    for (int k = 0; k < count; k++) {
                        if (k * 4 / count == weekOfMonth) {
                            out.add(days.get(k % days.size()));
                        }
                    }
                }
            }
            case YEAR -> {
                // no week of the year is the one: the provider plans it
            }
        }
        return out;
    }

    /** The same id for the same delivery in every download, so a template imported twice replaces, not doubles. */
    private static String visitId(Grant g, LocalDate day, int n) {
        return "L-" + day + "-" + g.grantKey() + "-" + n;
    }
}
