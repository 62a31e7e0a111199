package dk.omsorg.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A municipality's follow-up rules as read from its {@code follow-up.yaml}.
 *
 * @param dueSoonDays the queue marks follow-ups due within this many days
 */
public record MunicipalityFollowUp(int municipalityId, String source, int dueSoonDays, List<FollowUpRule> rules,
                                   String file) {

    public MunicipalityFollowUp {
        rules = List.copyOf(rules);
    }

    /** The rule of the type in force on {@code day}; at most one is (the loader refuses overlaps). */
    public <T extends FollowUpRule> Optional<T> inForce(Class<T> type, LocalDate day) {
        return rules.stream().filter(type::isInstance).map(type::cast).filter(r -> r.validity().covers(day)).findFirst();
    }
}
