package dk.omsorg.inquiry.web;

import dk.omsorg.inquiry.Consent;
import dk.omsorg.inquiry.InquirySource;
import dk.omsorg.inquiry.Priority;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;

/** The registration form as typed; the domain checks it. */
public class InquiryForm {

    private String cprNumber;
    private String citizenName;
    private String address;
    private String phone;
    private String district;
    private InquirySource source = InquirySource.CITIZEN;
    private String sourceName;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime receivedAt;
    private String request;
    private String legalBasis;
    private Consent consent = Consent.NOT_RECORDED;
    private Priority priority = Priority.NORMAL;
    /** Issue 15: the applicant picked from the citizen's contacts, or added as a new contact. */
    private Long applicantContactId;
    private boolean addApplicantAsContact;
    private dk.omsorg.citizen.ContactRelation applicantRelation = dk.omsorg.citizen.ContactRelation.RELATIVE;
    private String applicantPhone;

    public String getCprNumber() { return cprNumber; }
    public void setCprNumber(String cprNumber) { this.cprNumber = cprNumber; }
    public String getCitizenName() { return citizenName; }
    public void setCitizenName(String citizenName) { this.citizenName = citizenName; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public InquirySource getSource() { return source; }
    public void setSource(InquirySource source) { this.source = source; }
    public String getSourceName() { return sourceName; }
    public void setSourceName(String sourceName) { this.sourceName = sourceName; }
    public LocalDateTime getReceivedAt() { return receivedAt; }
    public void setReceivedAt(LocalDateTime receivedAt) { this.receivedAt = receivedAt; }
    public String getRequest() { return request; }
    public void setRequest(String request) { this.request = request; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public Consent getConsent() { return consent; }
    public void setConsent(Consent consent) { this.consent = consent; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public Long getApplicantContactId() { return applicantContactId; }
    public void setApplicantContactId(Long applicantContactId) { this.applicantContactId = applicantContactId; }
    public boolean isAddApplicantAsContact() { return addApplicantAsContact; }
    public void setAddApplicantAsContact(boolean addApplicantAsContact) { this.addApplicantAsContact = addApplicantAsContact; }
    public dk.omsorg.citizen.ContactRelation getApplicantRelation() { return applicantRelation; }
    public void setApplicantRelation(dk.omsorg.citizen.ContactRelation applicantRelation) { this.applicantRelation = applicantRelation; }
    public String getApplicantPhone() { return applicantPhone; }
    public void setApplicantPhone(String applicantPhone) { this.applicantPhone = applicantPhone; }

    dk.omsorg.inquiry.Applicant applicant() {
        return new dk.omsorg.inquiry.Applicant(applicantContactId, addApplicantAsContact, applicantRelation, applicantPhone);
    }
}
