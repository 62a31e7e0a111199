package dk.omsorg.pools;

import dk.omsorg.pools.internal.PoolRepository.Payout;

import java.util.List;

/** A pool with its ledger as of today and its companion allowance payouts. */
public record PoolView(Pool pool, PoolLedger.Result ledger, List<Payout> payouts) {

    public static String kindName(PoolKind kind) {
        return switch (kind) {
            case COMPANION_HOURS -> "ledsageordning (§ 97)";
            case RELIEF_HOURS -> "afløsning (§ 84)";
            case RESPITE_DAYS -> "aflastning (§ 84)";
        };
    }
}
