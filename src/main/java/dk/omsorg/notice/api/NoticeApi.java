package dk.omsorg.notice.api;

import dk.omsorg.notice.CaseworkerNotices;
import dk.omsorg.notice.CaseworkerNotices.CitizenNotices;
import dk.omsorg.notice.api.NoticeDtos.NoticeDto;
import dk.omsorg.notice.api.NoticeDtos.StartDto;
import dk.omsorg.shared.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalTime;
import java.util.List;

/** The authority's view of the notices over REST (municipal staff, own municipality). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Advis", description = "Notices to and from providers, start deadlines")
class NoticeApi {

    private final CaseworkerNotices notices;
    private final Messages messages;

    NoticeApi(CaseworkerNotices notices, Messages messages) {
        this.notices = notices;
        this.messages = messages;
    }

    @GetMapping("/notices/unacknowledged")
    @Operation(summary = "Notices to providers not yet acknowledged, urgent first, then oldest first, with how long they have waited")
    List<NoticeDto> unacknowledged() {
        return notices.unacknowledged().stream().map(l -> NoticeDto.of(l, messages)).toList();
    }

    @GetMapping("/notices/from-providers")
    @Operation(summary = "Notices from providers: the caller's own (decisions the caller made); all=true for the municipality's")
    List<NoticeDto> fromProviders(@RequestParam(defaultValue = "false") boolean all) {
        return notices.fromProviders(all).stream().map(l -> NoticeDto.of(l, messages)).toList();
    }

    @PostMapping("/notices/{id}/acknowledgement")
    @Operation(summary = "Acknowledge a notice from a provider (visitator)")
    NoticeDto acknowledge(@PathVariable long id) {
        return NoticeDto.of(notices.acknowledge(id), messages);
    }

    record CitizenNoticesDto(long citizenId, List<NoticeDto> toProviders, List<NoticeDto> fromProviders,
                             List<StartDto> starts, List<NoticeDto> toPhone, LocalTime phoneAfter) {
    }

    @GetMapping("/citizens/{citizenId}/notices")
    @Operation(summary = "The citizen's notices both ways, start deadlines, and the urgent notices to phone the provider about")
    CitizenNoticesDto forCitizen(@PathVariable long citizenId) {
        CitizenNotices view = notices.forCitizen(citizenId);
        return new CitizenNoticesDto(citizenId, view.toProviders().stream().map(l -> NoticeDto.of(l, messages)).toList(),
                view.fromProviders().stream().map(l -> NoticeDto.of(l, messages)).toList(),
                view.starts().stream().map(StartDto::of).toList(),
                view.toPhone().stream().map(l -> NoticeDto.of(l, messages)).toList(), view.phoneAfter());
    }

    @GetMapping("/start-deadlines")
    @Operation(summary = "Start deadlines in the municipality; breached=true for those overdue or started late")
    List<StartDto> startDeadlines(@RequestParam(defaultValue = "false") boolean breached) {
        return notices.startDeadlines(breached).stream().map(StartDto::of).toList();
    }
}
