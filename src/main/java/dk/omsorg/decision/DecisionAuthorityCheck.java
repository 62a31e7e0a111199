package dk.omsorg.decision;

import dk.omsorg.catalog.DecisionAuthorities;
import dk.omsorg.catalog.DecisionAuthority;
import dk.omsorg.decision.internal.RecommendationRepository;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.Role;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Decision authority (bevillingskompetence) at the moment a decision is made: the highest authority any grant needs
 * (seed 001 "Tildeling af hjælp og støtte"), against the user. A caseworker decides within the caseworker's
 * authority; the leader also what the leader's authority covers, at once (seed 001: acute needs of 0–12 weeks);
 * anything else becomes a recommendation, unless it is being made by approving one ({@link #approving}).
 */
@Component
class DecisionAuthorityCheck {

    /** The recommendation being approved on this thread, while approval makes its decision. */
    private static final ThreadLocal<Approving> APPROVING = new ThreadLocal<>();

    record Approving(long recommendationId, String recommendedBy, String approvedBy, Instant approvedAt,
                     String committee) {
    }

    private final DecisionAuthorities authorities;
    private final RecommendationRepository repository;
    private final dk.omsorg.catalog.Catalogs catalogs;

    DecisionAuthorityCheck(DecisionAuthorities authorities, RecommendationRepository repository,
                           dk.omsorg.catalog.Catalogs catalogs) {
        this.catalogs = catalogs;
        this.authorities = authorities;
        this.repository = repository;
    }

    /** The authority the grants need together. */
    DecisionAuthority required(int municipalityId, List<Grant> grants) {
        DecisionAuthority required = DecisionAuthority.CASEWORKER;
        for (Grant g : grants) {
            required = required.max(authorities.required(municipalityId, g.catalogValidFrom(), g.areaCode(),
                    g.interventionCode()));
        }
        return required;
    }

    /**
     * Refuses with {@link AboveAuthority} a decision the user may not make alone; called before the decision is
     * stored.
     */
    void requireWithin(CurrentUser user, int municipalityId, List<Grant> grants) {
        requireWithin(user, municipalityId, grants, List.of(), null);
    }

    /**
     * As {@link #requireWithin(CurrentUser, int, List)}, counting the refusals too: refusing what a committee grants
     * is the committee's decision as well (seed 001: "Den endelige afgørelse træffes af sagsbehandler, leder af
     * Myndighed, visitationsudvalget … alt afhængig af, hvilken indsats der er behov for"). A refusal names its
     * intervention; its area and catalogue are the ones in force on {@code day}. A refusal in words needs none.
     */
    void requireWithin(CurrentUser user, int municipalityId, List<Grant> grants, List<Refusal> refusals, LocalDate day) {
        if (APPROVING.get() != null) {
            return;
        }
        DecisionAuthority required = required(municipalityId, grants);
        for (Refusal r : refusals) {
            if (r.interventionCode() == null || day == null) {
                continue;
            }
            var catalog = catalogs.inForce(municipalityId, day);
            if (catalog.isPresent()) {
                String area = catalog.get().areaOf(r.interventionCode()).map(dk.omsorg.catalog.Area::code).orElse(null);
                required = required.max(authorities.required(municipalityId, catalog.get().validFrom(), area,
                        r.interventionCode()));
            }
        }
        DecisionAuthority.Level own = user.is(Role.LEADER) ? DecisionAuthority.Level.LEADER
                : DecisionAuthority.Level.CASEWORKER;
        if (required.isAbove(own)) {
            throw new AboveAuthority(required);
        }
    }

    /** Records on the stored decision how its letter is sent and, when approval made it, who approved it. */
    void recordOn(Decision stored, DecisionDraft draft) {
        repository.letterChannel(stored.id(), draft.letterChannel().name());
        Approving a = APPROVING.get();
        if (a != null) {
            repository.approvalOnDecision(stored.id(), a.recommendationId(), a.recommendedBy(), a.approvedBy(),
                    a.approvedAt(), a.committee());
        }
    }

    /**
     * Refuses with {@link AboveAuthority} a change the user may not make alone: one whose new or changed grants (not
     * those carried over unchanged) need more than the user's authority. Minor adjustments included — a committee's
     * grant is the committee's to adjust as well (seed 001).
     */
    void requireWithinForChange(CurrentUser user, int municipalityId, List<Grant> grants, DecisionCheck check) {
        java.util.Set<java.util.UUID> carriedKeys = check.grants().stream().filter(ProposalCheck::carriedOver)
                .map(g -> g.carried().grantKey()).collect(java.util.stream.Collectors.toSet());
        requireWithin(user, municipalityId, grants.stream().filter(g -> !carriedKeys.contains(g.grantKey())).toList());
    }

    /** Records on a changed version, when approval made it, who recommended and approved it. */
    void recordApprovalOn(Decision stored) {
        Approving a = APPROVING.get();
        if (a != null) {
            repository.approvalOnDecision(stored.id(), a.recommendationId(), a.recommendedBy(), a.approvedBy(),
                    a.approvedAt(), a.committee());
        }
    }

    /**
     * While an approval makes its decision: the committee approved for, or "" for the leader's own authority; null
     * when no approval is in progress (the letter says who decided).
     */
    static String approvedFor() {
        Approving a = APPROVING.get();
        return a == null ? null : a.committee() == null ? "" : a.committee();
    }

    /** Runs {@code making} (which makes the recommendation's decision) as its approval. */
    static <T> T approving(Approving approving, Supplier<T> making) {
        APPROVING.set(approving);
        try {
            return making.get();
        } finally {
            APPROVING.remove();
        }
    }
}
