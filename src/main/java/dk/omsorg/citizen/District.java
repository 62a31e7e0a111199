package dk.omsorg.citizen;

/**
 * A district (distrikt) of a municipality: the citizen lives in one, and providers are approved per
 * district. The list is policy data (the provider module's {@code providers.yaml}).
 */
public record District(int municipalityId, String code, String name) {
}
