package dk.omsorg.delivery.internal;

import dk.omsorg.delivery.ShiftBoundaries;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalTime;
import java.util.Map;

/**
 * {@code omsorg.delivery.*}.
 *
 * @param shifts                 where the shifts begin unless a municipality has its own: the common Danish
 *                               home-care split, day 07–15, evening 15–23, night 23–07 (the seeds name the shifts
 *                               but give no times; a municipality's own times go in {@code shifts-by-municipality})
 * @param shiftsByMunicipality   per municipality code, e.g. {@code 253: {day: "07:00", evening: "15:30", night: "23:00"}}
 */
@ConfigurationProperties("omsorg.delivery")
public record DeliveryProperties(@DefaultValue Shifts shifts, Map<Integer, Shifts> shiftsByMunicipality) {

    public DeliveryProperties {
        shiftsByMunicipality = shiftsByMunicipality == null ? Map.of() : Map.copyOf(shiftsByMunicipality);
        shifts.boundaries();
        shiftsByMunicipality.values().forEach(Shifts::boundaries);
    }

    public record Shifts(@DefaultValue("07:00") LocalTime day, @DefaultValue("15:00") LocalTime evening,
                         @DefaultValue("23:00") LocalTime night) {

        ShiftBoundaries boundaries() {
            return new ShiftBoundaries(day, evening, night);
        }
    }

    public ShiftBoundaries shifts(int municipalityId) {
        return shiftsByMunicipality.getOrDefault(municipalityId, shifts).boundaries();
    }
}
