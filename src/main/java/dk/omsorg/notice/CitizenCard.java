package dk.omsorg.notice;

import dk.omsorg.citizen.Citizen;

/** What a provider needs to find and reach the citizen: name, address and phone — no CPR number, no assessments. */
public record CitizenCard(long id, String name, String address, String phone) {

    static CitizenCard of(Citizen citizen) {
        return new CitizenCard(citizen.id(), citizen.name(), citizen.address(), citizen.phone());
    }
}
