package dk.omsorg.bench;

import dk.omsorg.OmsorgApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application on the embedded data directory given, as {@code ./mvnw spring-boot:run} does (demo data on,
 * a free port), prints {@link #READY} once every start-up runner is done, and stops it (for {@link StartBenchmark}).
 */
public final class StartProbe {

    static final String READY = "OMSORG-READY";

    private StartProbe() {
    }

    public static void main(String[] args) {
        // as command-line arguments, so they win over the test classpath's application.properties (the bench runs on
        // it): the application's own settings, as the README's command has them
        ConfigurableApplicationContext context = new SpringApplicationBuilder(OmsorgApplication.class)
                .run("--omsorg.database.embedded.data-directory=" + args[0], "--server.port=0", "--logging.level.root=WARN",
                        "--omsorg.demo-data=true", "--omsorg.database.embedded.unsafe-fast-writes=false",
                        "--spring.modulith.events.republish-outstanding-events-on-restart=true");
        System.out.println(READY);
        System.out.flush();
        context.close();
        System.exit(0);
    }
}
