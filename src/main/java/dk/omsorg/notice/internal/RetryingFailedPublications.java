package dk.omsorg.notice.internal;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the listeners again whose event publications failed (a notice that could not be written because
 * the database was away, say), every {@code omsorg.notice.retry-failed-every}. A listener that runs
 * again writes nothing twice. Publications left incomplete by a crash are republished on restart
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). With more than one instance
 * it runs on one at a time (ShedLock).
 */
@Component
class RetryingFailedPublications {

    private final FailedEventPublications failed;

    RetryingFailedPublications(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(initialDelayString = "${omsorg.notice.retry-failed-every:PT5M}",
            fixedDelayString = "${omsorg.notice.retry-failed-every:PT5M}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "notice-retry-failed", lockAtMostFor = "PT10M")
    public void retry() {
        failed.resubmit(ResubmissionOptions.defaults());
    }
}
