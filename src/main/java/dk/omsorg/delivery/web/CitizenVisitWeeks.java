package dk.omsorg.delivery.web;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.provider.Provider;
import dk.omsorg.provider.Providers;
import dk.omsorg.provider.Providers.GrantDay;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.ValueRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen's planned and delivered visits in one ISO week as municipal staff see them: every current grant
 * running that week, per day the planned and delivered minutes and the visits not delivered with their reasons,
 * and the week's totals against the granted minutes. Only the user's municipality (another's citizen: 403,
 * audited); the read is audited.
 */
@Component
@RequireCitizenAccess
public class CitizenVisitWeeks {

    static final String RESOURCE = "citizen-visits";
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");

    private final Citizens citizens;
    private final Decisions decisions;
    private final Providers providers;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    CitizenVisitWeeks(Citizens citizens, Decisions decisions, Providers providers, CurrentUsers users, AuditLog audit,
                      JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.citizens = citizens;
        this.decisions = decisions;
        this.providers = providers;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** A visit as shown to staff. */
    public record StaffVisit(UUID grantKey, LocalDate date, String kind, LocalTime startTime, String shift, int minutes,
                      String notDeliveredReason, String providerName, String externalId) {
    }

    /** One grant on one day: who delivers it, planned and delivered minutes, visits not delivered by reason. */
    public record Day(LocalDate date, boolean running, String providerName, int planned, int delivered,
               Map<String, Integer> notDelivered) {
    }

    /**
     * A grant's week. {@code grantedThisWeek} is, summed over the days of the week the grant runs, the weekly minutes
     * of the version in effect that day, ÷ 7, rounded half up (the weekly minutes in a full week without a change).
     */
    public record GrantWeek(UUID grantKey, String interventionName, String legalBasis, String frequency, int minutesPerDelivery,
                     int weeklyMinutes, int grantedThisWeek, List<Day> days, int planned, int delivered, int notDelivered) {

        public int deviation() {
            return delivered - grantedThisWeek;
        }
    }

    public record Week(Citizen citizen, String isoWeek, LocalDate monday, List<LocalDate> days, String previous, String next,
                List<GrantWeek> grants, List<StaffVisit> visits) {
    }

    /** The ISO week's Monday, e.g. "2026-W05"; null or blank: this week. */
    static LocalDate monday(String week, LocalDate today) {
        if (week == null || week.isBlank()) {
            return today.with(DayOfWeek.MONDAY);
        }
        Matcher m = WEEK.matcher(week.strip());
        if (!m.matches()) {
            throw new InvalidInputException("week", "citizenVisits.week.invalid", week.strip());
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        LocalDate midYear = LocalDate.of(year, 7, 1);
        ValueRange weeks = midYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        if (!weeks.isValidIntValue(number)) {
            throw new InvalidInputException("week", "citizenVisits.week.invalid", week.strip());
        }
        return midYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
    }

    static String isoWeek(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Transactional
    public Week week(long citizenId, String isoWeek) {
        int municipalityId = users.current().municipalityId();
        Citizen citizen = citizens.accessible(citizenId);
        LocalDate monday = monday(isoWeek, LocalDate.ofInstant(clock.instant(), DanishTime.ZONE));
        LocalDate sunday = monday.plusDays(6);
        List<LocalDate> days = monday.datesUntil(monday.plusDays(7)).toList();
        audit.read(citizenId, RESOURCE, isoWeek(monday));

        List<Grant> grants = new ArrayList<>();
        // every version of each grant (superseded decisions too): the weekly minutes in effect on a day
        Map<UUID, Map<Integer, Grant>> versions = new HashMap<>();
        List<Decision> stored = decisions.storedForCitizen(municipalityId, citizenId);
        stored.forEach(d -> d.grants().forEach(g -> versions.computeIfAbsent(g.grantKey(), k -> new HashMap<>())
                .putIfAbsent(g.versionNo(), g)));
        for (Decision decision : stored) {
            if (decision.isCurrent()) {
                decision.grants().stream()
                        .filter(g -> !g.start().isAfter(sunday) && (g.end() == null || !g.end().isBefore(monday)))
                        .forEach(grants::add);
            }
        }
        grants.sort(java.util.Comparator.comparing(Grant::interventionName).thenComparing(Grant::start));
        Set<GrantDay> asked = new HashSet<>();
        grants.forEach(g -> days.stream().filter(d -> runs(g, d)).forEach(d -> asked.add(new GrantDay(g.grantKey(), d))));
        Map<GrantDay, Long> delivering = providers.deliveringGrants(asked);
        Map<Long, String> names = new HashMap<>();
        delivering.values().stream().distinct().forEach(id -> names.put(id, providers.get(id).name()));

        List<StaffVisit> visits = jdbc.sql("""
                        select v.grant_key, v.visit_date, v.kind, v.start_time, v.shift, v.minutes, v.not_delivered_reason,
                               p.name as provider_name, v.external_id
                        from visit v join provider p on p.id = v.provider_id
                        where v.municipality_id = ? and v.citizen_id = ? and v.visit_date between ? and ?
                        order by v.visit_date, v.start_time nulls first, v.kind desc, v.external_id""")
                .params(municipalityId, citizenId, monday, sunday)
                .query((rs, n) -> new StaffVisit(rs.getObject("grant_key", UUID.class), rs.getObject("visit_date", LocalDate.class),
                        rs.getString("kind"), rs.getObject("start_time", LocalTime.class), rs.getString("shift"),
                        rs.getInt("minutes"), rs.getString("not_delivered_reason"), rs.getString("provider_name"),
                        rs.getString("external_id")))
                .list();

        List<GrantWeek> weeks = new ArrayList<>();
        for (Grant g : grants) {
            List<Day> perDay = new ArrayList<>();
            int minuteDays = 0;
            for (LocalDate d : days) {
                boolean running = runs(g, d);
                minuteDays += running ? weeklyMinutesOn(versions.get(g.grantKey()).values(), g, d) : 0;
                Long provider = delivering.get(new GrantDay(g.grantKey(), d));
                int planned = 0;
                int delivered = 0;
                Map<String, Integer> notDelivered = new LinkedHashMap<>();
                for (StaffVisit v : visits) {
                    if (v.grantKey().equals(g.grantKey()) && v.date().equals(d)) {
                        if (v.kind().equals("PLANNED")) {
                            planned += v.minutes();
                        } else if (v.notDeliveredReason() == null) {
                            delivered += v.minutes();
                        } else {
                            notDelivered.merge(v.notDeliveredReason(), 1, Integer::sum);
                        }
                    }
                }
                perDay.add(new Day(d, running, provider == null ? null : names.get(provider), planned, delivered, notDelivered));
            }
            int granted = (int) Math.round(minuteDays / 7.0);
            weeks.add(new GrantWeek(g.grantKey(), g.interventionName(), g.legalBasis(), g.frequency(), g.minutesPerDelivery(),
                    g.weeklyMinutes(), granted, perDay, perDay.stream().mapToInt(Day::planned).sum(),
                    perDay.stream().mapToInt(Day::delivered).sum(),
                    perDay.stream().mapToInt(d -> d.notDelivered().values().stream().mapToInt(Integer::intValue).sum()).sum()));
        }
        return new Week(citizen, isoWeek(monday), monday, days, isoWeek(monday.minusWeeks(1)), isoWeek(monday.plusWeeks(1)),
                weeks, visits);
    }

    /** The weekly minutes of the version in effect on the day: the highest version that took effect by then. */
    static int weeklyMinutesOn(java.util.Collection<Grant> versions, Grant current, LocalDate day) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(day))
                .max(java.util.Comparator.comparingInt(Grant::versionNo)).orElse(current).weeklyMinutes();
    }

    private static boolean runs(Grant g, LocalDate d) {
        return !d.isBefore(g.start()) && (g.end() == null || !d.isAfter(g.end()));
    }
}
