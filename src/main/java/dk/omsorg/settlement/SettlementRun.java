package dk.omsorg.settlement;

import dk.omsorg.shared.Money;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One municipality's settlement of one month. {@code RUNNING} while computed (with {@code progress} 0–100 and the
 * phase), {@code BROKEN_OFF} (Afbrudt) when it was RUNNING but no instance holds its lock any more — its instance
 * stopped; it may be run again at once — {@code FAILED} when it stopped (see its problems: no partial statement),
 * {@code DRAFT} when computed and
 * open to be run again, {@code APPROVED} when finance approved it — then the month is locked and later changes to it
 * are settled as difference lines in a later month's run.
 */
public record SettlementRun(long id, int municipalityId, YearMonth month, Status status, int progress, String phase,
                            Instant startedAt, String startedBy, Instant computedAt, Instant approvedAt,
                            String approvedBy, Money total, Money coPaymentTotal, int version) {

    public enum Status { RUNNING, BROKEN_OFF, FAILED, DRAFT, APPROVED }

    /**
     * The run as a provider may see it (issue 14): the total is the provider's own, and the municipality's
     * totals (to all providers, the citizens' co-payment) are left out.
     */
    public SettlementRun forProvider(Money ownTotal) {
        return new SettlementRun(id, municipalityId, month, status, progress, phase, startedAt, startedBy, computedAt,
                approvedAt, approvedBy, ownTotal, null, version);
    }

    public boolean approved() {
        return status == Status.APPROVED;
    }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
