package dk.omsorg.notice.api;

import dk.omsorg.notice.NoticeKind;
import dk.omsorg.notice.ProviderInbox;
import dk.omsorg.notice.api.NoticeDtos.CitizenDto;
import dk.omsorg.notice.api.NoticeDtos.NoticeDto;
import dk.omsorg.notice.api.NoticeDtos.ProviderCitizenDto;
import dk.omsorg.notice.api.NoticeDtos.ReportBody;
import dk.omsorg.notice.api.NoticeDtos.StartBody;
import dk.omsorg.notice.api.NoticeDtos.StartDto;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The provider's inbox over REST, for the provider's own planning system (HTTP Basic with the demo
 * provider users). Only the provider's own notices, starts and citizens: anything else is 403 (audited).
 */
@RestController
@RequestMapping("/api/v1/provider")
@RequireProvider
@Tag(name = "Leverandør", description = "The provider's inbox: notices (advis), citizens served, start confirmations, notices back to the authority")
class ProviderNoticeApi {

    private final ProviderInbox inbox;
    private final Messages messages;

    ProviderNoticeApi(ProviderInbox inbox, Messages messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    @GetMapping("/notices")
    @Operation(summary = "The provider's notices: unacknowledged and urgent first; status=UNREAD|ACKNOWLEDGED|ALL (default ALL)")
    List<NoticeDto> notices(@RequestParam(defaultValue = "ALL") ProviderInbox.Filter status) {
        return inbox.notices(status).stream().map(l -> NoticeDto.of(l, messages)).toList();
    }

    @GetMapping("/notices/{id}")
    @Operation(summary = "One of the provider's notices: what changed (before/after), the start deadline, the citizen's contact data and goals")
    NoticeDto notice(@PathVariable long id) {
        return NoticeDto.of(inbox.notice(id), messages);
    }

    @PostMapping("/notices/{id}/acknowledgement")
    @Operation(summary = "Acknowledge a notice (kvittér); the first acknowledgement stands")
    NoticeDto acknowledge(@PathVariable long id) {
        return NoticeDto.of(inbox.acknowledge(id), messages);
    }

    @GetMapping("/citizens")
    @Operation(summary = "The citizens the provider serves: an active or recently ended grant it delivers")
    List<CitizenDto> citizens() {
        return inbox.citizens().stream().map(CitizenDto::of).toList();
    }

    @GetMapping("/citizens/{citizenId}")
    @Operation(summary = "A citizen the provider serves: contact data, the grants it delivers with goals and starts, its notices")
    ProviderCitizenDto citizen(@PathVariable long citizenId) {
        return ProviderCitizenDto.of(inbox.citizen(citizenId), messages);
    }

    @PostMapping("/citizens/{citizenId}/notices")
    @Operation(summary = "Notify the authority: kind CONDITION_CHANGED, CANNOT_DELIVER, DEATH, EXTRA_MINUTES (special case) or COORDINATION (complicated discharge), with text (required) and optionally the grant")
    ResponseEntity<NoticeDto> report(@PathVariable long citizenId, @RequestBody ReportBody body) {
        NoticeKind kind = body.kind() == null ? null : Arrays.stream(NoticeKind.values())
                .filter(k -> k.name().equals(body.kind())).findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "notice.report.kindRequired"));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(NoticeDto.of(inbox.report(citizenId, kind, body.grantKey(), body.text()), messages));
    }

    @GetMapping("/sent-notices")
    @Operation(summary = "The notices the provider has sent to the authority, newest first")
    List<NoticeDto> sent() {
        return inbox.sent().stream().map(l -> NoticeDto.of(l, messages)).toList();
    }

    @GetMapping("/starts")
    @Operation(summary = "The provider's start deadlines, with breaches (OVERDUE, STARTED_LATE)")
    List<StartDto> starts(@RequestParam(defaultValue = "false") boolean breached) {
        return inbox.starts().stream().filter(s -> !breached || s.breached()).map(StartDto::of).toList();
    }

    @PostMapping("/grants/{grantKey}/start")
    @Operation(summary = "Confirm the start of a grant (\"startet den …\"): {\"startedOn\": \"YYYY-MM-DD\"}")
    StartDto confirmStart(@PathVariable UUID grantKey, @RequestBody StartBody body) {
        return StartDto.of(inbox.confirmStart(grantKey, body.startedOn()));
    }
}
