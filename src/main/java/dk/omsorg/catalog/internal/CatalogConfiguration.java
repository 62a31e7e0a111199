package dk.omsorg.catalog.internal;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.catalog.DanishCalendar;
import dk.omsorg.catalog.FolkepensionAge;
import dk.omsorg.catalog.ShiftHours;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    DanishCalendar danishCalendar(CatalogProperties properties) {
        CatalogProperties.NonWorkingDays days = properties.nonWorkingDays();
        return new DanishCalendar(days.constitutionDay(), days.christmasEve(), days.newYearsEve());
    }

    @Bean
    FolkepensionAge folkepensionAge() {
        return FolkepensionAgeFile.fromClasspath();
    }

    /**
     * The shift hours the delivery windows are checked with: the delivery module's configuration
     * ({@code omsorg.delivery.shifts}, {@code omsorg.delivery.shifts-by-municipality.<code>}), read here so the
     * catalogue does not depend on the delivery module; a time not given is the common split's.
     */
    @Bean
    IntFunction<ShiftHours> shiftHoursByMunicipality(Environment environment) {
        Binder binder = Binder.get(environment);
        ShiftHours standard = hours(binder, "omsorg.delivery.shifts", ShiftHours.STANDARD);
        Map<Integer, ShiftHours> byMunicipality = new ConcurrentHashMap<>();
        return code -> byMunicipality.computeIfAbsent(code,
                c -> hours(binder, "omsorg.delivery.shifts-by-municipality." + c, standard));
    }

    private static ShiftHours hours(Binder binder, String prefix, ShiftHours fallback) {
        Map<String, LocalTime> times = binder.bind(prefix, Bindable.mapOf(String.class, LocalTime.class)).orElse(Map.of());
        if (times.isEmpty()) {
            return fallback;
        }
        return new ShiftHours(times.getOrDefault("day", ShiftHours.STANDARD.day()),
                times.getOrDefault("evening", ShiftHours.STANDARD.evening()),
                times.getOrDefault("night", ShiftHours.STANDARD.night()));
    }

    @Bean
    FsiiiCodes fsiiiCodes(FsiiiCatalog catalog) {
        return new FsiiiCodes(catalog);
    }
}
