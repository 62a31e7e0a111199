package dk.omsorg.supervision;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.provider.Provider;
import dk.omsorg.provider.Providers;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.supervision.SampleReport.CitizenPart;
import dk.omsorg.supervision.SampleReport.ProviderPart;
import dk.omsorg.supervision.internal.SampleTables;
import dk.omsorg.supervision.internal.SampleTables.Row;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drawing and reading supervision samples (seed 002, "Tilsyn med kvaliteten": the authority "følger op via
 * stikprøver, om der er overensstemmelse mellem visiteret og disponeret indsats").
 *
 * <p>The draw: every citizen for whom a provider delivered a grant on at least one day of the period is a
 * candidate for that provider (a citizen with two providers can be drawn for both). Each provider's candidates
 * are ordered by {@code md5(seed:provider:citizen)} and the first N kept — all of them when there are fewer. The
 * seed and the members are stored: the supervisor returns to the same citizens, and the same seed on the same
 * data draws them again. Only the user's own municipality; every citizen shown or exported is audited.
 */
@Service
public class SupervisionSamples {

    static final String RESOURCE = "supervision_sample";

    private final SampleTables tables;
    private final Providers providers;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SupervisionSamples(SampleTables tables, Providers providers, CurrentUsers users, AuditLog audit, Clock clock) {
        this.tables = tables;
        this.providers = providers;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Draws and stores a sample; bad input stores nothing. */
    @Transactional
    public Sample draw(NewSample request) {
        CurrentUser user = staff();
        request.validate();
        if (request.providerId() != null && providers.inMunicipality(user.municipalityId()).stream()
                .noneMatch(p -> p.id() == request.providerId())) {
            throw new InvalidInputException("providerId", "supervision.provider.unknown");
        }
        long seed = request.seed() != null ? request.seed() : random.nextLong() & Long.MAX_VALUE;
        long id = tables.insertSample(user.municipalityId(), request.from(), request.to(), request.perProvider(),
                request.providerId(), seed, user.username(), clock.instant());
        tables.drawMembers(id, user.municipalityId(), request.from(), request.to(), request.perProvider(),
                request.providerId(), seed);
        return sample(id);
    }

    /** The municipality's samples, newest first. */
    @Transactional(readOnly = true)
    public List<Sample> samples() {
        return tables.samples(staff().municipalityId());
    }

    /** One of the municipality's samples, without figures (nothing about citizens). */
    @Transactional(readOnly = true)
    public Sample sample(long sampleId) {
        return tables.sample(staff().municipalityId(), sampleId)
                .orElseThrow(() -> new NotFoundException("supervision.notFound", sampleId));
    }

    /** The sample with its figures, computed now in one query; each citizen shown is audited. */
    @Transactional
    public SampleReport report(long sampleId) {
        CurrentUser user = staff();
        Sample sample = sample(sampleId);
        List<Row> rows = tables.rows(sample, user.municipalityId());
        Map<Long, ProviderPart> parts = new LinkedHashMap<>();
        Map<String, CitizenPart> citizens = new LinkedHashMap<>();
        for (Row row : rows) {
            ProviderPart part = parts.computeIfAbsent(row.providerId(),
                    id -> new ProviderPart(id, row.providerName(), new ArrayList<>()));
            CitizenPart citizen = citizens.computeIfAbsent(row.providerId() + ":" + row.citizenId(), k -> {
                CitizenPart c = new CitizenPart(row.citizenId(), row.citizenName(), row.drawRank(), new ArrayList<>());
                part.citizens().add(c);
                return c;
            });
            if (row.line() != null) {
                citizen.lines().add(row.line());
            }
        }
        rows.stream().map(Row::citizenId).distinct().forEach(citizenId -> audit.read(citizenId, RESOURCE, sampleId));
        return new SampleReport(sample, List.copyOf(parts.values()));
    }

    /** The municipality's providers, for the draw's provider filter. */
    @Transactional(readOnly = true)
    public List<Provider> providers() {
        return providers.inMunicipality(staff().municipalityId());
    }

    private CurrentUser staff() {
        CurrentUser user = users.current();
        if (user.isProvider()) {
            throw new AccessDeniedException("Supervision is for municipal staff");
        }
        return user;
    }
}
