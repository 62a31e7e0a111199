package dk.omsorg.assessment;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A caseworker's assessment (vurdering) of one citizen on one day: FSIII functional-ability
 * scores, health conditions and the overall assessment (helhedsvurdering). Corrections keep the
 * same assessment; a later visit is a new one, so the history shows how the citizen changed.
 */
@Table("assessment")
public class Assessment {

    @Id
    private Long id;
    private final int municipalityId;
    private final long citizenId;
    private final Long inquiryId;
    private LocalDate assessedOn;
    private String overallAssessment;
    @MappedCollection(idColumn = "assessment_id")
    private Set<AbilityScore> abilityScores;
    @MappedCollection(idColumn = "assessment_id")
    private Set<AssessedHealthCondition> healthConditions;
    @CreatedDate
    private Instant createdAt;
    @CreatedBy
    private String createdBy;
    @LastModifiedDate
    private Instant modifiedAt;
    @LastModifiedBy
    private String modifiedBy;
    @Version
    private Integer version;

    @PersistenceCreator
    Assessment(Long id, int municipalityId, long citizenId, Long inquiryId, LocalDate assessedOn,
               String overallAssessment, Set<AbilityScore> abilityScores,
               Set<AssessedHealthCondition> healthConditions, Integer version) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.citizenId = citizenId;
        this.inquiryId = inquiryId;
        this.assessedOn = assessedOn;
        this.overallAssessment = overallAssessment;
        this.abilityScores = new LinkedHashSet<>(abilityScores == null ? Set.of() : abilityScores);
        this.healthConditions = new LinkedHashSet<>(healthConditions == null ? Set.of() : healthConditions);
        this.version = version;
    }

    /**
     * A new assessment of a citizen of {@code municipalityId}, optionally made for an inquiry.
     * Throws {@link dk.omsorg.shared.InvalidInputException} listing every broken rule.
     */
    static Assessment record(long citizenId, int municipalityId, Long inquiryId, AssessmentDraft draft,
                             FsiiiCatalog catalog, LocalDate today) {
        AssessmentRules.Checked checked = AssessmentRules.check(draft, catalog, today, Set.of());
        return new Assessment(null, municipalityId, citizenId, inquiryId, checked.assessedOn(),
                checked.overallAssessment(), checked.abilityScores(), checked.healthConditions(), null);
    }

    /**
     * Replaces the content with the caseworker's corrected version. States and conditions KL has
     * retired may stay if the assessment already held them (an assessment from before 2024 can
     * still be corrected), but none may be added.
     */
    void correct(AssessmentDraft draft, FsiiiCatalog catalog, LocalDate today) {
        Set<UUID> held = abilityScores.stream().map(AbilityScore::stateCode).collect(Collectors.toSet());
        healthConditions.forEach(c -> held.add(c.conditionCode()));
        AssessmentRules.Checked checked = AssessmentRules.check(draft, catalog, today, held);
        this.assessedOn = checked.assessedOn();
        this.overallAssessment = checked.overallAssessment();
        this.abilityScores = new LinkedHashSet<>(checked.abilityScores());
        this.healthConditions = new LinkedHashSet<>(checked.healthConditions());
    }

    public boolean belongsTo(int municipalityId) {
        return this.municipalityId == municipalityId;
    }

    public Optional<Integer> scoreFor(UUID stateCode) {
        return abilityScores.stream().filter(s -> s.stateCode().equals(stateCode)).map(AbilityScore::score).findFirst();
    }

    /** The expected level (forventet tilstand) recorded for a state, if any. */
    public Optional<Integer> expectedLevelFor(UUID stateCode) {
        return abilityScores.stream().filter(s -> s.stateCode().equals(stateCode)).findFirst()
                .flatMap(AbilityScore::expected);
    }

    public Optional<AssessedHealthCondition> healthCondition(UUID conditionCode) {
        return healthConditions.stream().filter(c -> c.conditionCode().equals(conditionCode)).findFirst();
    }

    public Long id() {
        return id;
    }

    public int municipalityId() {
        return municipalityId;
    }

    public long citizenId() {
        return citizenId;
    }

    public Optional<Long> inquiryId() {
        return Optional.ofNullable(inquiryId);
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public String overallAssessment() {
        return overallAssessment;
    }

    public Set<AbilityScore> abilityScores() {
        return Collections.unmodifiableSet(abilityScores);
    }

    public Set<AssessedHealthCondition> healthConditions() {
        return Collections.unmodifiableSet(healthConditions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The caseworker who recorded the assessment (username). */
    public String createdBy() {
        return createdBy;
    }

    public Instant modifiedAt() {
        return modifiedAt;
    }

    public String modifiedBy() {
        return modifiedBy;
    }

    public Integer version() {
        return version;
    }
}
