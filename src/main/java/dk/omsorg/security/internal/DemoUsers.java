package dk.omsorg.security.internal;

import dk.omsorg.security.Role;
import dk.omsorg.security.StaffDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo users, one per role, all with password {@code demo}. Never in the {@code prod} profile.
 */
@Component
@Profile("!" + SecurityConfiguration.PROD)
@Order(0)
class DemoUsers implements ApplicationRunner {

    static final int GREVE = 253;
    static final int ESBJERG = 561;
    static final int IKAST_BRANDE = 756;

    private final StaffDirectory staff;
    private final PasswordEncoder encoder;

    DemoUsers(StaffDirectory staff, PasswordEncoder encoder) {
        this.staff = staff;
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        String demo = encoder.encode("demo");
        staff.addIfMissing("koordinator", "Kirsten Koordinator", Role.COORDINATOR, GREVE, demo);
        staff.addIfMissing("visitator", "Vibeke Visitator", Role.CASEWORKER, GREVE, demo);
        staff.addIfMissing("visitator2", "Villads Visitator", Role.CASEWORKER, GREVE, demo);
        staff.addIfMissing("leder", "Lene Leder", Role.LEADER, GREVE, demo);
        staff.addIfMissing("okonomi", "Ole Økonomi", Role.FINANCE, GREVE, demo);
        staff.addIfMissing("tilsyn", "Tove Tilsyn", Role.SUPERVISOR, GREVE, demo);
        staff.addIfMissing("visitator-esbjerg", "Erik Visitator", Role.CASEWORKER, ESBJERG, demo);
        staff.addIfMissing("koordinator-esbjerg", "Eva Koordinator", Role.COORDINATOR, ESBJERG, demo);
        staff.addIfMissing("visitator-ikast", "Ida Visitator", Role.CASEWORKER, IKAST_BRANDE, demo);
        staff.addIfMissing("koordinator-ikast", "Ingrid Koordinator", Role.COORDINATOR, IKAST_BRANDE, demo);
        staff.addIfMissing("okonomi-ikast", "Inge Økonomi", Role.FINANCE, IKAST_BRANDE, demo);
        // the leader of Myndighed approves recommendations above the caseworker's authority
        staff.addIfMissing("leder-ikast", "Ib Leder", Role.LEADER, IKAST_BRANDE, demo);
        // the hospital's system client that posts hospital notifications for Greve's citizens (issue 20)
        staff.addIfMissing("sygehus-greve", "Sygehusets system (demo)", Role.HOSPITAL, GREVE, demo);
    }
}
