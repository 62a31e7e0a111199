package dk.omsorg.notice.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code omsorg.notice.*}: how the notices run. The municipalities' own values (the same-day phone time) are policy
 * data in {@code policy/<code>-<name>/notice.yaml} ({@link NoticePolicies}), not configuration.
 *
 * @param retryFailedEvery how often event publications whose listener failed are tried again
 */
@ConfigurationProperties("omsorg.notice")
record NoticeProperties(@DefaultValue("PT5M") Duration retryFailedEvery) {
}
