package dk.omsorg.places.internal;

import dk.omsorg.delivery.Absence;
import dk.omsorg.delivery.AbsenceRegistered;
import dk.omsorg.places.PlaceListUpkeep;
import dk.omsorg.places.PlacePolicies;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A hospital admission registered as an absence takes the citizen off the waiting lists whose rule says so (places.yaml
 * removeOnAdmission; seed 002 asks to be told of an admission). Runs in the registering transaction.
 */
@Component
class RemovingOnAdmission {

    private final PlacePolicies policies;
    private final PlaceListUpkeep upkeep;

    RemovingOnAdmission(PlacePolicies policies, PlaceListUpkeep upkeep) {
        this.policies = policies;
        this.upkeep = upkeep;
    }

    @EventListener
    void on(AbsenceRegistered event) {
        if (event.kind() != Absence.Kind.HOSPITAL) {
            return;
        }
        policies.forMunicipality(event.municipalityId())
                .ifPresent(p -> upkeep.removeOnAdmission(p, event.citizenId(), event.from(), event.registeredBy()));
    }
}
