package dk.omsorg.catalog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One legal basis a catalogue gives an area or intervention, with the period it applies and, where
 * the law divides by age, to whom. Since 1 July 2025 help to citizens of folkepension age rests on
 * Ældreloven while younger citizens keep serviceloven, so a standard written before then names a
 * basis that no longer applies to every citizen.
 *
 * @param text      as printed in the letter, e.g. "SEL § 83 stk. 1 nr. 1" or "Ældreloven § 10"
 * @param validFrom the first day it applies
 * @param validTo   the last day it applies; null while in force
 * @param citizens  to whom it applies
 */
public record LegalBasis(String text, LocalDate validFrom, LocalDate validTo, Citizens citizens) {

    public LegalBasis {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(validFrom, "validFrom");
        citizens = citizens == null ? Citizens.ALL : citizens;
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo is before validFrom");
        }
    }

    /** Who a legal basis applies to, by the citizen's age on the decision date. */
    public enum Citizens {
        ALL,
        /** Citizens who have reached the folkepension age (lov om social pension § 1 a). */
        FOLKEPENSION_AGE,
        /** Citizens below the folkepension age. */
        UNDER_FOLKEPENSION_AGE
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether it divides citizens by age. */
    public boolean byAge() {
        return citizens != Citizens.ALL;
    }

    /** @param pensionAge whether the citizen has reached the folkepension age; null when not known */
    public boolean appliesTo(Boolean pensionAge) {
        return switch (citizens) {
            case ALL -> true;
            case FOLKEPENSION_AGE -> Boolean.TRUE.equals(pensionAge);
            case UNDER_FOLKEPENSION_AGE -> Boolean.FALSE.equals(pensionAge);
        };
    }
}
