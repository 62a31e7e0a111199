package dk.omsorg.provider;

import java.util.Objects;

/**
 * A provider (leverandør) approved in one municipality.
 *
 * @param id             stable across restarts (the policy file names providers by code)
 * @param municipalityId the official municipality code
 * @param cvr            the 8-digit CVR number
 */
public record Provider(long id, int municipalityId, String name, String cvr, ProviderKind kind, String phone,
                       String email, String address) {

    public Provider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (cvr == null || !Cvr.isValid(cvr)) {
            throw new IllegalArgumentException("Invalid CVR number: " + cvr);
        }
    }

    public boolean municipal() {
        return kind == ProviderKind.MUNICIPAL;
    }
}
