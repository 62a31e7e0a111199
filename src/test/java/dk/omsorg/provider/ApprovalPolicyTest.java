package dk.omsorg.provider;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.DeliveredBy;
import dk.omsorg.citizen.District;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per reason a provider may not deliver an area's help in a district on a day. */
class ApprovalPolicyTest {

    static final LocalDate DAY = LocalDate.of(2025, 6, 2);
    static final District HUNDIGE = new District(253, "hundige", "Hundige");
    static final District TUNE = new District(253, "tune", "Tune");
    static final Provider PRIVATE = new Provider(2, 253, "Solsikken Hjemmepleje ApS", "39154722", ProviderKind.PRIVATE,
            null, null, null);
    static final Provider MUNICIPAL = new Provider(1, 253, "Greve Kommune Hjemmeplejen", "44023911", ProviderKind.MUNICIPAL,
            null, null, null);
    static final ProviderApprovals APPROVALS = new ProviderApprovals(
            List.of(new Approval("personlig-pleje", LocalDate.of(2022, 1, 1), null),
                    new Approval("praktisk-hjaelp", LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31))),
            List.of(new Approval("hundige", LocalDate.of(2022, 1, 1), null),
                    new Approval("karlslunde", LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31))));

    static Area area(String code, DeliveredBy... deliveredBy) {
        return new Area(code, null, "Område " + code, List.of("SEL § 83 stk. 1 nr. 1"), true, true, List.of(deliveredBy),
                false, null, null, null, List.of(), List.of(), null, false, List.of(), null, null, null, null, List.of(),
                List.of(), List.of());
    }

    static final Area PERSONAL_CARE = area("personlig-pleje", DeliveredBy.MUNICIPAL, DeliveredBy.APPROVED_PRIVATE);

    @Test
    void approvedForTheAreaAndTheDistrictOnTheDayIsAllowed() {
        assertThat(ApprovalPolicy.check(PRIVATE, APPROVALS, PERSONAL_CARE, HUNDIGE, DAY).allowed()).isTrue();
    }

    @Test
    void notApprovedForTheAreaIsRejected() {
        var result = ApprovalPolicy.check(PRIVATE, APPROVALS, area("madservice", DeliveredBy.APPROVED_PRIVATE), HUNDIGE, DAY);
        assertThat(result).isInstanceOf(ApprovalPolicy.Rejected.class);
        assertThat(((ApprovalPolicy.Rejected) result).messageKey()).isEqualTo("provider.approval.area");
    }

    @Test
    void notApprovedInTheDistrictIsRejected() {
        var result = ApprovalPolicy.check(PRIVATE, APPROVALS, PERSONAL_CARE, TUNE, DAY);
        assertThat(((ApprovalPolicy.Rejected) result).messageKey()).isEqualTo("provider.approval.district");
    }

    @Test
    void anAreaApprovalThatEndedBeforeTheDayIsRejected() {
        var result = ApprovalPolicy.check(PRIVATE, APPROVALS,
                area("praktisk-hjaelp", DeliveredBy.MUNICIPAL, DeliveredBy.APPROVED_PRIVATE), HUNDIGE, DAY);
        assertThat(((ApprovalPolicy.Rejected) result).messageKey()).isEqualTo("provider.approval.areaOnDate");
        assertThat(((ApprovalPolicy.Rejected) result).args()).contains("01.01.2022–31.12.2024");
    }

    @Test
    void aDistrictApprovalThatEndedBeforeTheDayIsRejected() {
        var result = ApprovalPolicy.check(PRIVATE, APPROVALS, PERSONAL_CARE, new District(253, "karlslunde", "Karlslunde"), DAY);
        assertThat(((ApprovalPolicy.Rejected) result).messageKey()).isEqualTo("provider.approval.districtOnDate");
        assertThat(ApprovalPolicy.check(PRIVATE, APPROVALS, PERSONAL_CARE, new District(253, "karlslunde", "Karlslunde"),
                LocalDate.of(2024, 12, 31)).allowed()).as("the last day of the approval").isTrue();
    }

    @Test
    void aPrivateProviderWhereTheStandardNamesOnlyTheMunicipalityIsRejected() {
        var result = ApprovalPolicy.check(PRIVATE, APPROVALS, area("personlig-pleje", DeliveredBy.MUNICIPAL), HUNDIGE, DAY);
        assertThat(((ApprovalPolicy.Rejected) result).messageKey()).isEqualTo("provider.approval.notPrivate");
    }

    @Test
    void theMunicipalProviderWhereTheStandardNamesOnlyPrivateProvidersIsRejected() {
        var result = ApprovalPolicy.check(MUNICIPAL, APPROVALS, area("personlig-pleje", DeliveredBy.APPROVED_PRIVATE,
                DeliveredBy.FREE_CHOICE_VOUCHER), HUNDIGE, DAY);
        assertThat(((ApprovalPolicy.Rejected) result).messageKey()).isEqualTo("provider.approval.notMunicipal");
    }
}
