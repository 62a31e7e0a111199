package dk.omsorg.delivery;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.delivery.internal.CheckedVisitCopy;
import dk.omsorg.delivery.internal.TypedVisitWrite;
import dk.omsorg.delivery.internal.VisitFileLines;
import dk.omsorg.delivery.internal.VisitTables;
import dk.omsorg.delivery.internal.VisitTables.Written;
import dk.omsorg.provider.Providers;
import dk.omsorg.provider.Providers.GrantDay;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.DanishTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The provider's planned and delivered visits (levering). Visits come one or a few at a time (API, the
 * week view's form) or as a CSV file; both go the same way: staged in temporary tables (a file in the canonical
 * forms straight into typed columns), read and checked set-based in SQL — every bad row found, nothing stored if
 * any — and written by one update of the changed known visit ids and one insert of the new ones: a visit id seen
 * before replaces the earlier visit, an identical row changes nothing. A file in the canonical forms goes faster: one
 * of new visits only is checked in Java and copied ({@link CheckedVisitCopy}); one naming visits sent before is typed
 * by COPY, checked in one read and its new rows copied ({@link TypedVisitWrite}).
 *
 * <p>Isolation as in the provider inbox: only grants the user's provider delivers on the visit's day. Sent
 * one by one (API, form), a visit for another provider's grant or a grant that does not exist is refused
 * (403) and audited; in a file it is a bad line (audited too), so the provider sees all its errors at once.
 */
@Service
@RequireProvider
@Transactional
public class Visits {

    static final String GRANT = "visit-grant";
    static final String CITIZEN = "visit-week";
    static final String VISITS = "visits";

    private final VisitTables tables;
    private final TypedVisitWrite typedWrite;
    private final CheckedVisitCopy checkedCopy;
    private final dk.omsorg.shared.ShiftTimes shiftTimes;
    private final Providers providers;
    private final Decisions decisions;
    private final Citizens citizens;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final Period recentlyEnded;

    Visits(VisitTables tables, TypedVisitWrite typedWrite, CheckedVisitCopy checkedCopy, dk.omsorg.shared.ShiftTimes shiftTimes,
           Providers providers, Decisions decisions, Citizens citizens,
           CurrentUsers users, AuditLog audit, Clock clock, @Value("${omsorg.provider.recently-ended:P3M}") Period recentlyEnded) {
        this.tables = tables;
        this.typedWrite = typedWrite;
        this.checkedCopy = checkedCopy;
        this.shiftTimes = shiftTimes;
        this.providers = providers;
        this.decisions = decisions;
        this.citizens = citizens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.recentlyEnded = recentlyEnded;
    }

    /** When the municipality's shifts begin ({@code policy/<code>-<name>/shifts.yaml}). */
    private ShiftBoundaries shifts(int municipalityId) {
        dk.omsorg.shared.ShiftTimes.Times t = shiftTimes.of(municipalityId);
        return new ShiftBoundaries(t.day(), t.evening(), t.night());
    }

    /** What one write did. */
    public record Outcome(int inserted, int updated, int unchanged, List<Visit> visits) {
    }

    /**
     * Registers visits (new or replacing the provider's earlier ones with the same visit id).
     *
     * @throws VisitsRejected        when any visit is bad (nothing stored)
     * @throws AccessDeniedException when a visit names a grant the provider does not deliver on that day or
     *                               that does not exist (audited; nothing stored)
     */
    public Outcome register(List<VisitInput> visits) {
        CurrentUser user = provider();
        if (visits.isEmpty()) {
            throw new VisitsRejected(List.of(new LineError(1, null, "noVisits", new Object[0])), false);
        }
        tables.createStaging();
        tables.stageRows(visits.stream().map(VisitInput::fields).toList());
        List<LineError> errors = check(user);
        List<LineError> denied = errors.stream()
                .filter(e -> e.code().equals("notYourGrant") || e.code().equals("grantUnknown")).toList();
        if (!denied.isEmpty()) {
            for (Object[] foreign : tables.foreignGrants(user.providerId())) {
                audit.denied((Long) foreign[0], GRANT, foreign[1]);
            }
            denied.stream().filter(e -> e.code().equals("grantUnknown"))
                    .forEach(e -> audit.denied(null, GRANT, e.args()[0]));
            throw new AccessDeniedException("A grant the user's provider does not deliver");
        }
        if (!errors.isEmpty()) {
            throw new VisitsRejected(errors, false);
        }
        return write(user, tables.stagedIds(), new Phases());
    }

    /**
     * Imports a CSV file of visits ({@code docs/visit-import-format.md}): all or nothing.
     *
     * @throws VisitsRejected with every bad line when any line is bad (nothing stored)
     */
    public Outcome importCsv(String text) {
        CurrentUser user = provider();
        String file = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        if (file.startsWith("\uFEFF")) {
            file = file.substring(1);
        }
        String header = file.isBlank() ? "" : file.substring(0, file.indexOf('\n') < 0 ? file.length() : file.indexOf('\n'));
        LineError headerError = headerError(header);
        if (headerError != null) {
            throw new VisitsRejected(List.of(headerError), true);
        }
        ShiftBoundaries shifts = shifts(user.municipalityId());
        Phases phases = new Phases();
        // the fast ways: a file of good new visits checked in Java and copied; one naming visits sent before typed by
        // COPY and checked in one read; anything else (or any doubt) and the file is read the lenient way, which has the
        // last word on every line and quotes the text as written in its messages
        CheckedVisitCopy.Attempt attempt = checkedCopy.write(file, user.municipalityId(), user.providerId(), shifts, today(),
                user.username(), Instant.now(clock));
        TypedVisitWrite.Result written = attempt.written();
        phases.mark("checked");
        if (attempt.tryTyped()) {
            tables.createStaging();
            if (tables.copyTyped(file)) {
                phases.mark("copied");
                written = typedWrite.write(user.municipalityId(), user.providerId(), shifts, today(), user.username(),
                        Instant.now(clock));
            }
        }
        phases.mark("written");
        if (written != null) {
            audit.changedAll(AuditAction.UPDATE, written.citizens(), VISITS, user.providerId(),
                    auditDetail(written.inserted(), written.updated(), written.unchanged()));
            phases.mark("audited");
            log.debug("Visit import of {} lines ({}), ms since start: {}", written.inserted() + written.updated() + written.unchanged(),
                    attempt.tryTyped() ? "typed" : "checked", phases);
            return new Outcome(written.inserted(), written.updated(), written.unchanged(), List.of());
        }
        tables.createStaging();
        tables.copyLines(file);
        tables.parse(user.municipalityId(), shifts, false);
        List<LineError> errors = tables.errors(user.providerId(), today());
        if (!errors.isEmpty()) {
            for (Object[] foreign : tables.foreignGrants(user.providerId())) {
                audit.denied((Long) foreign[0], GRANT, foreign[1]);
            }
            throw new VisitsRejected(errors, true);
        }
        if (!tables.anyStaged()) {
            throw new VisitsRejected(List.of(new LineError(2, null, "noLines", new Object[0])), true);
        }
        Outcome outcome = write(user, null, phases);
        log.debug("Visit import of {} lines (lenient), ms since start: {}", outcome.inserted() + outcome.updated() + outcome.unchanged(),
                phases);
        return new Outcome(outcome.inserted(), outcome.updated(), outcome.unchanged(), List.of());
    }

    /** The provider's own visits, optionally of one grant, in a period; a read of each citizen named, audited. */
    @Transactional
    public List<Visit> visits(UUID grantKey, LocalDate from, LocalDate to) {
        CurrentUser user = provider();
        List<Visit> found = tables.find(user.municipalityId(), user.providerId(), grantKey, null, from, to, null);
        audit.readAll(found.stream().map(Visit::citizenId).distinct().toList(), VISITS, grantKey);
        return found;
    }

    /** One grant's minutes on one day of the week. */
    public record DayMinutes(LocalDate day, boolean delivering, int planned, int delivered, int notDelivered) {
    }

    /** A grant the provider delivers, with its week. */
    public record GrantWeek(UUID grantKey, String interventionName, String frequency, int minutesPerDelivery,
                            int weeklyMinutes, List<DayMinutes> days, int planned, int delivered) {
    }

    /** A citizen's week (Monday to Sunday) as the provider sees it. */
    public record Week(long citizenId, String citizenName, LocalDate monday, List<LocalDate> days, List<GrantWeek> grants,
                       List<Visit> visits) {

        public LocalDate previous() {
            return monday.minusWeeks(1);
        }

        public LocalDate next() {
            return monday.plusWeeks(1);
        }
    }

    /**
     * The week containing {@code date} of a citizen the provider serves: each grant it delivers with the
     * planned and delivered minutes per day, and the visits.
     */
    public Week week(long citizenId, LocalDate date) {
        CurrentUser user = provider();
        long providerId = user.providerId();
        if (!providers.citizensServedBy(providerId, today(), recentlyEnded).contains(citizenId)) {
            audit.denied(citizenId, CITIZEN, citizenId);
            throw new AccessDeniedException("Citizen not served by the user's provider");
        }
        String name = citizens.accessible(citizenId).name();
        audit.read(citizenId, CITIZEN, citizenId);
        LocalDate monday = (date == null ? today() : date).with(DayOfWeek.MONDAY);
        List<LocalDate> days = monday.datesUntil(monday.plusDays(7)).toList();
        List<Grant> grants = new ArrayList<>();
        for (Decision decision : decisions.storedForCitizen(user.municipalityId(), citizenId)) {
            if (decision.isCurrent()) {
                grants.addAll(decision.grants());
            }
        }
        Set<GrantDay> asked = new HashSet<>();
        for (Grant g : grants) {
            days.stream().filter(d -> within(g, d)).forEach(d -> asked.add(new GrantDay(g.grantKey(), d)));
        }
        Map<GrantDay, Long> delivering = providers.deliveringGrants(asked);
        List<Visit> visits = tables.find(user.municipalityId(), providerId, null, citizenId, monday, monday.plusDays(6), null);
        List<GrantWeek> weeks = new ArrayList<>();
        for (Grant g : grants) {
            List<DayMinutes> perDay = new ArrayList<>();
            boolean any = false;
            for (LocalDate d : days) {
                boolean ours = Long.valueOf(providerId).equals(delivering.get(new GrantDay(g.grantKey(), d)));
                any |= ours;
                List<Visit> of = visits.stream().filter(v -> v.grantKey().equals(g.grantKey()) && v.date().equals(d)).toList();
                perDay.add(new DayMinutes(d, ours,
                        of.stream().filter(v -> v.kind().equals("PLANNED")).mapToInt(Visit::minutes).sum(),
                        of.stream().filter(v -> v.kind().equals("DELIVERED")).mapToInt(Visit::minutes).sum(),
                        (int) of.stream().filter(v -> v.notDeliveredReason() != null).count()));
            }
            if (any || visits.stream().anyMatch(v -> v.grantKey().equals(g.grantKey()))) {
                weeks.add(new GrantWeek(g.grantKey(), g.interventionName(), g.frequency(), g.minutesPerDelivery(),
                        g.weeklyMinutes(), perDay, perDay.stream().mapToInt(DayMinutes::planned).sum(),
                        perDay.stream().mapToInt(DayMinutes::delivered).sum()));
            }
        }
        return new Week(citizenId, name, monday, days, weeks, visits);
    }

    /** The file's problem with its header (line 1), or null when it is right. */
    static LineError headerError(String header) {
        if (header.isBlank()) {
            return new LineError(1, null, "emptyFile", new Object[0]);
        }
        List<String> fields = VisitFileLines.split(header);
        List<String> columns = (fields == null ? Arrays.asList(header.split(";", -1)) : fields).stream()
                .map(c -> c.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        String expected = String.join(";", VisitTables.COLUMNS);
        if (columns.size() == 1 && (header.contains(",") || header.contains("\t") || header.contains("|"))) {
            String found = header.contains("\t") ? "tabulator" : header.contains(",") ? "komma (,)" : "lodret streg (|)";
            return new LineError(1, null, "delimiter", new Object[]{found, expected});
        }
        List<String> missing = VisitTables.COLUMNS.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            return new LineError(1, null, "headerMissing", new Object[]{String.join(", ", missing), expected});
        }
        if (!columns.equals(VisitTables.COLUMNS)) {
            return new LineError(1, null, "headerOrder", new Object[]{expected});
        }
        return null;
    }

    /** Parses and checks the staged rows; who delivers each grant on each day is read set-based in the parse. */
    private List<LineError> check(CurrentUser user) {
        tables.parse(user.municipalityId(), shifts(user.municipalityId()), false);
        return tables.errors(user.providerId(), today());
    }

    private Outcome write(CurrentUser user, List<String> ids, Phases phases) {
        Written written = tables.upsert(user.municipalityId(), user.providerId(), user.username(), Instant.now(clock));
        phases.mark("written");
        String detail = auditDetail(written.inserted(), written.updated(), written.unchanged());
        audit.changedAll(AuditAction.UPDATE, tables.stagedCitizens(), VISITS, user.providerId(), detail);
        phases.mark("audited");
        List<Visit> visits = ids == null ? List.of()
                : tables.find(user.municipalityId(), user.providerId(), null, null, null, null, ids);
        return new Outcome(written.inserted(), written.updated(), written.unchanged(), visits);
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Visits.class);

    /** Where an import's time went (logged at debug: the delivery benchmark shows it); nothing personal. */
    private static final class Phases {
        private final long started = System.nanoTime();
        private final StringBuilder marks = new StringBuilder();

        void mark(String phase) {
            marks.append(marks.isEmpty() ? "" : ", ").append(phase).append(' ').append((System.nanoTime() - started) / 1_000_000);
        }

        @Override
        public String toString() {
            return marks.toString();
        }
    }

    private static String auditDetail(int inserted, int updated, int unchanged) {
        return "besøg registreret af leverandør: %d nye, %d ændrede, %d uændrede i alt".formatted(inserted, updated, unchanged);
    }

    private CurrentUser provider() {
        CurrentUser user = users.current();
        if (!user.isProvider() || user.providerId() == null) {
            throw new AccessDeniedException("Not a provider user");
        }
        return user;
    }

    private static boolean within(Grant g, LocalDate d) {
        return !d.isBefore(g.start()) && (g.end() == null || !d.isAfter(g.end()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DanishTime.ZONE);
    }
}
