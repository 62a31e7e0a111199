package dk.omsorg.notice.api;

import dk.omsorg.notice.CitizenCard;
import dk.omsorg.notice.GrantSnapshot;
import dk.omsorg.notice.GrantStart;
import dk.omsorg.notice.Notice;
import dk.omsorg.notice.ProviderCard;
import dk.omsorg.notice.Views.DeliveredGrant;
import dk.omsorg.notice.Views.NoticeLine;
import dk.omsorg.notice.Views.ProviderCitizen;
import dk.omsorg.notice.Views.StartLine;
import dk.omsorg.shared.web.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The notice API's records: what goes over the wire, never the stored rows. */
final class NoticeDtos {

    private NoticeDtos() {
    }

    record CitizenDto(long id, String name, String address, String phone) {
        static CitizenDto of(CitizenCard c) {
            return new CitizenDto(c.id(), c.name(), c.address(), c.phone());
        }
    }

    record ProviderDto(long id, String name, String phone, String email) {
        static ProviderDto of(ProviderCard p) {
            return new ProviderDto(p.id(), p.name(), p.phone(), p.email());
        }
    }

    record ChangeDto(String field, String label, String before, String after) {
    }

    /**
     * @param urgent         seed 002: sent after the municipality's time and to take effect the same day;
     *                       the caseworker phones the provider
     * @param waitingMinutes how long it has waited for acknowledgement
     */
    record NoticeDto(long id, String direction, String kind, String kindText, CitizenDto citizen, ProviderDto provider,
                     Long decisionId, UUID grantKey, GrantSnapshot before, GrantSnapshot after, List<ChangeDto> changes,
                     LocalDate effectiveOn, boolean urgent, boolean afterComplaint, boolean minorAdjustment, String text,
                     String caseworker, Instant createdAt, boolean acknowledged, Instant acknowledgedAt,
                     String acknowledgedBy, long waitingMinutes, StartDto start) {

        static NoticeDto of(NoticeLine line, Messages messages) {
            Notice n = line.notice();
            return new NoticeDto(n.id(), n.direction().name(), n.kind().name(), messages.text("notice.kind." + n.kind()),
                    CitizenDto.of(line.citizen()), ProviderDto.of(line.provider()), n.decisionId(), n.grantKey(),
                    n.before(), n.after(), n.changes().stream().map(c -> new ChangeDto(c.field(),
                            messages.text("notice.field." + c.field()), c.before(), c.after())).toList(),
                    n.effectiveOn(), n.urgent(), n.afterComplaint(), n.minorAdjustment(), n.text(), n.caseworker(),
                    n.createdAt(), n.acknowledged(), n.acknowledgedAt(), n.acknowledgedBy(), line.waiting().toMinutes(),
                    line.start() == null ? null : StartDto.of(line.start(), null));
        }
    }

    /** A start deadline; {@code status} WAITING, OVERDUE, STARTED, STARTED_LATE or CANCELLED. */
    record StartDto(long id, UUID grantKey, String interventionName, LocalDate grantStart, LocalDate dueOn,
                    String deadlineText, LocalDate startedOn, String status, Boolean breached, CitizenDto citizen,
                    ProviderDto provider) {

        static StartDto of(GrantStart s, GrantStart.Status status) {
            return new StartDto(s.id(), s.grantKey(), s.interventionName(), s.grantStart(), s.dueOn(), s.deadlineText(),
                    s.startedOn(), status == null ? null : status.name(),
                    status == null ? null : status == GrantStart.Status.OVERDUE || status == GrantStart.Status.STARTED_LATE,
                    null, null);
        }

        static StartDto of(StartLine line) {
            GrantStart s = line.start();
            return new StartDto(s.id(), s.grantKey(), s.interventionName(), s.grantStart(), s.dueOn(), s.deadlineText(),
                    s.startedOn(), line.status().name(), line.breached(), CitizenDto.of(line.citizen()),
                    ProviderDto.of(line.provider()));
        }
    }

    /** A grant the provider delivers, with its goals; {@code status} ACTIVE, UPCOMING, ENDED or HANDED_OVER. */
    record DeliveredGrantDto(GrantSnapshot grant, String status, LocalDate from, LocalDate until, StartDto start) {
        static DeliveredGrantDto of(DeliveredGrant g) {
            return new DeliveredGrantDto(g.grant(), g.status().name(), g.from(), g.until(),
                    g.start() == null ? null : StartDto.of(g.start(), null));
        }
    }

    record ProviderCitizenDto(CitizenDto citizen, List<DeliveredGrantDto> grants, List<NoticeDto> notices,
                              List<NoticeDto> sent) {
        static ProviderCitizenDto of(ProviderCitizen view, Messages messages) {
            return new ProviderCitizenDto(CitizenDto.of(view.citizen()),
                    view.grants().stream().map(DeliveredGrantDto::of).toList(),
                    view.notices().stream().map(l -> NoticeDto.of(l, messages)).toList(),
                    view.sent().stream().map(l -> NoticeDto.of(l, messages)).toList());
        }
    }

    record StartBody(LocalDate startedOn) {
    }

    /** A notice from the provider: CONDITION_CHANGED, CANNOT_DELIVER or DEATH, with the provider's text. */
    record ReportBody(String kind, UUID grantKey, String text) {
    }
}
