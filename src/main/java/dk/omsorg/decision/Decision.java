package dk.omsorg.decision;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A decision (afgørelse) on a citizen's application: grants and refusals, in versions. A saved
 * version is never changed; a change makes the next version ({@link #successor}), which holds the
 * complete set of grants after the change, and the old one is marked superseded.
 *
 * <p>New decisions come from {@link #first} and {@link #successor}; the public constructor rebuilds a
 * stored one.
 *
 * @param lineageId the first version's id: the same decision across versions (null before the first is stored)
 */
public final class Decision {

    private final Long id;
    private final int municipalityId;
    private final long citizenId;
    private final Long inquiryId;
    private final Long lineageId;
    private final int versionNo;
    private final Long supersedesDecisionId;
    private final Long supersededByDecisionId;
    private final DecisionStatus status;
    private final LocalDate decidedOn;
    private final String appliedFor;
    private final String reasoning;
    private final String overrideReason;
    private final boolean minorAdjustment;
    private final List<Grant> grants;
    private final List<Refusal> refusals;
    private final List<Finding> combinationFindings;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant modifiedAt;
    private final String modifiedBy;
    private final Integer version;
    private final String letterSha256;

    public Decision(Long id, int municipalityId, long citizenId, Long inquiryId, Long lineageId, int versionNo,
                    Long supersedesDecisionId, Long supersededByDecisionId, DecisionStatus status, LocalDate decidedOn,
                    String appliedFor, String reasoning, String overrideReason, boolean minorAdjustment,
                    List<Grant> grants, List<Refusal> refusals, List<Finding> combinationFindings, Instant createdAt,
                    String createdBy, Instant modifiedAt, String modifiedBy, Integer version, String letterSha256) {
        if (grants.isEmpty() && refusals.isEmpty()) {
            throw new IllegalArgumentException("A decision grants or refuses something");
        }
        if ((versionNo == 1) != (supersedesDecisionId == null)) {
            throw new IllegalArgumentException("Only a first version supersedes nothing");
        }
        Set<UUID> keys = new LinkedHashSet<>();
        grants.forEach(g -> {
            if (!keys.add(g.grantKey())) {
                throw new IllegalArgumentException("A grant appears twice in one decision version");
            }
        });
        this.id = id;
        this.municipalityId = municipalityId;
        this.citizenId = citizenId;
        this.inquiryId = inquiryId;
        this.lineageId = lineageId;
        this.versionNo = versionNo;
        this.supersedesDecisionId = supersedesDecisionId;
        this.supersededByDecisionId = supersededByDecisionId;
        this.status = Objects.requireNonNull(status);
        this.decidedOn = Objects.requireNonNull(decidedOn);
        this.appliedFor = Objects.requireNonNull(appliedFor);
        this.reasoning = reasoning;
        this.overrideReason = overrideReason;
        this.minorAdjustment = minorAdjustment;
        this.grants = List.copyOf(grants);
        this.refusals = List.copyOf(refusals);
        this.combinationFindings = List.copyOf(combinationFindings);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.modifiedAt = modifiedAt;
        this.modifiedBy = modifiedBy;
        this.version = version;
        this.letterSha256 = letterSha256;
    }

    /** A first decision on the citizen's application. */
    static Decision first(int municipalityId, long citizenId, Long inquiryId, LocalDate decidedOn, String appliedFor,
                          String reasoning, String overrideReason, List<Grant> grants, List<Refusal> refusals,
                          List<Finding> combinationFindings) {
        return new Decision(null, municipalityId, citizenId, inquiryId, null, 1, null, null, DecisionStatus.CURRENT,
                decidedOn, appliedFor, reasoning, overrideReason, false, grants, refusals, combinationFindings, null,
                null, null, null, null, null);
    }

    /**
     * The next version of this decision, with the complete set of grants after the change; the
     * refusals stand. Only the current version can be changed.
     *
     * @throws IllegalStateException when this version is superseded or not stored
     */
    Decision successor(LocalDate decidedOn, String reasoning, String overrideReason, boolean minorAdjustment,
                       List<Grant> grants, List<Finding> combinationFindings) {
        if (id == null || !isCurrent()) {
            throw new IllegalStateException("Only the current, stored version of a decision can be changed");
        }
        if (minorAdjustment && grants.stream().anyMatch(g -> grant(g.grantKey()).isEmpty())) {
            throw new IllegalStateException("A minor adjustment adds no grants");
        }
        return new Decision(null, municipalityId, citizenId, inquiryId, lineageId, versionNo + 1, id, null,
                DecisionStatus.CURRENT, decidedOn, appliedFor, reasoning != null ? reasoning : this.reasoning,
                overrideReason, minorAdjustment, grants, refusals, combinationFindings, null, null, null, null, null,
                null);
    }

    public boolean isCurrent() {
        return status == DecisionStatus.CURRENT;
    }

    public Optional<Grant> grant(UUID grantKey) {
        return grants.stream().filter(g -> g.grantKey().equals(grantKey)).findFirst();
    }

    /** Granted time per week over this version's grants. */
    public WeeklyTime weeklyTime() {
        return WeeklyTime.of(grants);
    }

    /** Every finding: the grants' and the combinations'. */
    public List<Finding> findings() {
        return Stream.concat(grants.stream().flatMap(g -> g.findings().stream()), combinationFindings.stream()).toList();
    }

    /**
     * Whether any part was decided beyond the quality standard. A stored decision has a reason for
     * every warning (see {@code OverridePolicy}), so a warning means a reasoned override.
     */
    public boolean outsideStandard() {
        return findings().stream().anyMatch(f -> f.severity() == Severity.WARNING);
    }

    /** Whether every part can be brought before Ankestyrelsen. */
    public boolean appealable() {
        return grants.stream().allMatch(Grant::appealable) && refusals.stream().allMatch(Refusal::appealable);
    }

    public boolean hasLetter() {
        return letterSha256 != null;
    }

    public Long id() { return id; }
    public int municipalityId() { return municipalityId; }
    public long citizenId() { return citizenId; }
    public Long inquiryId() { return inquiryId; }
    public Long lineageId() { return lineageId; }
    public int versionNo() { return versionNo; }
    public Long supersedesDecisionId() { return supersedesDecisionId; }
    public Long supersededByDecisionId() { return supersededByDecisionId; }
    public DecisionStatus status() { return status; }
    public LocalDate decidedOn() { return decidedOn; }
    public String appliedFor() { return appliedFor; }
    public String reasoning() { return reasoning; }
    public String overrideReason() { return overrideReason; }
    public boolean minorAdjustment() { return minorAdjustment; }
    public List<Grant> grants() { return grants; }
    public List<Refusal> refusals() { return refusals; }
    public List<Finding> combinationFindings() { return combinationFindings; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant modifiedAt() { return modifiedAt; }
    public String modifiedBy() { return modifiedBy; }
    public Integer version() { return version; }
    public String letterSha256() { return letterSha256; }
}
