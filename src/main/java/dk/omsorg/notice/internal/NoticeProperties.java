package dk.omsorg.notice.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

/**
 * {@code omsorg.notice.*}.
 *
 * @param phoneAfter                 the same-day phone time where a municipality has not set its own
 *                                   (seed 002: 14.30)
 * @param phoneAfterByMunicipality   per municipality code, e.g. {@code 561: "14:30"}
 * @param retryFailedEvery           how often event publications whose listener failed are tried again
 */
@ConfigurationProperties("omsorg.notice")
record NoticeProperties(@DefaultValue("14:30") LocalTime phoneAfter, Map<Integer, LocalTime> phoneAfterByMunicipality,
                        @DefaultValue("PT5M") Duration retryFailedEvery) {

    NoticeProperties {
        phoneAfterByMunicipality = phoneAfterByMunicipality == null ? Map.of() : Map.copyOf(phoneAfterByMunicipality);
    }

    LocalTime phoneAfter(int municipalityId) {
        return phoneAfterByMunicipality.getOrDefault(municipalityId, phoneAfter);
    }
}
