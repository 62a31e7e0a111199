package dk.omsorg.notice;

import dk.omsorg.OmsorgApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notice module sits at the edge: it builds on decisions, providers, citizens, the catalogue,
 * security, audit and shared (and publishes the work queue's task events), and no module but the demo data depends
 * on it (it only listens).
 */
class NoticeModuleTest {

    private final ApplicationModules modules = ApplicationModules.of(OmsorgApplication.class);

    @Test
    void noticeDependsOnlyOnTheModulesItBuildsOn() {
        ApplicationModule notice = modules.getModuleByName("notice").orElseThrow();
        assertThat(notice.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()))
                .isSubsetOf(Set.of("decision", "provider", "citizen", "catalog", "security", "audit", "shared", "task"));
    }

    /** Except the demo data, which drives every module's use cases as their users would (a provider confirms starts). */
    @Test
    void noModuleDependsOnNotice() {
        ApplicationModule notice = modules.getModuleByName("notice").orElseThrow();
        assertThat(modules.stream().filter(m -> !m.equals(notice))
                .filter(m -> !m.getIdentifier().toString().equals("demo"))
                .filter(m -> m.getDirectDependencies(modules).contains(notice))
                .map(m -> m.getIdentifier().toString())).isEmpty();
    }
}
