package dk.omsorg.provider;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.DeliveredBy;
import dk.omsorg.citizen.District;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a provider may deliver an area's help in a district on a day: the area's quality standard lets
 * that kind of provider deliver it ({@code deliveredBy}: MUNICIPAL for the municipal provider,
 * APPROVED_PRIVATE for a private one), and the provider is approved for the area and for the district, each
 * on that day. The result says why not, for the caseworker and the API.
 */
public final class ApprovalPolicy {

    private ApprovalPolicy() {
    }

    public sealed interface Result permits Allowed, Rejected {
        default boolean allowed() {
            return this instanceof Allowed;
        }
    }

    public record Allowed() implements Result {
    }

    /** @param messageKey a key in messages_da.properties; the arguments fit it */
    public record Rejected(String messageKey, Object... args) implements Result {
    }

    public static Result check(Provider provider, ProviderApprovals approvals, Area area, District district, LocalDate day) {
        if (!deliverableBy(area, provider.kind())) {
            return new Rejected(provider.municipal() ? "provider.approval.notMunicipal" : "provider.approval.notPrivate",
                    provider.name(), area.name());
        }
        return check(provider, approvals, area.code(), area.name(), district, day);
    }

    /** The approvals alone, for an area known only by its code (a grant decided under an older catalogue). */
    public static Result check(Provider provider, ProviderApprovals approvals, String areaCode, String areaName,
                               District district, LocalDate day) {
        List<Approval> forArea = approvals.areas().stream().filter(a -> a.code().equals(areaCode)).toList();
        if (forArea.isEmpty()) {
            return new Rejected("provider.approval.area", provider.name(), areaName);
        }
        List<Approval> inDistrict = approvals.districts().stream().filter(a -> a.code().equals(district.code())).toList();
        if (inDistrict.isEmpty()) {
            return new Rejected("provider.approval.district", provider.name(), district.name());
        }
        if (forArea.stream().noneMatch(a -> a.covers(day))) {
            return new Rejected("provider.approval.areaOnDate", provider.name(), areaName, day, periods(forArea));
        }
        if (inDistrict.stream().noneMatch(a -> a.covers(day))) {
            return new Rejected("provider.approval.districtOnDate", provider.name(), district.name(), day, periods(inDistrict));
        }
        return new Allowed();
    }

    /** Whether the area's standard lets this kind of provider deliver it. */
    public static boolean deliverableBy(Area area, ProviderKind kind) {
        return area.deliveredBy().contains(kind == ProviderKind.MUNICIPAL ? DeliveredBy.MUNICIPAL : DeliveredBy.APPROVED_PRIVATE);
    }

    private static String periods(List<Approval> approvals) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        return approvals.stream().map(a -> f.format(a.validFrom()) + "–" + (a.validTo() == null ? "" : f.format(a.validTo())))
                .collect(Collectors.joining(", "));
    }
}
