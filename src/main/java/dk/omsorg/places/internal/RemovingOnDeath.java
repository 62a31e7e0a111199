package dk.omsorg.places.internal;

import dk.omsorg.citizen.CitizenDied;
import dk.omsorg.places.PlaceListUpkeep;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A recorded death takes the citizen off every waiting list, in the recording transaction (seed 002: "ved dødsfald"). */
@Component
class RemovingOnDeath {

    private final PlaceListUpkeep upkeep;

    RemovingOnDeath(PlaceListUpkeep upkeep) {
        this.upkeep = upkeep;
    }

    @EventListener
    void on(CitizenDied died) {
        upkeep.removeOnDeath(died.municipalityId(), died.citizenId(), died.diedOn(),
                died.caseworker() == null ? "system" : died.caseworker());
    }
}
