package dk.omsorg.hospital.internal;

import dk.omsorg.delivery.Absence;
import dk.omsorg.delivery.SystemAbsences;
import dk.omsorg.hospital.HospitalActivity;
import dk.omsorg.hospital.HospitalActivity.Event;
import dk.omsorg.hospital.HospitalActivity.Variant;
import dk.omsorg.hospital.HospitalNotification;
import dk.omsorg.shared.DanishTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hospital stay as its messages describe it so far, and the citizen's hospital absences derived from it. Each
 * message changes the stay (a revise replaces what the earlier message said, a cancel removes it), then the absences
 * are made to match the stay: so a message changes exactly what it said, and messages that arrive out of order still
 * end in the right absences.
 *
 * <p>A day is an absence day when the citizen spends its end in hospital (seed 002 "Fravær": the help pauses while
 * the citizen is hospitalised): the admission day is one, the discharge day is not, the day a leave starts is not
 * (home that evening) and the day it ends is (back that evening).
 */
@Component
class HospitalEpisodes {

    private final JdbcClient jdbc;
    private final SystemAbsences absences;
    private final Clock clock;

    HospitalEpisodes(JdbcClient jdbc, SystemAbsences absences, Clock clock) {
        this.jdbc = jdbc;
        this.absences = absences;
        this.clock = clock;
    }

    /** What applying a message did. {@code outOfOrder}: it builds on a message not received (Danish reason). */
    record Applied(long episodeRowId, Optional<String> outOfOrder, boolean discharged, boolean dischargeCancelled) {
    }

    Applied apply(int municipalityId, long citizenId, HospitalNotification n, String by) {
        long episode = lockEpisode(municipalityId, citizenId, n.episodeId());
        Stay stay = stay(episode);
        String outOfOrder = null;
        HospitalActivity a = n.activity();
        boolean discharged = false;
        boolean dischargeCancelled = false;
        switch (a.event()) {
            case ADMIT -> {
                if (a.variant() == Variant.CANCEL) {
                    update(episode, "admitted_at = null, admission_header = null");
                } else {
                    if (a.variant() == Variant.REVISE && stay.admittedAt == null) {
                        outOfOrder = "Rettelsen kom, før sygehuset havde meldt borgeren indlagt.";
                    }
                    jdbc.sql("update hospital_episode set admitted_at = ?, admission_header = ?, emergency = ? where id = ?")
                            .params(ts(n.start()), n.headerId(), a.emergency(), episode).update();
                }
            }
            case START_LEAVE -> outOfOrder = startLeave(episode, stay, n);
            case END_LEAVE -> outOfOrder = endLeave(episode, stay, n);
            case DISCHARGE -> {
                if (a.variant() == Variant.CANCEL) {
                    update(episode, "discharged_at = null, discharge_header = null");
                    dischargeCancelled = true;
                } else {
                    if (stay.admittedAt == null) {
                        outOfOrder = "Udskrivelsen kom, før sygehuset havde meldt borgeren indlagt.";
                    }
                    jdbc.sql("update hospital_episode set discharged_at = ?, discharge_header = ? where id = ?")
                            .params(ts(n.end()), n.headerId(), episode).update();
                    discharged = a.variant() == Variant.NEW;
                }
            }
        }
        if (n.deceased()) {
            jdbc.sql("update hospital_episode set deceased = true, discharged_at = coalesce(?, discharged_at, admitted_at) where id = ?")
                    .params(ts(n.end()), episode).update();
        }
        jdbc.sql("update hospital_episode set modified_at = ? where id = ?").params(Timestamp.from(Instant.now(clock)), episode).update();
        sync(municipalityId, citizenId, episode, stay(episode), n.sender(), by);
        return new Applied(episode, Optional.ofNullable(outOfOrder), discharged && !n.deceased(), dischargeCancelled);
    }

    private String startLeave(long episode, Stay stay, HospitalNotification n) {
        String outOfOrder = stay.admittedAt == null ? "Orloven kom, før sygehuset havde meldt borgeren indlagt." : null;
        switch (n.activity().variant()) {
            case NEW -> jdbc.sql("insert into hospital_leave (episode_id, start_at, start_header) values (?, ?, ?)")
                    .params(episode, ts(n.leaveStart()), n.headerId()).update();
            case REVISE -> {
                Optional<Leave> leave = leave(stay, l -> Objects.equals(l.startHeader, n.refersTo()));
                if (leave.isEmpty()) {
                    return "Rettelsen af orloven henviser til en orlov, der ikke er modtaget.";
                }
                jdbc.sql("update hospital_leave set start_at = ?, start_header = ? where id = ?")
                        .params(ts(n.leaveStart()), n.headerId(), leave.get().id).update();
            }
            case CANCEL -> {
                Optional<Leave> leave = leave(stay, l -> Objects.equals(l.startHeader, n.refersTo()));
                if (leave.isEmpty()) {
                    return "Annulleringen af orloven henviser til en orlov, der ikke er modtaget.";
                }
                jdbc.sql("delete from hospital_leave where id = ?").param(leave.get().id).update();
            }
        }
        return outOfOrder;
    }

    private String endLeave(long episode, Stay stay, HospitalNotification n) {
        switch (n.activity().variant()) {
            case NEW -> {
                // the leave period carries both ends: find the leave by its start, else the open one
                Optional<Leave> leave = leave(stay, l -> l.startAt != null && l.startAt.equals(n.leaveStart()))
                        .or(() -> leave(stay, l -> l.endAt == null));
                if (leave.isEmpty()) {
                    jdbc.sql("insert into hospital_leave (episode_id, start_at, end_at, end_header) values (?, ?, ?, ?)")
                            .params(episode, ts(n.leaveStart()), ts(n.leaveEnd()), n.headerId()).update();
                    return "Slut på orlov kom, før sygehuset havde meldt orloven.";
                }
                jdbc.sql("update hospital_leave set end_at = ?, end_header = ? where id = ?")
                        .params(ts(n.leaveEnd()), n.headerId(), leave.get().id).update();
            }
            case REVISE, CANCEL -> {
                Optional<Leave> leave = leave(stay, l -> Objects.equals(l.endHeader, n.refersTo()));
                if (leave.isEmpty()) {
                    return "Beskeden henviser til en slut på orlov, der ikke er modtaget.";
                }
                boolean cancel = n.activity().variant() == Variant.CANCEL;
                jdbc.sql("update hospital_leave set end_at = ?, end_header = ? where id = ?")
                        .params(cancel ? null : ts(n.leaveEnd()), cancel ? null : n.headerId(), leave.get().id).update();
            }
        }
        return null;
    }

    /** Makes the episode's registered absences the ones its stay gives: unchanged ones are kept, others cancelled. */
    private void sync(int municipalityId, long citizenId, long episode, Stay stay, String sender, String by) {
        List<Days> wanted = days(stay);
        List<Long> existing = jdbc.sql("""
                        select l.absence_id from hospital_episode_absence l join absence a on a.id = l.absence_id
                        where l.episode_id = ? and not a.cancelled order by a.from_on""")
                .param(episode).query(Long.class).list();
        List<Days> kept = new ArrayList<>();
        for (long id : existing) {
            Absence absence = absences.find(id);
            Days days = new Days(absence.from(), absence.to());
            if (wanted.contains(days) && !kept.contains(days)) {
                kept.add(days);
            } else {
                absences.cancel(citizenId, id, by);
            }
        }
        String note = sender == null ? "Sygehusadvis" : "Sygehusadvis fra " + sender;
        for (Days days : wanted) {
            if (!kept.contains(days)) {
                long id = absences.register(municipalityId, citizenId, Absence.Kind.HOSPITAL, days.from(), days.to(), note, by);
                jdbc.sql("insert into hospital_episode_absence (episode_id, absence_id) values (?, ?)").params(episode, id).update();
            }
        }
    }

    /** The absence periods of a stay: [admission day, discharge day) without the leaves' [start day, end day). */
    static List<Days> days(Stay stay) {
        if (stay.admittedAt == null) {
            return List.of();
        }
        LocalDate from = day(stay.admittedAt);
        LocalDate until = stay.dischargedAt == null ? null : day(stay.dischargedAt);   // exclusive
        List<Days> periods = new ArrayList<>();
        List<Leave> leaves = stay.leaves.stream().filter(l -> l.startAt != null)
                .sorted(java.util.Comparator.comparing(l -> l.startAt)).toList();
        LocalDate cursor = from;
        for (Leave leave : leaves) {
            LocalDate leaveFrom = day(leave.startAt);
            LocalDate leaveUntil = leave.endAt == null ? null : day(leave.endAt);
            if (leaveFrom.isAfter(cursor)) {
                LocalDate end = until != null && until.isBefore(leaveFrom) ? until : leaveFrom;
                if (end.isAfter(cursor)) {
                    periods.add(new Days(cursor, end.minusDays(1)));
                }
            }
            if (leaveUntil == null) {
                return periods;       // on leave until the hospital says otherwise
            }
            if (leaveUntil.isAfter(cursor)) {
                cursor = leaveUntil;
            }
        }
        if (until == null) {
            periods.add(new Days(cursor, null));
        } else if (until.isAfter(cursor)) {
            periods.add(new Days(cursor, until.minusDays(1)));
        }
        return periods;
    }

    /** Inclusive days; {@code to} null = until further notice. */
    record Days(LocalDate from, LocalDate to) {
    }

    record Leave(long id, Instant startAt, String startHeader, Instant endAt, String endHeader) {
    }

    record Stay(Instant admittedAt, Instant dischargedAt, List<Leave> leaves) {
    }

    private long lockEpisode(int municipalityId, long citizenId, String episodeId) {
        jdbc.sql("""
                        insert into hospital_episode (municipality_id, citizen_id, episode_id, modified_at) values (?, ?, ?, ?)
                        on conflict (municipality_id, citizen_id, episode_id) do nothing""")
                .params(municipalityId, citizenId, episodeId, Timestamp.from(Instant.now(clock))).update();
        // one message of a stay at a time: a resent or concurrent message waits here
        return jdbc.sql("select id from hospital_episode where municipality_id = ? and citizen_id = ? and episode_id = ? for update")
                .params(municipalityId, citizenId, episodeId).query(Long.class).single();
    }

    private Stay stay(long episode) {
        List<Leave> leaves = jdbc.sql("select * from hospital_leave where episode_id = ? order by id").param(episode)
                .query((rs, i) -> new Leave(rs.getLong("id"), instant(rs.getTimestamp("start_at")), rs.getString("start_header"),
                        instant(rs.getTimestamp("end_at")), rs.getString("end_header"))).list();
        return jdbc.sql("select admitted_at, discharged_at from hospital_episode where id = ?").param(episode)
                .query((rs, i) -> new Stay(instant(rs.getTimestamp("admitted_at")), instant(rs.getTimestamp("discharged_at")), leaves))
                .single();
    }

    private static Optional<Leave> leave(Stay stay, java.util.function.Predicate<Leave> which) {
        List<Leave> matching = stay.leaves.stream().filter(which).toList();
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
    }

    private void update(long episode, String set) {
        jdbc.sql("update hospital_episode set " + set + " where id = ?").param(episode).update();
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(DanishTime.ZONE).toLocalDate();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
