package dk.omsorg.inquiry;

public enum InquiryStatus {
    UNASSIGNED,
    ASSIGNED,
    CLOSED
}
