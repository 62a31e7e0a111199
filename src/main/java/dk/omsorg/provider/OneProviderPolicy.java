package dk.omsorg.provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Seed 004 (Brønderslev): "Borgerne har dog ikke mulighed for at vælge forskellige leverandører til hhv.
 * § 83 og § 83 a." Where the municipality's {@code differentProvidersPerArea} is false, every grant under
 * § 83 stk. 1 nr. 1–2 (personal care, practical help) and § 83 a (rehabilitation) has the same provider.
 */
public final class OneProviderPolicy {

    /**
     * Personal care and practical help (§ 83 stk. 1 nr. 1 and 2) and rehabilitation courses (§ 83 a); since
     * 1 July 2025 the same help to citizens of folkepension age rests on Ældreloven § 10 (helhedspleje), which
     * the catalogue gives instead, so it is covered too.
     */
    static final Pattern COVERED = Pattern.compile("§ 83 (a\\b|stk\\. 1 nr\\. [12]\\b)|Ældreloven § 10\\b");

    private OneProviderPolicy() {
    }

    /**
     * A grant with its provider, as it would be.
     *
     * @param field where to report a conflict (e.g. {@code grants[1].provider}); null for a grant not in the request
     */
    public record ProvidedGrant(String field, String name, String legalBasis, Long providerId, String providerName) {
    }

    public static boolean covers(String legalBasis) {
        return legalBasis != null && COVERED.matcher(legalBasis).find();
    }

    /**
     * The grants that break the rule: those in the request whose provider differs from the first covered
     * grant's provider (an existing grant's provider counts first). Empty when the municipality allows
     * different providers.
     */
    public static Map<ProvidedGrant, ProvidedGrant> conflicts(boolean differentProvidersAllowed, List<ProvidedGrant> grants) {
        Map<ProvidedGrant, ProvidedGrant> conflicts = new LinkedHashMap<>();
        if (differentProvidersAllowed) {
            return conflicts;
        }
        List<ProvidedGrant> covered = grants.stream().filter(g -> g.providerId() != null && covers(g.legalBasis()))
                .sorted((a, b) -> Boolean.compare(a.field() != null, b.field() != null)).toList();
        if (covered.isEmpty()) {
            return conflicts;
        }
        ProvidedGrant first = covered.get(0);
        covered.stream().filter(g -> g.field() != null && !Objects.equals(g.providerId(), first.providerId()))
                .forEach(g -> conflicts.put(g, first));
        return conflicts;
    }
}
