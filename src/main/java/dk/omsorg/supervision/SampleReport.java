package dk.omsorg.supervision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/** A sample with its figures, per provider (municipal first, then by name) and citizen (by name). */
public record SampleReport(Sample sample, List<ProviderPart> providers) {

    /** One provider's drawn citizens. */
    public record ProviderPart(long providerId, String providerName, List<CitizenPart> citizens) {

        @JsonIgnore
        public int grantCount() {
            return citizens.stream().mapToInt(c -> c.lines().size()).sum();
        }
    }

    /** A drawn citizen and the grants the provider delivered in the period (empty when none any longer). */
    public record CitizenPart(long citizenId, String citizenName, int drawRank, List<Line> lines) {
    }

    /**
     * One grant of one citizen as the provider delivered it in the period.
     *
     * @param days             the days of the period on which this provider delivered the grant (its period after
     *                         switches of provider, within the sample's period)
     * @param weeklyMinutes    granted minutes a week (the grant's current version)
     * @param grantedMinutes   per day the weekly minutes of the grant version in effect, summed over the days, ÷ 7,
     *                         rounded half up to whole minutes (weeklyMinutes × days / 7 when the grant did not change)
     * @param plannedMinutes   planned visits' minutes in the period
     * @param deliveredMinutes delivered visits' minutes in the period (visits not delivered not counted)
     */
    public record Line(UUID grantKey, String interventionCode, String interventionName, String legalBasis,
                       int weeklyMinutes, int days, int grantedMinutes, int plannedMinutes, int deliveredMinutes,
                       NotDelivered notDelivered) {

        /** Delivered minus granted minutes. */
        @JsonProperty
        public int deviationMinutes() {
            return deliveredMinutes - grantedMinutes;
        }

        /** Planned minus granted minutes. */
        @JsonProperty
        public int plannedDeviationMinutes() {
            return plannedMinutes - grantedMinutes;
        }

        /** (delivered − granted) / granted in per cent with one decimal, half up; null when nothing was granted. */
        @JsonProperty
        public BigDecimal deviationPercent() {
            if (grantedMinutes == 0) {
                return null;
            }
            return BigDecimal.valueOf(deviationMinutes() * 100L).divide(BigDecimal.valueOf(grantedMinutes), 1, RoundingMode.HALF_UP);
        }
    }

    /** Visits registered as not delivered in the period, by reason (the delivery module's reasons). */
    public record NotDelivered(int citizenAbsent, int hospitalised, int cancelledByCitizen, int replacementHelp) {

        @JsonProperty
        public int total() {
            return citizenAbsent + hospitalised + cancelledByCitizen + replacementHelp;
        }

        /** Reason code → count, only the reasons that occurred, in the delivery module's order. */
        @JsonIgnore
        public java.util.Map<String, Integer> byReason() {
            java.util.Map<String, Integer> map = new java.util.LinkedHashMap<>();
            if (citizenAbsent > 0) {
                map.put("CITIZEN_ABSENT", citizenAbsent);
            }
            if (hospitalised > 0) {
                map.put("HOSPITALISED", hospitalised);
            }
            if (cancelledByCitizen > 0) {
                map.put("CANCELLED_BY_CITIZEN", cancelledByCitizen);
            }
            if (replacementHelp > 0) {
                map.put("REPLACEMENT_HELP", replacementHelp);
            }
            return map;
        }
    }
}
