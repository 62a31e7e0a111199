package dk.omsorg.vum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A VUM 2.0 assessment (udredning) of a citizen. A draft may be corrected; a completed one is the basis of decisions
 * and is no longer changed (a new assessment is made instead). {@code version} guards against overwriting a
 * colleague's change.
 */
public record VumAssessment(long id, long citizenId, int municipalityId, LocalDate assessedOn, Status status,
                            List<ThemeAssessment> themes, List<Statement> statements, String overallAssessment,
                            Instant completedAt, String completedBy, Instant createdAt, String createdBy,
                            Instant modifiedAt, String modifiedBy, int version) {

    public enum Status { DRAFT, COMPLETED }

    /** One theme: the citizen's resources, challenges and wishes, and the degree of limitation on the scale. */
    public record ThemeAssessment(String themeCode, String resources, String challenges, String wishes,
                                  Integer limitation) {
    }

    /** A statement from others: a GP, psychologist, provider, relative or someone else. */
    public record Statement(StatementSource source, String name, LocalDate givenOn, String text) {
    }

    /** What a caseworker enters; {@code complete} completes the assessment when saved. */
    public record Draft(LocalDate assessedOn, List<ThemeAssessment> themes, List<Statement> statements,
                        String overallAssessment, boolean complete) {
    }
}
