package dk.omsorg.catalog.internal;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.catalog.DanishCalendar;
import dk.omsorg.catalog.FolkepensionAge;
import dk.omsorg.catalog.ShiftHours;
import dk.omsorg.shared.ShiftTimes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
     * The shift hours the delivery windows are checked with: the municipality's {@code policy/<code>-<name>/shifts.yaml}
     * (the same times the delivery module derives a visit's shift from).
     */
    @Bean
    IntFunction<ShiftHours> shiftHoursByMunicipality(ShiftTimes shiftTimes) {
        return code -> {
            ShiftTimes.Times t = shiftTimes.of(code);
            return new ShiftHours(t.day(), t.evening(), t.night());
        };
    }

    @Bean
    FsiiiCodes fsiiiCodes(FsiiiCatalog catalog) {
        return new FsiiiCodes(catalog);
    }
}
