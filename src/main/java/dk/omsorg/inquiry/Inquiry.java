package dk.omsorg.inquiry;

import dk.omsorg.inquiry.ProcessingDeadlineTable.ProcessingDeadline;
import dk.omsorg.shared.InvalidInputException;
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
import java.util.ArrayList;
import java.util.List;

/** An inquiry (henvendelse) asking for help for one citizen, with its processing deadline. */
@Table("inquiry")
public class Inquiry {

    @Id
    private Long id;
    private final int municipalityId;
    private final long citizenId;
    private final InquirySource source;
    private final String sourceName;
    private final Instant receivedAt;
    private final String request;
    private final String legalBasis;
    private final Consent consent;
    private final Priority priority;
    private final LocalDate deadline;
    private final int deadlineWeeks;
    private LocalDate expectedDecisionOn;
    private InquiryStatus status;
    private String assignedTo;
    private Instant assignedAt;
    /** The citizen's contact who applied (issue 15); {@code sourceName} keeps the name as it was then. */
    private Long applicantContactId;
    @MappedCollection(idColumn = "inquiry_id", keyColumn = "inquiry_key")
    private List<DeadlineExtension> extensions = new ArrayList<>();
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
    Inquiry(Long id, int municipalityId, long citizenId, InquirySource source, String sourceName, Instant receivedAt,
            String request, String legalBasis, Consent consent, Priority priority, LocalDate deadline, int deadlineWeeks,
            InquiryStatus status, Integer version) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.citizenId = citizenId;
        this.source = source;
        this.sourceName = sourceName;
        this.receivedAt = receivedAt;
        this.request = request;
        this.legalBasis = legalBasis;
        this.consent = consent;
        this.priority = priority;
        this.deadline = deadline;
        this.deadlineWeeks = deadlineWeeks;
        this.status = status;
        this.version = version;
    }

    /**
     * Registers an inquiry. A third party's inquiry needs the citizen's recorded consent; the
     * citizen's own needs none.
     */
    static Inquiry register(int municipalityId, long citizenId, Intake intake, ProcessingDeadline deadline) {
        Consent consent = intake.source().isThirdParty() ? intake.consent() : Consent.NOT_NEEDED;
        if (intake.source().isThirdParty()
                && (consent == null || consent == Consent.NOT_RECORDED || consent == Consent.NOT_NEEDED)) {
            throw new InvalidInputException("consent", "inquiry.consentMissing");
        }
        return new Inquiry(null, municipalityId, citizenId, intake.source(), blankToNull(intake.sourceName()),
                intake.receivedAt(), intake.request().strip(), intake.legalBasis(), consent, intake.priority(),
                deadline.deadline(), deadline.weeks(), InquiryStatus.UNASSIGNED, null);
    }

    void appliedForBy(Long contactId) {
        this.applicantContactId = contactId;
    }

    void assignTo(String caseworker, Instant at) {
        if (status == InquiryStatus.CLOSED) {
            throw new InvalidInputException(null, "inquiry.closed");
        }
        this.assignedTo = caseworker;
        this.assignedAt = at;
        this.status = InquiryStatus.ASSIGNED;
    }

    /**
     * Records a new expected decision date when the deadline cannot be held (seed 001: "oplyses
     * borgeren om ny forventet sagsbehandlingstid"). The new date must lie after the current one.
     */
    void postponeDecision(LocalDate newDate, String reason, String by, Instant at) {
        if (status == InquiryStatus.CLOSED) {
            throw new InvalidInputException(null, "inquiry.closed");
        }
        if (newDate == null) {
            throw new InvalidInputException("expectedDecisionOn", "inquiry.postpone.dateRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "inquiry.postpone.reasonRequired");
        }
        if (!newDate.isAfter(effectiveDeadline())) {
            throw new InvalidInputException("expectedDecisionOn", "inquiry.postpone.notLater", effectiveDeadline());
        }
        this.expectedDecisionOn = newDate;
        this.extensions.add(new DeadlineExtension(newDate, reason.strip(), at, by));
    }

    /** Closes the inquiry: it has been decided. A closed inquiry is never decided again. */
    void close() {
        if (status == InquiryStatus.CLOSED) {
            throw new InvalidInputException(null, "inquiry.closed");
        }
        this.status = InquiryStatus.CLOSED;
    }

    public boolean isClosed() {
        return status == InquiryStatus.CLOSED;
    }

    /** The date the decision is due: the statutory deadline, or the later date the citizen was told. */
    public LocalDate effectiveDeadline() {
        return expectedDecisionOn != null ? expectedDecisionOn : deadline;
    }

    public DeadlineUrgency urgencyOn(LocalDate today) {
        return DeadlineUrgency.of(effectiveDeadline(), today);
    }

    public boolean belongsTo(int municipalityId) {
        return this.municipalityId == municipalityId;
    }

    public Long id() { return id; }
    public int municipalityId() { return municipalityId; }
    public long citizenId() { return citizenId; }
    public InquirySource source() { return source; }
    public String sourceName() { return sourceName; }
    public Instant receivedAt() { return receivedAt; }
    public String request() { return request; }
    public String legalBasis() { return legalBasis; }
    public Consent consent() { return consent; }
    public Priority priority() { return priority; }
    public LocalDate deadline() { return deadline; }
    public int deadlineWeeks() { return deadlineWeeks; }
    public LocalDate expectedDecisionOn() { return expectedDecisionOn; }
    public InquiryStatus status() { return status; }
    public String assignedTo() { return assignedTo; }
    public Long applicantContactId() { return applicantContactId; }
    public Instant assignedAt() { return assignedAt; }
    public List<DeadlineExtension> extensions() { return List.copyOf(extensions); }
    public String createdBy() { return createdBy; }
    public Integer version() { return version; }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What the coordinator registers about the request itself. */
    public record Intake(InquirySource source, String sourceName, Instant receivedAt, String request,
                         String legalBasis, Consent consent, Priority priority) {
    }
}
