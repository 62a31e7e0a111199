package dk.omsorg.notice;

import dk.omsorg.provider.Provider;

/** The provider as a caseworker needs it to phone: name, phone, e-mail. */
public record ProviderCard(long id, String name, String phone, String email) {

    static ProviderCard of(Provider provider) {
        return new ProviderCard(provider.id(), provider.name(), provider.phone(), provider.email());
    }
}
