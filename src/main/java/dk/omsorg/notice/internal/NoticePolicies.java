package dk.omsorg.notice.internal;

import dk.omsorg.notice.SameDayPhoneRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The notice rules: each municipality's same-day phone time, read at start from
 * {@code policy/<code>-<name>/notice.yaml} ({@code omsorg.notice.location}; an invalid file, or two for one
 * municipality, stops the start naming file, line and field), and how long a provider keeps access.
 */
@Component
public class NoticePolicies {

    static final String DEFAULT_LOCATION = "classpath*:policy/*/notice.yaml";
    private static final Logger log = LoggerFactory.getLogger(NoticePolicies.class);

    private final Map<Integer, NoticeFiles.MunicipalityNotices> byMunicipality;
    private final Period recentlyEnded;

    @Autowired
    NoticePolicies(@Value("${omsorg.notice.location:" + DEFAULT_LOCATION + "}") String location,
                   @Value("${omsorg.provider.recently-ended:P3M}") Period recentlyEnded) {
        this(resources(location), recentlyEnded);
    }

    NoticePolicies(Resource[] files, Period recentlyEnded) {
        Map<Integer, NoticeFiles.MunicipalityNotices> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            try {
                NoticeFiles.MunicipalityNotices notices = NoticeFiles.read(file);
                NoticeFiles.MunicipalityNotices other = read.putIfAbsent(notices.municipalityId(), notices);
                if (other != null) {
                    problems.add(notices.file() + ", field municipality: " + notices.municipalityId()
                            + " already has notice rules in " + other.file());
                }
            } catch (NoticeFiles.NoticeFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new NoticeFiles.NoticeFileException(problems);
        }
        this.byMunicipality = Map.copyOf(read);
        this.recentlyEnded = recentlyEnded;
        log.info("Loaded notice rules for municipalities {}", read.keySet());
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list notice files at " + location, e);
        }
    }

    /**
     * The municipality's same-day phone rule on the day. A municipality without one (no file, or a day before its
     * first phone time) is a gap in its policy data, not a time to guess: it is refused loudly.
     */
    public SameDayPhoneRule sameDayPhone(int municipalityId, LocalDate on) {
        NoticeFiles.MunicipalityNotices notices = byMunicipality.get(municipalityId);
        if (notices == null) {
            throw new IllegalStateException("Municipality " + municipalityId + " has no notice.yaml with a same-day phone time");
        }
        return notices.sameDayPhone(on).orElseThrow(() -> new IllegalStateException(
                notices.file() + " has no same-day phone time in force on " + on));
    }

    /** The municipalities with notice rules. */
    public java.util.Set<Integer> municipalities() {
        return byMunicipality.keySet();
    }

    /**
     * How long after its last grant with a provider ended the provider may still read the citizen
     * ({@code omsorg.provider.recently-ended}, default 3 months): long enough to finish documentation
     * and answer the authority, no longer.
     */
    public Period recentlyEnded() {
        return recentlyEnded;
    }
}
