package dk.omsorg.provider.internal;

import dk.omsorg.security.StaffDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo provider users, password {@code demo}: {@code leverandor-a} works for Solsikken Hjemmepleje ApS,
 * {@code leverandor-b} for Kystens Hjemmeservice ApS (two different Greve providers), {@code hjemmeplejen} for
 * the municipal provider Greve Kommune Hjemmeplejen (see {@code policy/253-greve/providers.yaml});
 * {@code hjemmeplejen-esbjerg} and {@code leverandor-esbjerg} for Esbjerg's municipal and private provider;
 * {@code socialafdelingen-ikast} for Ikast-Brande's municipal provider. Never in the {@code prod} profile.
 * Runs after the providers are loaded.
 */
@Component
@Profile("!prod")
@Order(3)
class DemoProviderUsers implements ApplicationRunner {

    static final int GREVE = 253;
    static final int ESBJERG = 561;
    static final int IKAST_BRANDE = 756;

    private final ProviderTables tables;
    private final StaffDirectory staff;
    private final PasswordEncoder encoder;

    DemoProviderUsers(ProviderTables tables, StaffDirectory staff, PasswordEncoder encoder) {
        this.tables = tables;
        this.staff = staff;
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        String demo = encoder.encode("demo");
        tables.idByCode(GREVE, "solsikken-hjemmepleje").ifPresent(id ->
                staff.addProviderUserIfMissing("leverandor-a", "Anna Leverandør (Solsikken)", GREVE, id, demo));
        tables.idByCode(GREVE, "kystens-hjemmeservice").ifPresent(id ->
                staff.addProviderUserIfMissing("leverandor-b", "Bo Leverandør (Kystens)", GREVE, id, demo));
        tables.idByCode(GREVE, "greve-hjemmeplejen").ifPresent(id ->
                staff.addProviderUserIfMissing("hjemmeplejen", "Hanne Hjemmeplejen (Greve Kommune)", GREVE, id, demo));
        tables.idByCode(ESBJERG, "esbjerg-hjemmeplejen").ifPresent(id ->
                staff.addProviderUserIfMissing("hjemmeplejen-esbjerg", "Henrik Hjemmeplejen (Esbjerg Kommune)", ESBJERG, id, demo));
        tables.idByCode(ESBJERG, "vestkystens-omsorg").ifPresent(id ->
                staff.addProviderUserIfMissing("leverandor-esbjerg", "Vera Leverandør (Vestkystens)", ESBJERG, id, demo));
        tables.idByCode(IKAST_BRANDE, "ikast-brande-socialafdelingen").ifPresent(id ->
                staff.addProviderUserIfMissing("socialafdelingen-ikast", "Søren Socialafdelingen (Ikast-Brande Kommune)",
                        IKAST_BRANDE, id, demo));
    }
}
