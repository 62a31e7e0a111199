package dk.omsorg.inquiry;

/** Request bodies other tests use to get a citizen through intake. */
public final class InquiryApiTestData {

    private InquiryApiTestData() {
    }

    /** The citizen applies personally for § 83 help, received 6 January 2025. */
    public static String citizenInquiry(String cpr) {
        return InquiryApiTest.inquiry(cpr, "CITIZEN", null, "2025-01-06T10:00:00+01:00", "SEL § 83");
    }
}
