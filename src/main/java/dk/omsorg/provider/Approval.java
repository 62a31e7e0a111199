package dk.omsorg.provider;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One approval of a provider: for a catalogue area or a district, in a period.
 *
 * @param code    the area code (e.g. {@code personlig-pleje}) or district code (e.g. {@code hundige})
 * @param validTo the last day; null when open
 */
public record Approval(String code, LocalDate validFrom, LocalDate validTo) {

    public Approval {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("An approval cannot end before it starts");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(Approval other) {
        return code.equals(other.code) && (other.validTo == null || !validFrom.isAfter(other.validTo))
                && (validTo == null || !other.validFrom.isAfter(validTo));
    }
}
