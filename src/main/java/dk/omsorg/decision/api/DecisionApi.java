package dk.omsorg.decision.api;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Shift;
import dk.omsorg.decision.CoursePlan;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.DecisionChange;
import dk.omsorg.decision.DecisionCheck;
import dk.omsorg.decision.DecisionDraft;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.GrantInput;
import dk.omsorg.decision.MeasureInput;
import dk.omsorg.decision.Measured;
import dk.omsorg.shared.Money;
import java.math.BigDecimal;
import dk.omsorg.provider.ProviderChoice;
import dk.omsorg.provider.ProviderChoiceKind;
import dk.omsorg.decision.Letter;
import dk.omsorg.decision.LetterChannel;
import dk.omsorg.decision.Recommendations;
import dk.omsorg.decision.ProposalCheck;
import dk.omsorg.decision.Refusal;
import dk.omsorg.decision.RefusalInput;
import dk.omsorg.decision.WeeklyTime;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Decisions over REST. Errors are problem details with a Danish {@code detail} and the fields in
 * error ({@code grants[1].minutesPerDelivery}, {@code grants[0].overrideReason}, …); nothing is
 * stored when a request is refused. A change made to an outdated version is answered with 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Afgørelser", description = "Decisions: grants and refusals checked against the quality standard, versions, letters")
class DecisionApi {

    private final Decisions decisions;
    private final Messages messages;
    private final Recommendations recommendations;

    DecisionApi(Decisions decisions, Messages messages, Recommendations recommendations) {
        this.recommendations = recommendations;
        this.decisions = decisions;
        this.messages = messages;
    }

    @PostMapping("/decisions/check")
    @Operation(summary = "Check proposed grants against the quality standard and the citizen's latest assessment; stores nothing",
            description = "With `decisionId`, the grants are a change to that decision (as for POST /decisions/{id}/changes) "
                    + "and are checked together with the grants carried over.")
    CheckDto check(@RequestBody CheckRequest body) {
        List<GrantInput> grants = GrantBody.inputs(body.grants());
        if (body.decisionId() != null) {
            return checkDto(decisions.checkChange(body.decisionId(), grants));
        }
        if (body.citizenId() == null) {
            throw new InvalidInputException("citizenId", "decision.citizenRequired");
        }
        return checkDto(decisions.check(body.citizenId(), grants));
    }

    @PostMapping("/decisions")
    @Operation(summary = "Make a decision (visitator): grants and refusals; the letter is produced and stored")
    ResponseEntity<?> make(@RequestBody NewDecision body) {
        if (body.citizenId() == null) {
            throw new InvalidInputException("citizenId", "decision.citizenRequired");
        }
        // above the user's authority: 202 with the recommendation (indstilling) awaiting approval
        Recommendations.Outcome outcome = recommendations.decide(body.citizenId(), body.draft());
        if (outcome instanceof Recommendations.Outcome.Recommended r) {
            return RecommendationApi.accepted(r.recommendation());
        }
        Decision decision = ((Recommendations.Outcome.Decided) outcome).decision();
        return ResponseEntity.created(location(decision)).body(dto(decision));
    }

    @GetMapping("/decisions/{id}")
    @Operation(summary = "One decision version")
    DecisionDto get(@PathVariable long id) {
        return dto(decisions.read(id));
    }

    @GetMapping("/citizens/{citizenId}/decisions")
    @Operation(summary = "The citizen's decisions (every version, newest first), current grants and weekly granted time")
    CitizenDecisionsDto forCitizen(@PathVariable long citizenId) {
        List<Decision> all = decisions.forCitizen(citizenId);
        List<Grant> current = Decisions.currentGrants(all, decisions.today());
        return new CitizenDecisionsDto(citizenId, all.stream().map(this::dto).toList(),
                current.stream().map(this::grant).toList(), weekly(WeeklyTime.of(current)));
    }

    @GetMapping(value = "/decisions/{id}/letter", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The decision letter (PDF), byte for byte as stored when the decision was made")
    ResponseEntity<byte[]> letter(@PathVariable long id) {
        return pdf(decisions.letter(id));
    }

    @PostMapping("/decisions/{id}/changes")
    @Operation(summary = "Change a current decision (visitator): a new version; 409 when it changed since `version` was read")
    ResponseEntity<?> change(@PathVariable long id, @RequestBody ChangeBody body) {
        // a new or changed grant above the user's authority: 202 with the recommendation awaiting approval
        Recommendations.Outcome outcome = recommendations.change(id, body.change());
        if (outcome instanceof Recommendations.Outcome.Recommended r) {
            return RecommendationApi.accepted(r.recommendation());
        }
        Decision decision = ((Recommendations.Outcome.Decided) outcome).decision();
        return ResponseEntity.created(location(decision)).body(dto(decision));
    }

    /** The letter as a download, for the API and the web screens alike. */
    static ResponseEntity<byte[]> pdf(Letter letter) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(letter.fileName()).build().toString())
                .header("X-Content-SHA256", letter.sha256())
                .body(letter.content());
    }

    private static URI location(Decision decision) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/decisions/{id}")
                .buildAndExpand(decision.id()).toUri();
    }

    private CheckDto checkDto(DecisionCheck check) {
        return new CheckDto(check.grants().stream().map(this::checked).toList(),
                check.combinationFindings().stream().map(this::finding).toList(), weekly(check.weeklyTime()),
                check.hasErrors(), check.needsReason());
    }

    private CheckedGrantDto checked(ProposalCheck g) {
        return new CheckedGrantDto(g.inputIndex(), g.carriedOver() ? g.carried().grantKey() : g.input().grantKey(),
                g.carriedOver(), g.interventionCode(), g.known() ? g.interventionName() : null,
                g.area() == null ? null : g.area().code(), g.area() == null ? null : g.area().name(), g.legalBasis(),
                g.area() == null || g.area().appealable(), g.catalogVersion(), g.catalogValidFrom(), g.input().start(),
                g.end(), g.startBy(), g.weeklyMinutes(), course(g.course()),
                g.criteria() == null ? null : g.criteria().outcome().name(), g.criteriaInWords(), g.legalBasisAge(),
                g.findings().stream().map(this::finding).toList());
    }

    private DecisionDto dto(Decision d) {
        return new DecisionDto(d.id(), d.citizenId(), d.inquiryId(), d.lineageId(), d.versionNo(), d.status().name(),
                d.supersedesDecisionId(), d.supersededByDecisionId(), d.decidedOn(), d.appliedFor(), d.reasoning(),
                d.overrideReason(), d.minorAdjustment(), d.outsideStandard(), d.appealable(),
                d.grants().stream().map(this::grant).toList(), d.refusals().stream().map(DecisionApi::refusal).toList(),
                d.combinationFindings().stream().map(this::finding).toList(), weekly(d.weeklyTime()),
                new LetterDto(d.hasLetter(), d.letterSha256(), d.hasLetter() ? "/api/v1/decisions/" + d.id() + "/letter" : null),
                d.createdAt(), d.createdBy(), d.version(), RecommendationApi.approval(recommendations.details(d.id())));
    }

    private GrantDto grant(Grant g) {
        return new GrantDto(g.id(), g.grantKey(), g.versionNo(), g.carriedOver(), g.catalogVersion(),
                g.catalogValidFrom(), g.areaCode(), g.areaName(), g.interventionCode(), g.interventionName(),
                g.legalBasis(), g.appealable(), g.times(), g.per(), g.every(), g.frequency(), g.shifts(),
                g.minutesPerDelivery(), g.start(),
                g.end(), g.goals(), g.startBy(), g.weeklyMinutes(), course(g.course()), g.criteriaOutcome().name(),
                g.criteriaText(), g.criteriaExplanation(), g.overrideReason(),
                g.findings().stream().map(this::finding).toList(), ProviderChoiceDto.of(g.provider()), g.effectiveFrom(),
                g.legalBasisAge(), MeasuredDto.of(g.measured()));
    }

    private static RefusalDto refusal(Refusal r) {
        return new RefusalDto(r.interventionCode(), r.interventionName(), r.description(), r.reason(), r.legalBasis(),
                r.appealable(), r.criteriaText(), r.criteriaExplanation());
    }

    private FindingDto finding(Finding f) {
        return new FindingDto(f.rule().name(), messages.text("decision.rule." + f.rule().name()), f.severity().name(),
                f.interventionCode(), f.message(), f.quote());
    }

    private static CourseDto course(CoursePlan c) {
        return c == null ? null : new CourseDto(c.end(), c.midwayEvaluation(), c.finalEvaluation());
    }

    private static WeeklyTimeDto weekly(WeeklyTime w) {
        return new WeeklyTimeDto(w.lines().stream()
                .map(l -> new WeeklyLineDto(l.interventionCode(), l.interventionName(), l.minutes())).toList(),
                w.totalMinutes());
    }

    @Schema(description = "One proposed grant")
    record GrantBody(
            @Schema(description = "In a change: the grant being changed; left out for a new grant") UUID grantKey,
            @Schema(description = "The intervention's code in the catalogue in force on the start date", example = "rh-bad")
            String interventionCode,
            @Schema(description = "Times per `every` `per` in each listed shift (1 per DAY in [DAY, EVENING] is 2 visits a day)", example = "1")
            Integer times,
            @Schema(description = "DAY, WEEK, MONTH or YEAR") FrequencyUnit per,
            @Schema(description = "The interval in `per` units, 1–52 (default 1): 1 time per WEEK every 3 is \"hver 3. uge\"", example = "1")
            Integer every,
            @Schema(description = "DAY, EVENING, NIGHT; empty when not stated") Set<Shift> shifts,
            @Schema(description = "Granted minutes each time, 1–1440", example = "30") Integer minutesPerDelivery,
            LocalDate start,
            @Schema(description = "Last day of temporary help; left out when permanent (a § 83 a course runs its full length)")
            LocalDate end,
            @Schema(description = "Goals; required for a § 83 a rehabilitation course") String goals,
            @Schema(description = "Granted outside the quality standard; needs overrideReason") Boolean override,
            @Schema(description = "The concrete, individual reason for granting beyond the standard") String overrideReason,
            @Schema(description = "Who delivers and how the provider was chosen (optional); options: GET /api/v1/providers/options. "
                    + "In a change, a grant that has a provider keeps it: use POST /api/v1/citizens/{id}/provider-switches")
            ProviderChoiceDto provider,
            @Schema(description = "In a change of an existing grant: the day the change takes effect (default: today, or the "
                    + "start if later); earlier than today back-dates it, never before the start or the previous change")
            LocalDate effectiveFrom,
            @Schema(description = "A grant the catalogue measures as AMOUNT: kroner per the catalogue's period (month or year), "
                    + "0–10.000.000, at most two decimals", example = "1250.00") BigDecimal amount,
            @Schema(description = "A grant measured as POOL: hours or days per the catalogue's period", example = "15") Integer quantity,
            @Schema(description = "A grant measured as PLACE: the offer as free text, only when none of the municipality's "
                    + "providers fits (else placeProviderId)") String place,
            @Schema(description = "A PLACE grant where the catalogue allows it (§§ 103, 104): days a week, 1–7") Integer daysPerWeek,
            @Schema(description = "A grant measured as PLACE: the municipality's provider whose offer it is (GET "
                    + "/api/v1/providers); the place is then its name") Long placeProviderId) {

        GrantInput input() {
            return new GrantInput(grantKey, interventionCode, times, per, every == null ? 1 : every, shifts,
                    minutesPerDelivery, start, end, goals, Boolean.TRUE.equals(override), overrideReason,
                    provider == null ? null : provider.choice(), effectiveFrom,
                    new MeasureInput(amount, quantity, place, daysPerWeek, placeProviderId));
        }

        static List<GrantInput> inputs(List<GrantBody> bodies) {
            return bodies == null ? List.of() : bodies.stream().map(b -> b == null ? null : b.input()).toList();
        }
    }

    record RefusalBody(@Schema(description = "The intervention refused (optional)") String interventionCode,
                       @Schema(description = "What is refused; required without an intervention") String description,
                       @Schema(description = "Why (required)") String reason) {
    }

    @Schema(description = "Grants to check: for a citizen, or (with decisionId) as a change to a decision")
    record CheckRequest(Long citizenId, Long decisionId, List<GrantBody> grants) {
    }

    @Schema(description = "A new decision")
    record NewDecision(Long citizenId,
                       @Schema(description = "The inquiry decided on (optional); closed by the decision") Long inquiryId,
                       @Schema(description = "What was applied for; the inquiry's request when left out") String appliedFor,
                       String reasoning, Boolean override,
                       @Schema(description = "A reason covering every finding of the decision") String overrideReason,
                       List<GrantBody> grants, List<RefusalBody> refusals,
                       @Schema(description = "DIGITAL (Digital Post, default) or PAPER (brev med posten)") String letterChannel) {

        DecisionDraft draft() {
            List<RefusalInput> refused = refusals == null ? List.of() : refusals.stream()
                    .map(r -> r == null ? null : new RefusalInput(r.interventionCode(), r.description(), r.reason())).toList();
            return new DecisionDraft(inquiryId, appliedFor, reasoning, Boolean.TRUE.equals(override), overrideReason,
                    GrantBody.inputs(grants), refused, LetterChannel.parse(letterChannel, "letterChannel"));
        }
    }

    @Schema(description = "A change to a current decision: changed grants (with grantKey) and new ones; the rest carry over")
    record ChangeBody(@Schema(description = "The decision's version as read; 409 when it changed since") Integer version,
                      @Schema(description = "Only minutes or frequency of existing grants change: saved without a letter")
                      Boolean minorAdjustment,
                      String reasoning, Boolean override, String overrideReason, List<GrantBody> grants,
                      @Schema(description = "The complaint this change gives full or partial agreement to (efter klage)")
                      Long afterComplaintId) {

        DecisionChange change() {
            return new DecisionChange(version, Boolean.TRUE.equals(minorAdjustment), reasoning,
                    Boolean.TRUE.equals(override), overrideReason, GrantBody.inputs(grants), afterComplaintId);
        }
    }

    record FindingDto(String rule, String ruleName, String severity, String interventionCode, String message,
                      String quote) {
    }

    record CourseDto(LocalDate end, LocalDate midwayEvaluation, LocalDate finalEvaluation) {
    }

    record WeeklyLineDto(String interventionCode, String interventionName, int minutesPerWeek) {
    }

    record WeeklyTimeDto(List<WeeklyLineDto> interventions, int totalMinutesPerWeek) {
    }

    /**
     * @param index       the grant's index in the request; null for a grant carried over unchanged
     * @param needsReason (on the check) a WARNING finding needs an override reason before saving
     */
    record CheckedGrantDto(Integer index, UUID grantKey, boolean carriedOver, String interventionCode,
                           String interventionName, String areaCode, String areaName, String legalBasis,
                           boolean appealable, String catalogVersion, LocalDate catalogValidFrom, LocalDate start,
                           LocalDate end, LocalDate startBy, int weeklyMinutes, CourseDto course,
                           String criteriaOutcome,
                           @Schema(description = "The criteria read against the citizen's scores, in Danish") String criteriaInWords,
                           @Schema(description = "The citizen's age on the decision date where the legal basis depends on it")
                           Integer legalBasisAge,
                           List<FindingDto> findings) {
    }

    /**
     * @param hasErrors   an ERROR finding: cannot be saved as proposed
     * @param needsReason a WARNING finding: needs an override reason to be saved
     */
    record CheckDto(List<CheckedGrantDto> grants, List<FindingDto> combinationFindings, WeeklyTimeDto weeklyTime,
                    boolean hasErrors, boolean needsReason) {
    }

    record GrantDto(Long id, UUID grantKey, int versionNo, boolean carriedOver, String catalogVersion,
                    LocalDate catalogValidFrom, String areaCode, String areaName, String interventionCode,
                    String interventionName, String legalBasis, boolean appealable, int times, FrequencyUnit per,
                    int every, @Schema(description = "The frequency as the letter writes it, e.g. \"hver 3. uge\"") String frequency,
                    Set<Shift> shifts, int minutesPerDelivery, LocalDate start, LocalDate end, String goals,
                    LocalDate startBy,
                    @Schema(description = "Granted minutes per week on average, rounded to whole minutes") int weeklyMinutes,
                    CourseDto course, String criteriaOutcome,
                    String criteriaText, String criteriaExplanation, String overrideReason, List<FindingDto> findings,
                    ProviderChoiceDto provider,
                    @Schema(description = "The day this version of the grant takes effect") LocalDate effectiveFrom,
                    @Schema(description = "The citizen's age on the decision date where the legal basis depends on it "
                            + "(Ældreloven from the folkepension age, serviceloven below it); null otherwise")
                    Integer legalBasisAge,
                    @Schema(description = "What an AMOUNT, POOL or PLACE grant gives; null for a grant in time (times × minutes)")
                    MeasuredDto measured) {
    }

    @Schema(description = "What a grant not in time gives; times, minutes and weekly minutes are then 0")
    record MeasuredDto(@Schema(description = "AMOUNT, POOL or PLACE") String measure,
                       @Schema(description = "AMOUNT: kroner per `per`") Money amount,
                       @Schema(description = "AMOUNT: MONTH or YEAR; POOL: MONTH or TWELVE_MONTHS") String per,
                       @Schema(description = "POOL: hours or days per `per`") Integer quantity,
                       @Schema(description = "POOL: HOURS or DAYS") String unit,
                       @Schema(description = "PLACE: the offer") String place,
                       @Schema(description = "PLACE: days a week, when stated") Integer daysPerWeek,
                       @Schema(description = "As the letter writes it, e.g. \"1.250,00 kr. om måneden\"") String text,
                       @Schema(description = "PLACE: the provider whose offer it is; null for an offer named as free text") Long placeProviderId) {
        static MeasuredDto of(Measured m) {
            return m == null ? null : new MeasuredDto(m.kind().name(), m.amount(), m.per() == null ? null : m.per().name(),
                    m.quantity(), m.unit() == null ? null : m.unit().name(), m.place(), m.daysPerWeek(), m.describe(),
                    m.placeProviderId());
        }
    }

    @Schema(description = "The provider chosen for a grant")
    record ProviderChoiceDto(
            @Schema(description = "The provider (GET /api/v1/providers); may be left out only with FREE_CHOICE_VOUCHER") Long providerId,
            @Schema(description = "FREE_CHOICE (the citizen chose among approved providers), FREE_CHOICE_VOUCHER "
                    + "(fritvalgsbevis, where at most one provider is approved), SELECTED_BY_MUNICIPALITY (needs reason)")
            ProviderChoiceKind kind,
            @Schema(description = "Why the municipality selected the provider; required for SELECTED_BY_MUNICIPALITY") String reason) {

        ProviderChoice choice() {
            return new ProviderChoice(providerId, kind, reason);
        }

        static ProviderChoiceDto of(ProviderChoice c) {
            return c == null ? null : new ProviderChoiceDto(c.providerId(), c.kind(), c.reason());
        }
    }

    record RefusalDto(String interventionCode, String interventionName, String description, String reason,
                      String legalBasis, boolean appealable, String criteriaText, String criteriaExplanation) {
    }

    record LetterDto(boolean available, String sha256, String href) {
    }

    record DecisionDto(long id, long citizenId, Long inquiryId, long lineageId, int versionNo, String status,
                       Long supersedesDecisionId, Long supersededByDecisionId, LocalDate decidedOn, String appliedFor,
                       String reasoning, String overrideReason, boolean minorAdjustment, boolean outsideStandard,
                       boolean appealable, List<GrantDto> grants, List<RefusalDto> refusals,
                       List<FindingDto> combinationFindings, WeeklyTimeDto weeklyTime, LetterDto letter,
                       Instant createdAt, String createdBy, int version, RecommendationApi.ApprovalDto approval) {
    }

    record CitizenDecisionsDto(long citizenId, List<DecisionDto> decisions, List<GrantDto> currentGrants,
                               WeeklyTimeDto weeklyTime) {
    }
}
