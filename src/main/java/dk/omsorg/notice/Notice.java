package dk.omsorg.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A notice (advis) as stored.
 *
 * @param decisionId   the decision version the notice is about (to a provider); null for a switch
 * @param before       the grant before a change; null for a new grant and from a provider
 * @param after        the grant as decided now; for a notice from a provider, the grant it is about, if any
 * @param effectiveOn  see {@link NoticeRules#effectiveOn}
 * @param urgent       seed 002: sent after the municipality's time and to take effect the same day
 * @param caseworker   the caseworker who made the decision: who answers the provider
 */
public record Notice(long id, int municipalityId, long citizenId, long providerId, NoticeDirection direction,
                     NoticeKind kind, Long decisionId, UUID grantKey, GrantSnapshot before, GrantSnapshot after,
                     LocalDate effectiveOn, boolean urgent, boolean afterComplaint, boolean minorAdjustment,
                     String text, String caseworker, Instant createdAt, String createdBy, Instant acknowledgedAt,
                     String acknowledgedBy, int version) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public boolean toProvider() {
        return direction == NoticeDirection.TO_PROVIDER;
    }

    /** What changed in the grant, field by field; empty for a new grant. */
    public List<GrantSnapshot.FieldChange> changes() {
        return after == null ? List.of() : after.changesFrom(before);
    }

    /** How long the notice has waited for acknowledgement at {@code now}; zero once acknowledged. */
    public Duration waiting(Instant now) {
        return acknowledged() ? Duration.ZERO : Duration.between(createdAt, now);
    }
}
