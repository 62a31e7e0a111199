package dk.omsorg.notice.internal;

import dk.omsorg.notice.SameDayPhoneRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Period;

/** The notice rules as configured: the same-day phone time per municipality, and how long a provider keeps access. */
@Component
public class NoticePolicies {

    private final NoticeProperties properties;
    private final Period recentlyEnded;

    NoticePolicies(NoticeProperties properties, @Value("${omsorg.provider.recently-ended:P3M}") Period recentlyEnded) {
        this.properties = properties;
        this.recentlyEnded = recentlyEnded;
    }

    public SameDayPhoneRule sameDayPhone(int municipalityId) {
        return new SameDayPhoneRule(properties.phoneAfter(municipalityId));
    }

    /**
     * How long after its last grant with a provider ended the provider may still read the citizen
     * ({@code omsorg.provider.recently-ended}, default 3 months): long enough to finish documentation
     * and answer the authority, no longer.
     */
    public Period recentlyEnded() {
        return recentlyEnded;
    }
}
