package dk.omsorg.decision;

import dk.omsorg.decision.internal.DecisionRepository;
import dk.omsorg.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * For other modules that build on a grant by its key (the BPA arrangement on a § 96 grant, the own payment on a § 107
 * place): the citizen's current grants of a legal basis, and the check that a given key is one of them. Reads only and
 * audits nothing: the caller has checked the citizen's access and audits what it shows.
 */
@Service
@Transactional(readOnly = true)
public class GrantReferences {

    private final DecisionRepository decisions;
    private final JdbcClient jdbc;
    private final Clock clock;

    GrantReferences(DecisionRepository decisions, JdbcClient jdbc, Clock clock) {
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The citizen's grants in force or to come whose legal basis names the section, e.g. "96" for "SEL § 96" (not
     * § 96 a, nor § 960).
     */
    public List<Grant> current(int municipalityId, long citizenId, String section) {
        Pattern basis = basis(section);
        return Decisions.currentGrants(decisions.forCitizen(municipalityId, citizenId), LocalDate.now(clock)).stream()
                .filter(g -> g.legalBasis() != null && basis.matcher(g.legalBasis()).find()).toList();
    }

    /**
     * Refuses (Danish, at {@code field}) a key that is no current grant of this citizen under the section: unknown in
     * the municipality, another citizen's, ended, or of another legal basis. A null key is not checked.
     */
    public void check(int municipalityId, long citizenId, UUID grantKey, String section, String field) {
        if (grantKey == null) {
            return;
        }
        List<Grant> current = Decisions.currentGrants(decisions.forCitizen(municipalityId, citizenId), LocalDate.now(clock));
        Optional<Grant> grant = current.stream().filter(g -> g.grantKey().equals(grantKey)).findFirst();
        if (grant.isPresent()) {
            if (grant.get().legalBasis() == null || !basis(section).matcher(grant.get().legalBasis()).find()) {
                throw new InvalidInputException(field, "grantReference.legalBasis", grant.get().interventionName(),
                        grant.get().legalBasis(), "§ " + section);
            }
            return;
        }
        List<Long> owners = jdbc.sql("""
                        select distinct d.citizen_id from decision_grant g join decision d on d.id = g.decision_id
                        where g.grant_key = ? and d.municipality_id = ?""")
                .params(grantKey, municipalityId).query(Long.class).list();
        if (owners.isEmpty()) {
            throw new InvalidInputException(field, "grantReference.unknown");
        }
        throw new InvalidInputException(field, owners.contains(citizenId) ? "grantReference.notCurrent"
                : "grantReference.otherCitizen");
    }

    /** A key as a form sends it: blank is none; text that is no key is refused as an unknown grant. */
    public static UUID key(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("grantKey", "grantReference.unknown");
        }
    }

    private static Pattern basis(String section) {
        return Pattern.compile("§\\s*" + Pattern.quote(section) + "(?![0-9])(?!\\s*[a-zæøå]\\b)");
    }
}
