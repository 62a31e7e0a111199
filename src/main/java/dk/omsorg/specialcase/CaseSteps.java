package dk.omsorg.specialcase;

import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.specialcase.internal.SpecialCaseStore;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * The case's status and history as offers and contracts move it (issue 17): ASSESSMENT → OFFERS on the first
 * offer, → CONTRACTED on a contract; every step a line in the case's history, in Danish. Offers and contracts lock
 * the case row in their own transaction and check their own roles (the leader), so they move it here rather than
 * through {@link SpecialCases#moveTo} (a caseworker's, version-checked step); both write through
 * {@link SpecialCaseStore}, the one place the case's status and history are written.
 */
@Component
class CaseSteps {

    static final Locale DANISH = Locale.forLanguageTag("da");

    /** The case as offers and contracts need it. */
    record CaseRef(long id, int municipalityId, long citizenId, String status) {
        boolean ended() {
            return "ENDED".equals(status);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageSource messages;
    private final SpecialCaseStore store;

    CaseSteps(JdbcClient jdbc, Clock clock, MessageSource messages, SpecialCaseStore store) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
        this.messages = messages;
    }

    /** The case in the user's municipality, locked for the change; a case of another municipality is not found. */
    CaseRef lock(int municipalityId, long caseId) {
        return jdbc.sql("select id, municipality_id, citizen_id, status from special_case where municipality_id = ? and id = ? for update")
                .params(municipalityId, caseId)
                .query((rs, n) -> new CaseRef(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4))).optional()
                .orElseThrow(() -> new NotFoundException("specialCaseContract.notFound", caseId));
    }

    /** The case without a lock, for reading. */
    CaseRef find(int municipalityId, long caseId) {
        return jdbc.sql("select id, municipality_id, citizen_id, status from special_case where municipality_id = ? and id = ?")
                .params(municipalityId, caseId)
                .query((rs, n) -> new CaseRef(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4))).optional()
                .orElseThrow(() -> new NotFoundException("specialCaseContract.notFound", caseId));
    }

    CaseRef open(int municipalityId, long caseId, String field) {
        CaseRef c = lock(municipalityId, caseId);
        if (c.ended()) {
            throw new InvalidInputException(field, "specialCaseContract.ended");
        }
        return c;
    }

    /** A history line from a message key and its values. */
    void record(CaseRef c, String kind, String by, String messageKey, Object... args) {
        store.addEvent(c.municipalityId(), c.id(), kind, messages.getMessage(messageKey, danish(args), DANISH), by,
                clock.instant());
    }

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Dates among a history line's values written the Danish way, as on every screen. */
    static Object[] danish(Object[] args) {
        return java.util.Arrays.stream(args).map(a -> a instanceof java.time.LocalDate d ? DATE.format(d) : a).toArray();
    }

    /** Moves the case to {@code to} when it is in one of {@code from}, with a history line; otherwise nothing. */
    void move(CaseRef c, Set<String> from, String to, String by) {
        if (!from.contains(c.status())) {
            return;
        }
        store.moveTo(c.municipalityId(), c.id(), SpecialCaseStatus.valueOf(to), null, by, clock.instant());
        record(c, "STATUS", by, "specialCaseContract.history.status", messages.getMessage("specialCaseContract.status." + to, null, DANISH));
    }
}
