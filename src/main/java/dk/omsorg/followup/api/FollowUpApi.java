package dk.omsorg.followup.api;

import dk.omsorg.followup.FollowUp;
import dk.omsorg.followup.FollowUpResult;
import dk.omsorg.followup.FollowUps;
import dk.omsorg.followup.QueueLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Follow-ups (opfølgning) over REST: queues, completion with the FSIII result, the caseworker's interval. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Opfølgning", description = "Follow-up queues, completion with the FSIII follow-up result, intervals")
class FollowUpApi {

    private final FollowUps followUps;

    FollowUpApi(FollowUps followUps) {
        this.followUps = followUps;
    }

    /** The FSIII result: our name, KL's code and id, the Danish name. */
    record ResultDto(String result, String code, String fsiiiId, String name) {
        static ResultDto of(FollowUpResult r) {
            return r == null ? null : new ResultDto(r.name(), r.code(), r.fsiiiId(), r.danishName());
        }
    }

    record FollowUpDto(long id, long citizenId, long decisionId, UUID grantKey, String interventionName, String rule,
                       String ruleSource, LocalDate baseOn, Integer intervalMonths, LocalDate dueOn, String caseworker,
                       String status, ResultDto result, String note, LocalDate completedOn, Instant completedAt,
                       String completedBy, Long previousId, int version) {
        static FollowUpDto of(FollowUp f) {
            return f == null ? null : new FollowUpDto(f.id(), f.citizenId(), f.decisionId(), f.grantKey(),
                    f.interventionName(), f.rule().name(), f.ruleSource(), f.baseOn(), f.intervalMonths(), f.dueOn(),
                    f.caseworker(), f.status().name(), ResultDto.of(f.result()), f.note(), f.completedOn(),
                    f.completedAt(), f.completedBy(), f.previousId(), f.version());
        }
    }

    record QueueLineDto(FollowUpDto followUp, String citizenName, String cprNumber, LocalDate lastFollowUpOn,
                        LocalDate firstGrantOn, boolean longWithoutFollowUp, String urgency) {
        static QueueLineDto of(QueueLine l) {
            return new QueueLineDto(FollowUpDto.of(l.followUp()), l.citizenName(), l.cprNumber(), l.lastFollowUpOn(),
                    l.firstGrantOn(), l.longWithoutFollowUp(), l.urgency().name());
        }
    }

    record QueueDto(String caseworker, boolean all, int dueSoonDays, Integer longWithoutYears, List<QueueLineDto> lines) {
    }

    @GetMapping("/follow-ups")
    @Operation(summary = "A caseworker's open follow-ups (own by default; another's for a coordinator or leader): "
            + "citizens without a follow-up for 4 years first, then by due day; all=false shows only those overdue, "
            + "due soon or long without")
    QueueDto queue(@RequestParam(required = false) String caseworker, @RequestParam(defaultValue = "false") boolean all) {
        FollowUps.Queue queue = followUps.queue(caseworker, all);
        return new QueueDto(queue.caseworker(), queue.all(), queue.dueSoonDays(), queue.longWithoutYears(),
                queue.lines().stream().map(QueueLineDto::of).toList());
    }

    @GetMapping("/follow-ups/{id}")
    @Operation(summary = "One follow-up")
    FollowUpDto read(@PathVariable long id) {
        return FollowUpDto.of(followUps.read(id));
    }

    @GetMapping("/citizens/{citizenId}/follow-ups")
    @Operation(summary = "The citizen's follow-ups: open by due day, then completed")
    List<FollowUpDto> forCitizen(@PathVariable long citizenId) {
        return followUps.forCitizen(citizenId).stream().map(FollowUpDto::of).toList();
    }

    /** @param result CONTINUE, CHANGE_WITHIN_FRAME, END, REASSESS or KL's code E1–E4 */
    record CompletionRequest(String result, String note, Integer version) {
    }

    record CompletionDto(FollowUpDto completed, FollowUpDto next) {
    }

    @PostMapping("/follow-ups/{id}/completion")
    @Operation(summary = "Complete a follow-up with its FSIII result (E1 Fortsættes, E2 Ændres inden for rammen, "
            + "E3 Afsluttes, E4 Revisitation) and a note; schedules the next. 409 when completed already or stale")
    CompletionDto complete(@PathVariable long id, @RequestBody CompletionRequest request) {
        FollowUps.Completion done = followUps.complete(id, request.result(), request.note(), request.version());
        return new CompletionDto(FollowUpDto.of(done.completed()), FollowUpDto.of(done.next()));
    }

    record IntervalRequest(Integer months, Integer version) {
    }

    @PutMapping("/follow-ups/{id}/interval")
    @Operation(summary = "Set the caseworker's interval in months (½–3 years: 6–36 months)")
    FollowUpDto interval(@PathVariable long id, @RequestBody IntervalRequest request) {
        return FollowUpDto.of(followUps.setInterval(id, request.months(), request.version()));
    }

    record CaseworkerRequest(String caseworker, Integer version) {
    }

    @PutMapping("/follow-ups/{id}/caseworker")
    @Operation(summary = "Give the follow-up to another caseworker of the municipality (coordinator, leader)")
    FollowUpDto reassign(@PathVariable long id, @RequestBody CaseworkerRequest request) {
        return FollowUpDto.of(followUps.reassign(id, request.caseworker(), request.version()));
    }
}
