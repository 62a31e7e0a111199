package dk.omsorg.delivery.internal;

import dk.omsorg.delivery.ReassessmentScan;
import dk.omsorg.delivery.ReassessmentScan.ScanResult;
import dk.omsorg.shared.DanishTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The nightly reassessment scan over every municipality, as of today (yesterday and before are compared). Runs on
 * one instance when several run: ShedLock's lock, held at least {@code lockAtLeastFor} so an instance whose clock is
 * a little behind does not run it again the same night.
 */
@Component
public class NightlyReassessmentScan {

    private static final Logger log = LoggerFactory.getLogger(NightlyReassessmentScan.class);

    private final ReassessmentScan scan;
    private final Clock clock;

    NightlyReassessmentScan(ReassessmentScan scan, Clock clock) {
        this.scan = scan;
        this.clock = clock;
    }

    /** The scan's result, or empty when another instance holds the lock (the method body did not run). */
    @Scheduled(cron = "${omsorg.delivery.reassessment.cron:0 30 2 * * *}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "reassessment-scan", lockAtLeastFor = "PT10M", lockAtMostFor = "PT2H")
    public Optional<ScanResult> run() {
        LocalDate today = LocalDate.now(clock.withZone(DanishTime.ZONE));
        ScanResult result = scan.scan(today, null, ReassessmentScan.Trigger.NIGHTLY, "system");
        log.info("Nightly reassessment scan {} as of {}: {} grants compared, {} flags raised, {} extended",
                result.scanId(), today, result.grantsCompared(), result.flagsRaised(), result.flagsUpdated());
        return Optional.of(result);
    }
}
