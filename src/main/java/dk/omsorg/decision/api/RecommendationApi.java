package dk.omsorg.decision.api;

import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Recommendation;
import dk.omsorg.decision.Recommendations;
import dk.omsorg.decision.internal.RecommendationRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;

/**
 * Recommendations (indstillinger) over REST: a decision above the caseworker's authority (POST /decisions answers
 * 202 with one), approved by the leader — also as the committee's secretary — into the decision with its letter, or
 * returned to the caseworker with a reason. Approving or returning twice is 409 with a Danish detail, as is a stale
 * {@code version}; approving one's own recommendation is refused with a Danish error.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Indstillinger", description = "Recommendations above the caseworker's decision authority, and their approval")
class RecommendationApi {

    private final Recommendations recommendations;

    RecommendationApi(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/recommendations/{id}")
    @Operation(summary = "One recommendation")
    RecommendationDto get(@PathVariable long id) {
        return dto(recommendations.read(id));
    }

    @GetMapping("/citizens/{citizenId}/recommendations")
    @Operation(summary = "The citizen's recommendations, newest first")
    List<RecommendationDto> forCitizen(@PathVariable long citizenId) {
        return recommendations.forCitizen(citizenId).stream().map(RecommendationApi::dto).toList();
    }

    @PostMapping("/recommendations/{id}/approval")
    @Operation(summary = "Approve (leader): the recommendation becomes the decision, with its letter; answers the decision's address")
    ResponseEntity<RecommendationDto> approve(@PathVariable long id, @RequestBody HandleBody body) {
        Decision decision = recommendations.approve(id, body.version());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/decisions/{id}")
                .buildAndExpand(decision.id()).toUri()).body(dto(recommendations.read(id)));
    }

    @PostMapping("/recommendations/{id}/return")
    @Operation(summary = "Return to the caseworker (leader), with the reason")
    RecommendationDto returnIt(@PathVariable long id, @RequestBody HandleBody body) {
        return dto(recommendations.returnToCaseworker(id, body.version(), body.reason()));
    }

    static ResponseEntity<RecommendationDto> accepted(Recommendation r) {
        return ResponseEntity.accepted().location(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/recommendations/{id}").buildAndExpand(r.id()).toUri()).body(dto(r));
    }

    static RecommendationDto dto(Recommendation r) {
        return new RecommendationDto(r.id(), r.citizenId(), r.inquiryId(), r.status().name(), r.required().level().name(),
                r.required().committee(), r.appliedFor(), r.draft().letterChannel().name(),
                r.draft().grants().stream().map(g -> g.interventionCode()).toList(), r.recommendedBy(), r.recommendedAt(),
                r.handledBy(), r.handledAt(), r.returnReason(), r.decisionId(), r.version(), r.changeOf());
    }

    static ApprovalDto approval(RecommendationRepository.Details d) {
        return new ApprovalDto(d.letterChannel(), d.recommendationId(), d.recommendedBy(), d.approvedBy(), d.approvedAt(),
                d.approvedAs());
    }

    record HandleBody(@Schema(description = "The recommendation's version as read; 409 when it changed since") Integer version,
                      @Schema(description = "Why it is returned (required for a return)") String reason) {
    }

    @Schema(description = "A recommendation (indstilling) above the caseworker's authority")
    record RecommendationDto(long id, long citizenId, Long inquiryId,
                             @Schema(description = "PENDING, APPROVED or RETURNED") String status,
                             @Schema(description = "LEADER or COMMITTEE") String decidedBy, String committee,
                             String appliedFor, String letterChannel, List<String> interventionCodes,
                             String recommendedBy, Instant recommendedAt, String handledBy, Instant handledAt,
                             String returnReason, Long decisionId, int version,
                             @Schema(description = "For a change: the decision version it changes; approval makes its successor")
                             Long changesDecisionId) {
    }

    @Schema(description = "How the letter is sent and, for a decision made by approving a recommendation, who approved it")
    record ApprovalDto(String letterChannel, Long recommendationId, String recommendedBy, String approvedBy,
                       Instant approvedAt, @Schema(description = "The committee approved for; null: the leader's own") String approvedAs) {
    }

}
