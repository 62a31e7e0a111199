package dk.omsorg.demo;

import dk.omsorg.citizen.CprNumber;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.inquiry.Consent;
import dk.omsorg.inquiry.Inquiries;
import dk.omsorg.inquiry.Inquiry;
import dk.omsorg.inquiry.InquirySource;
import dk.omsorg.inquiry.Priority;
import dk.omsorg.security.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A handful of citizens and inquiries in Greve, Esbjerg and Ikast-Brande, registered through the
 * same use cases a coordinator uses (so deadlines come from the policy files and everything is
 * audited), at dates relative to today so the queues show overdue, due-soon and fresh cases.
 * Runs once, on an empty database. The districts are the demo districts of the municipalities' providers.yaml.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "omsorg.demo-data", matchIfMissing = true)
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Inquiries inquiries;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoData(Inquiries inquiries, StaffDirectory staff, JdbcClient jdbc, Clock clock) {
        this.inquiries = inquiries;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from citizen").query(Long.class).single() > 0) {
            return;
        }
        as("koordinator", () -> {
            register("120338-2846", "Karen Hansen", "Strandvejen 12, 2670 Greve", InquirySource.RELATIVE, "Sønnen Lars",
                    35, "Hjælp til rengøring og indkøb", "SEL § 83", Consent.GIVEN_ORALLY, Priority.NORMAL, null, "greve-nord");
            register("030645-1233", "Poul Nielsen", "Greve Centervej 3, 2670 Greve", InquirySource.CITIZEN, null,
                    2, "Rehabiliteringsforløb efter fald", "SEL § 83 a", Consent.NOT_NEEDED, Priority.HIGH, null, "greve-midt");
            register("270131-0562", "Inger Madsen", "Hundige Strandvej 101, 2670 Greve", InquirySource.HOSPITAL,
                    "Sjællands Universitetshospital, Køge", 0, "Udskrivelse: hjælp til personlig pleje morgen og aften",
                    "SEL § 83", Consent.GIVEN_IN_WRITING, Priority.ACUTE, null, "hundige");
            register("151242-1111", "Erik Larsen", "Tune Vej 8, 2670 Greve", InquirySource.GP, "Lægerne i Greve",
                    52, "Rollator og badebænk", "SEL § 112", Consent.GIVEN_IN_WRITING, Priority.NORMAL, "visitator", "tune");
            register("090936-3457", "Bent Sørensen", "Karlslunde Strandvej 40, 2690 Karlslunde", InquirySource.CITIZEN,
                    null, 70, "Madservice", "SEL § 83", Consent.NOT_NEEDED, Priority.NORMAL, "visitator", "karlslunde");
        });
        as("koordinator-esbjerg", () -> register("010150-1235", "Jens Kristensen", "Kongensgade 5, 6700 Esbjerg",
                InquirySource.CITIZEN, null, 10, "Hjælp til bad", "SEL § 83", Consent.NOT_NEEDED, Priority.NORMAL, null,
                "esbjerg-midt"));
        as("koordinator-ikast", () -> register("050585-2468", "Mette Poulsen", "Østergade 2, 7430 Ikast",
                InquirySource.CITIZEN, null, 20, "Socialpædagogisk støtte i eget hjem", "SEL § 85", Consent.NOT_NEEDED,
                Priority.NORMAL, null, "ikast"));
        log.info("Demo citizens and inquiries registered");
    }

    private void register(String cpr, String name, String address, InquirySource source, String sourceName, int daysAgo,
                          String request, String legalBasis, Consent consent, Priority priority, String assignTo,
                          String district) {
        Instant received = Instant.now(clock).minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(1));
        Inquiry inquiry = inquiries.register(new Citizens.NewCitizen(CprNumber.of(cpr), name, address, "+45 43 97 00 00", district),
                new Inquiry.Intake(source, sourceName, received, request, legalBasis, consent, priority));
        if (assignTo != null) {
            inquiries.assign(inquiry.id(), assignTo);
        }
    }

    private void as(String username, Runnable work) {
        as(staff, username, () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work as the demo user, through the same security checks as the user's own requests. */
    static <T> T as(StaffDirectory staff, String username, Supplier<T> work) {
        var user = staff.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
