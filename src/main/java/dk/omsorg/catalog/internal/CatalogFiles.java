package dk.omsorg.catalog.internal;

import dk.omsorg.shared.YamlLines;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.CatalogShape;
import dk.omsorg.catalog.CoPayment;
import dk.omsorg.catalog.Criteria;
import dk.omsorg.catalog.Criterion;
import dk.omsorg.catalog.DeliveredBy;
import dk.omsorg.catalog.DeliveryWindow;
import dk.omsorg.catalog.FollowUp;
import dk.omsorg.catalog.FsiiiRef;
import dk.omsorg.catalog.GroupLimit;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.Limit;
import dk.omsorg.catalog.LimitPeriod;
import dk.omsorg.catalog.LimitScope;
import dk.omsorg.catalog.MaxDuration;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.RehabilitationCourse;
import dk.omsorg.catalog.Shift;
import dk.omsorg.catalog.StartDeadline;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads and validates catalogue files ({@code docs/catalog-format.md}). Validation is strict, as a
 * typo in a quality standard would otherwise surface as a wrong decision: unknown fields, missing
 * required fields, duplicate codes, references that do not resolve, FSIII codes KL does not have,
 * scores outside 0–4, non-positive caps, a start deadline of more or less than one kind, and
 * overlapping versions of one municipality. Every problem of every file is collected, so one
 * start shows them all, each with the file, the line, the entry and the field.
 */
public final class CatalogFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern CODE = Pattern.compile("[a-z0-9-]+");
    private static final Pattern ENTRY = Pattern.compile("^areas\\[(\\d+)](?:\\.interventions\\[(\\d+)])?");
    private static final Pattern FOLDER_CODE = Pattern.compile("^(\\d+)-.*");

    private final FsiiiCodes fsiii;

    public CatalogFiles(FsiiiCodes fsiii) {
        this.fsiii = fsiii;
    }

    /** Reads every file; throws {@link CatalogFileException} with all problems if any file is invalid. */
    public List<Loaded> readAll(List<Resource> resources) {
        List<String> problems = new ArrayList<>();
        List<Loaded> loaded = new ArrayList<>();
        List<Adopting> adopting = new ArrayList<>();
        for (Resource resource : resources) {
            try {
                Parsed parsed = parse(resource);
                if (parsed.entry().adopts != null) {
                    adopting.add(adopting(parsed, resource));
                } else {
                    loaded.add(validate(parsed, resource));
                }
            } catch (CatalogFileException e) {
                problems.addAll(e.problems());
            }
        }
        // after every own catalogue is read, so an adopting file may come before the one it adopts
        List<Loaded> own = List.copyOf(loaded);
        for (Adopting a : adopting) {
            try {
                loaded.add(a.resolve(own));
            } catch (CatalogFileException e) {
                problems.addAll(e.problems());
            }
        }
        problems.addAll(overlaps(loaded));
        if (!problems.isEmpty()) {
            throw new CatalogFileException(problems);
        }
        return loaded;
    }

    /** Reads one file; throws {@link CatalogFileException} naming every problem in it. */
    public Loaded read(Resource resource) {
        return readAll(List.of(resource)).get(0);
    }

    /** A file's bytes, its tree, its lines and its fields. */
    private record Parsed(String file, JsonNode tree, YamlLines lines, FileEntry entry) {
    }

    private Parsed parse(Resource resource) {
        String file = YamlLines.label(resource);
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new CatalogFileException(List.of(file + ": cannot be read: " + e.getMessage()));
        }
        JsonNode tree;
        try {
            tree = YAML.readTree(bytes);
        } catch (JacksonException e) {
            throw new CatalogFileException(List.of(format(file, line(e), null, null, e.getOriginalMessage())));
        }
        YamlLines lines = YamlLines.of(bytes, YAML);
        FileEntry entry;
        try {
            entry = YAML.readValue(bytes, FileEntry.class);
        } catch (JacksonException e) {
            String path = YamlLines.path(e);
            throw new CatalogFileException(List.of(format(file, line(e), entryCode(tree, path), path, e.getOriginalMessage())));
        }
        if (entry == null) {
            throw new CatalogFileException(List.of(file + ": the file is empty"));
        }
        return new Parsed(file, tree, lines, entry);
    }

    private Loaded validate(Parsed parsed, Resource resource) {
        Problems problems = new Problems();
        Catalog catalog = new Validation(problems, resource).catalog(parsed.entry());
        if (!problems.list.isEmpty() || catalog == null) {
            throw problems(parsed, problems);
        }
        return new Loaded(parsed.file(), catalog, parsed.lines().line("validFrom"));
    }

    private static CatalogFileException problems(Parsed parsed, Problems problems) {
        return new CatalogFileException(problems.list.stream()
                .map(p -> format(parsed.file(), parsed.lines().line(p.path()), entryCode(parsed.tree(), p.path()), p.path(), p.message()))
                .toList());
    }

    /**
     * A file that adopts another municipality's version ({@code adopts}) instead of listing areas: the
     * municipality uses those interventions, criteria and limits unchanged under its own name and period
     * (Esbjerg uses Greve's 2022 standard until its own is loaded). Checked like any file, except that
     * shape and areas come from the adopted version.
     */
    private Adopting adopting(Parsed parsed, Resource resource) {
        FileEntry f = parsed.entry();
        Problems p = new Problems();
        new Validation(p, resource).header(f);
        p.require(f.shape == null, "shape", "must be left out: it is the adopted version's");
        p.require(f.areas == null, "areas", "must be left out: they are the adopted version's");
        p.require(f.adopts.municipality != null, "adopts.municipality", "is required (the adopted catalogue's municipality code)");
        p.require(f.adopts.municipality == null || !f.adopts.municipality.equals(f.municipality), "adopts.municipality",
                "must be another municipality");
        p.require(notBlank(f.adopts.version), "adopts.version", "is required (the adopted catalogue's version)");
        if (!p.list.isEmpty()) {
            throw problems(parsed, p);
        }
        return new Adopting(parsed);
    }

    private record Adopting(Parsed parsed) {
        Loaded resolve(List<Loaded> own) {
            FileEntry f = parsed.entry();
            Problems p = new Problems();
            Catalog adopted = own.stream().map(Loaded::catalog)
                    .filter(c -> c.municipalityId() == f.adopts.municipality && c.version().equals(f.adopts.version.strip()))
                    .findFirst().orElse(null);
            if (p.require(adopted != null, "adopts.version", "municipality " + f.adopts.municipality + " has no catalogue version '"
                    + f.adopts.version.strip() + "' among the files read (a file cannot adopt one that adopts)")) {
                p.require(!f.validFrom.isBefore(adopted.validFrom()) && (adopted.validTo() == null
                                || (f.validTo != null && !f.validTo.isAfter(adopted.validTo()))), "validFrom",
                        "the period must lie within the adopted version's (" + period(adopted) + ")");
            }
            if (!p.list.isEmpty()) {
                throw problems(parsed, p);
            }
            Catalog catalog = new Catalog(f.municipality, f.version.strip(), f.validFrom, f.validTo, f.source.strip(),
                    adopted.shape(), adopted.areas());
            return new Loaded(parsed.file(), catalog, parsed.lines().line("validFrom"));
        }
    }

    /** A catalogue with the file it came from. */
    public record Loaded(String file, Catalog catalog, int validFromLine) {
    }

    private static List<String> overlaps(List<Loaded> loaded) {
        List<String> problems = new ArrayList<>();
        Map<Integer, List<Loaded>> byMunicipality = loaded.stream()
                .collect(Collectors.groupingBy(l -> l.catalog().municipalityId(), LinkedHashMap::new, Collectors.toList()));
        for (List<Loaded> versions : byMunicipality.values()) {
            List<Loaded> sorted = versions.stream().sorted(Comparator.comparing(l -> l.catalog().validFrom())).toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    Loaded a = sorted.get(i);
                    Loaded b = sorted.get(j);
                    if (a.catalog().overlaps(b.catalog())) {
                        problems.add(format(b.file(), b.validFromLine(), null, "validFrom", "version '" + b.catalog().version()
                                + "' (" + period(b.catalog()) + ") overlaps version '" + a.catalog().version() + "' in "
                                + a.file() + " (" + period(a.catalog()) + "); versions of one municipality must not overlap"));
                    }
                }
            }
        }
        return problems;
    }

    private static String period(Catalog c) {
        return c.validFrom() + " to " + (c.validTo() == null ? "open" : c.validTo().toString());
    }

    /** "253-greve/catalog-2022.yaml": the file with its municipality folder. */
    private static String format(String file, int line, String entry, String path, String problem) {
        return file + (line > 0 ? ", line " + line : "") + (entry != null ? ", entry '" + entry + "'" : "")
                + (path != null && !path.isEmpty() ? ", field " + path : "") + ": " + problem;
    }

    private static int line(JacksonException e) {
        return e.getLocation() == null ? -1 : e.getLocation().getLineNr();
    }

    /** The code of the intervention or area a path lies in, read from the parsed tree. */
    static String entryCode(JsonNode tree, String path) {
        if (tree == null || path == null) {
            return null;
        }
        Matcher m = ENTRY.matcher(path);
        if (!m.find()) {
            return null;
        }
        JsonNode area = tree.path("areas").path(Integer.parseInt(m.group(1)));
        JsonNode node = m.group(2) == null ? area : area.path("interventions").path(Integer.parseInt(m.group(2)));
        JsonNode code = node.path("code");
        if (code.isString()) {
            return code.asString();
        }
        return m.group(2) != null && area.path("code").isString() ? area.path("code").asString() : null;
    }

    private record Problem(String path, String message) {
    }

    private static final class Problems {
        final List<Problem> list = new ArrayList<>();

        boolean require(boolean condition, String path, String message) {
            if (!condition) {
                list.add(new Problem(path, message));
            }
            return condition;
        }

        void add(String path, String message) {
            list.add(new Problem(path, message));
        }

        /** Builds a value, turning a rule the model itself enforces into a problem at {@code path}. */
        <T> T build(String path, Supplier<T> build) {
            try {
                return build.get();
            } catch (IllegalArgumentException e) {
                add(path, e.getMessage());
                return null;
            }
        }
    }

    /** One file's validation; problems are collected, not thrown. */
    private final class Validation {
        private final Problems p;
        private final Resource resource;
        private final Set<String> interventionCodes = new HashSet<>();

        Validation(Problems problems, Resource resource) {
            this.p = problems;
            this.resource = resource;
        }

        /** The fields every file has, own or adopting. */
        void header(FileEntry f) {
            p.require(f.municipality != null, "municipality", "is required (the official municipality code, e.g. 253)");
            if (f.municipality != null) {
                folderCode().ifPresent(code -> p.require(code.equals(f.municipality), "municipality",
                        "is " + f.municipality + ", but the file lies in the folder of municipality " + code));
            }
            p.require(notBlank(f.version), "version", "is required");
            p.require(f.validFrom != null, "validFrom", "is required");
            p.require(f.validTo == null || f.validFrom == null || !f.validTo.isBefore(f.validFrom), "validTo",
                    "is before validFrom");
            p.require(notBlank(f.source), "source", "must cite where the rules come from");
        }

        Catalog catalog(FileEntry f) {
            header(f);
            p.require(f.shape != null, "shape", "is required (HOME_CARE or SOCIAL)");
            if (!p.require(f.areas != null && !f.areas.isEmpty(), "areas", "at least one area is required")) {
                return null;
            }
            // intervention codes first: exclusions and group limits may name interventions of later areas
            Set<String> areaCodes = new HashSet<>();
            for (int i = 0; i < f.areas.size(); i++) {
                AreaEntry a = f.areas.get(i);
                if (a == null) {
                    continue;
                }
                if (notBlank(a.code)) {
                    p.require(areaCodes.add(a.code), "areas[" + i + "].code", "'" + a.code + "' is used by another area");
                }
                if (a.interventions != null) {
                    for (int j = 0; j < a.interventions.size(); j++) {
                        InterventionEntry in = a.interventions.get(j);
                        if (in != null && notBlank(in.code)) {
                            p.require(interventionCodes.add(in.code), "areas[" + i + "].interventions[" + j + "].code",
                                    "'" + in.code + "' is used by another intervention in the file");
                        }
                    }
                }
            }
            List<Area> areas = new ArrayList<>();
            for (int i = 0; i < f.areas.size(); i++) {
                String at = "areas[" + i + "]";
                if (p.require(f.areas.get(i) != null, at, "is empty")) {
                    areas.add(area(at, f.areas.get(i)));
                }
            }
            if (!p.list.isEmpty()) {
                return null;
            }
            return p.build("validTo", () -> new Catalog(f.municipality, f.version.strip(), f.validFrom, f.validTo,
                    f.source.strip(), f.shape, areas));
        }

        private java.util.Optional<Integer> folderCode() {
            try {
                String[] parts = resource.getURI().toString().split("/");
                if (parts.length >= 2) {
                    Matcher m = FOLDER_CODE.matcher(parts[parts.length - 2]);
                    if (m.matches()) {
                        return java.util.Optional.of(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a resource without a folder (e.g. in a test): nothing to compare
            }
            return java.util.Optional.empty();
        }

        private Area area(String at, AreaEntry a) {
            code(at + ".code", a.code);
            p.require(notBlank(a.name), at + ".name", "is required");
            p.require(a.legalBasis != null && !a.legalBasis.isEmpty() && a.legalBasis.stream().allMatch(CatalogFiles::notBlank),
                    at + ".legalBasis", "at least one legal basis is required, e.g. \"SEL § 83 stk. 1 nr. 2\"");
            p.require(a.number == null || a.number > 0, at + ".number", "must be positive");
            noNulls(at + ".deliveredBy", a.deliveredBy);
            RehabilitationCourse course = null;
            if (a.rehabilitationCourse != null) {
                CourseEntry c = a.rehabilitationCourse;
                String cat = at + ".rehabilitationCourse";
                positive(cat + ".maxWeeks", c.maxWeeks);
                positive(cat + ".midwayEvaluationWeek", c.midwayEvaluationWeek);
                positive(cat + ".finalEvaluationWeek", c.finalEvaluationWeek);
                p.require(c.midwayEvaluationWeek == null || c.finalEvaluationWeek == null
                        || c.midwayEvaluationWeek < c.finalEvaluationWeek, cat + ".midwayEvaluationWeek", "must be before finalEvaluationWeek");
                p.require(c.finalEvaluationWeek == null || c.maxWeeks == null || c.finalEvaluationWeek <= c.maxWeeks,
                        cat + ".finalEvaluationWeek", "must not be after maxWeeks");
                course = new RehabilitationCourse(c.maxWeeks, c.midwayEvaluationWeek, c.finalEvaluationWeek);
            }
            List<Intervention> interventions = new ArrayList<>();
            if (a.interventions != null) {
                for (int j = 0; j < a.interventions.size(); j++) {
                    String iat = at + ".interventions[" + j + "]";
                    if (p.require(a.interventions.get(j) != null, iat, "is empty")) {
                        interventions.add(intervention(iat, a.interventions.get(j)));
                    }
                }
            }
            List<GroupLimit> groups = new ArrayList<>();
            if (a.groupLimits != null) {
                for (int j = 0; j < a.groupLimits.size(); j++) {
                    String gat = at + ".groupLimits[" + j + "]";
                    GroupLimit group = p.require(a.groupLimits.get(j) != null, gat, "is empty")
                            ? groupLimit(gat, a.groupLimits.get(j)) : null;
                    if (group != null) {
                        groups.add(group);
                    }
                }
            }
            return new Area(a.code, a.number, a.name, a.legalBasis, a.appealable == null || a.appealable,
                    Boolean.TRUE.equals(a.freeChoice), a.deliveredBy, Boolean.TRUE.equals(a.rehabilitationFirst), course,
                    a.purpose, a.targetGroup, texts(at + ".includes", a.includes), texts(at + ".excludes", a.excludes),
                    startDeadline(at + ".startDeadline", a.startDeadline), Boolean.TRUE.equals(a.acuteStartSameDay),
                    windows(at + ".deliveryWindows", a.deliveryWindows), duration(at + ".maxDuration", a.maxDuration),
                    followUp(at + ".followUp", a.followUp), coPayment(at + ".coPayment", a.coPayment), a.processing,
                    texts(at + ".vumThemes", a.vumThemes), interventions, groups,
                    AgeConditionEntries.read(at + ".age", a.age, p::add),
                    LegalBasisEntries.read(at + ".legalBases", a.legalBases, p::add));
        }

        private Intervention intervention(String at, InterventionEntry in) {
            code(at + ".code", in.code);
            p.require(notBlank(in.name), at + ".name", "is required");
            FsiiiRef fsiiiRef = null;
            if (in.fsiii != null) {
                fsiiiRef = fsiii.intervention(in.fsiii).orElse(null);
                if (fsiiiRef == null) {
                    p.add(at + ".fsiii", "'" + in.fsiii + "' is not an FSIII intervention code"
                            + fsiii.concept(in.fsiii).map(c -> " (it is the " + kind(c.kind()) + " " + c.label() + ")").orElse("")
                            + "; use KL's legacy code (e.g. H1.7) or UUID from reference/fsiii-interventions.json");
                }
            }
            score(at + ".typicalScore", in.typicalScore);
            positive(at + ".typicalMinutes", in.typicalMinutes);
            p.require(in.typicalMinutes == null || in.typicalMinutes <= 1440, at + ".typicalMinutes", "must be at most 1440 (a day)");
            noNulls(at + ".shifts", in.shifts);
            p.require(in.shifts == null || new HashSet<>(in.shifts).size() == in.shifts.size(), at + ".shifts", "lists a shift twice");
            Criteria criteria = in.criteria == null ? null : criteria(at + ".criteria", in.criteria);
            List<Limit> limits = new ArrayList<>();
            if (in.limits != null) {
                for (int k = 0; k < in.limits.size(); k++) {
                    Limit limit = limit(at + ".limits[" + k + "]", in.limits.get(k));
                    if (limit != null) {
                        limits.add(limit);
                    }
                }
            }
            if (in.excludesInSameVisit != null) {
                for (int k = 0; k < in.excludesInSameVisit.size(); k++) {
                    String other = in.excludesInSameVisit.get(k);
                    String kat = at + ".excludesInSameVisit[" + k + "]";
                    if (p.require(notBlank(other), kat, "is empty")) {
                        p.require(interventionCodes.contains(other), kat, "'" + other + "' is not an intervention code in this file");
                        p.require(!other.equals(in.code), kat, "an intervention cannot exclude itself");
                    }
                }
            }
            positive(at + ".hoursPerMonth", in.hoursPerMonth);
            positive(at + ".maxMonths", in.maxMonths);
            return new Intervention(in.code, in.name, fsiiiRef, in.description, texts(at + ".includes", in.includes),
                    texts(at + ".excludes", in.excludes), in.typicalScore, in.typicalMinutes, in.typicalFrequency,
                    in.shifts == null ? null : in.shifts.stream().filter(Objects::nonNull).distinct().toList(), criteria, limits,
                    in.excludesInSameVisit == null ? null : in.excludesInSameVisit.stream().filter(CatalogFiles::notBlank).toList(),
                    in.exclusionText, startDeadline(at + ".startDeadline", in.startDeadline),
                    windows(at + ".deliveryWindows", in.deliveryWindows), duration(at + ".maxDuration", in.maxDuration),
                    in.scope, in.hoursPerMonth, in.maxMonths,
                    LegalBasisEntries.read(at + ".legalBases", in.legalBases, p::add));
        }

        private Criteria criteria(String at, CriteriaEntry c) {
            boolean hasAll = c.all != null && !c.all.isEmpty();
            p.require(hasAll || notBlank(c.text) || notBlank(c.alternative), at,
                    "give the criteria as text, all (FSIII scores) or alternative");
            List<Criterion> all = new ArrayList<>();
            if (c.all != null) {
                for (int k = 0; k < c.all.size(); k++) {
                    Criterion criterion = criterion(at + ".all[" + k + "]", c.all.get(k));
                    if (criterion != null) {
                        all.add(criterion);
                    }
                }
            }
            return new Criteria(blankToNull(c.text), all, blankToNull(c.alternative));
        }

        private Criterion criterion(String at, CriterionEntry c) {
            if (!p.require(c != null, at, "is empty")) {
                return null;
            }
            boolean single = c.state != null;
            boolean kOfN = c.atLeast != null || c.of != null;
            if (!p.require(single != kOfN, at, single ? "give either state, or atLeast with of – not both"
                    : "give state (one FSIII state) or atLeast with of (k of n states)")) {
                return null;
            }
            if (!p.require(c.min != null || c.max != null, at + ".min", "give min and/or max (inclusive scores 0–4)")) {
                return null;
            }
            int min = c.min == null ? 0 : c.min;
            int max = c.max == null ? 4 : c.max;
            boolean scores = score(at + ".min", c.min) & score(at + ".max", c.max)
                    && p.require(min <= max, at + ".min", "min " + min + " is above max " + max);
            if (single) {
                FsiiiRef state = state(at + ".state", c.state);
                return state != null && scores ? new Criterion.StateRange(state, min, max) : null;
            }
            if (!p.require(c.of != null && !c.of.isEmpty(), at + ".of", "list the states the criterion counts")
                    || !p.require(c.atLeast != null, at + ".atLeast", "is required with of")) {
                return null;
            }
            List<FsiiiRef> states = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int k = 0; k < c.of.size(); k++) {
                FsiiiRef state = state(at + ".of[" + k + "]", c.of.get(k));
                if (state != null) {
                    p.require(seen.add(state.uuid().toString()), at + ".of[" + k + "]", "'" + c.of.get(k) + "' is listed twice");
                    states.add(state);
                }
            }
            boolean count = p.require(c.atLeast >= 1 && c.atLeast <= c.of.size(), at + ".atLeast",
                    "must be between 1 and the number of states in of (" + c.of.size() + ")");
            return scores && count && states.size() == c.of.size()
                    ? new Criterion.AtLeast(c.atLeast, states, min, max) : null;
        }

        private FsiiiRef state(String at, String code) {
            if (!p.require(notBlank(code), at, "is empty")) {
                return null;
            }
            FsiiiRef state = fsiii.state(code).orElse(null);
            if (state == null) {
                p.add(at, "'" + code + "' is not an FSIII functional-ability state"
                        + fsiii.concept(code).map(c -> " (it is the " + kind(c.kind()) + " " + c.label() + ")").orElse("")
                        + "; use KL's legacy code (e.g. J2.4, Personlig_pleje) or UUID from reference/fsiii.json");
            }
            return state;
        }

        private Limit limit(String at, LimitEntry l) {
            if (!p.require(l != null, at, "is empty")) {
                return null;
            }
            boolean ok = p.require(l.max != null, at + ".max", "is required") & positive(at + ".max", l.max)
                    & p.require(l.per != null, at + ".per", "is required (DAY, WEEK, MONTH, YEAR or NIGHT)")
                    & positive(at + ".maxMinutesEach", l.maxMinutesEach) & positive(at + ".every", l.every)
                    & p.require(l.every == null || l.every <= ProposedGrant.MAX_EVERY, at + ".every",
                    "is at most " + ProposedGrant.MAX_EVERY)
                    & p.require(l.every == null || l.every == 1 || l.per != LimitPeriod.NIGHT, at + ".every",
                    "a per-NIGHT limit has no interval")
                    & p.require(l.per != LimitPeriod.NIGHT || l.shift == null || l.shift == Shift.NIGHT, at + ".shift",
                    "a per-NIGHT limit counts the night shift only");
            return ok ? p.build(at, () -> new Limit(l.max, l.per, l.every == null ? 1 : l.every, l.shift, l.scope == null ? LimitScope.CITIZEN : l.scope,
                    l.maxMinutesEach, blankToNull(l.text))) : null;
        }

        private GroupLimit groupLimit(String at, GroupLimitEntry g) {
            boolean ok = p.require(notBlank(g.name), at + ".name", "is required")
                    & p.require(g.interventions != null && !g.interventions.isEmpty(), at + ".interventions", "list the interventions the cap counts")
                    & p.require(g.max != null, at + ".max", "is required") & positive(at + ".max", g.max)
                    & p.require(g.per != null, at + ".per", "is required (DAY, WEEK, MONTH, YEAR or NIGHT)");
            if (g.interventions != null) {
                ok &= references(at + ".interventions", g.interventions, null);
            }
            List<GroupLimit.Within> within = new ArrayList<>();
            if (g.within != null) {
                for (int k = 0; k < g.within.size(); k++) {
                    String wat = at + ".within[" + k + "]";
                    WithinEntry w = g.within.get(k);
                    if (!p.require(w != null, wat, "is empty")) {
                        ok = false;
                        continue;
                    }
                    boolean wok = p.require(w.interventions != null && !w.interventions.isEmpty(), wat + ".interventions",
                            "list the interventions the cap counts")
                            & p.require(w.max != null, wat + ".max", "is required") & positive(wat + ".max", w.max);
                    if (w.interventions != null) {
                        wok &= references(wat + ".interventions", w.interventions, g.interventions);
                    }
                    if (wok && g.max != null) {
                        wok = p.require(w.max <= g.max, wat + ".max", "is above the group's max " + g.max);
                    }
                    if (wok) {
                        within.add(new GroupLimit.Within(w.interventions, w.max));
                    }
                    ok &= wok;
                }
            }
            return ok ? new GroupLimit(g.name, g.interventions, g.max, g.per, blankToNull(g.text), within) : null;
        }

        /** Codes that must be interventions of this file and, when {@code within} is given, among those. */
        private boolean references(String at, List<String> codes, List<String> within) {
            boolean ok = true;
            Set<String> seen = new HashSet<>();
            for (int k = 0; k < codes.size(); k++) {
                String code = codes.get(k);
                String kat = at + "[" + k + "]";
                ok &= p.require(notBlank(code) && interventionCodes.contains(code), kat,
                        "'" + code + "' is not an intervention code in this file")
                        && p.require(within == null || within.contains(code), kat, "'" + code + "' is not one of the group's interventions")
                        && p.require(seen.add(code), kat, "'" + code + "' is listed twice");
            }
            return ok;
        }

        private StartDeadline startDeadline(String at, StartDeadlineEntry s) {
            if (s == null) {
                return null;
            }
            long kinds = Stream.of(s.workingDays, s.days, s.weeks, s.sameDay).filter(Objects::nonNull).count();
            if (!p.require(kinds == 1, at, "give exactly one of workingDays, days, weeks or sameDay"
                    + (kinds > 1 ? " (found " + kinds + ")" : ""))) {
                return null;
            }
            if (s.sameDay != null) {
                return p.require(s.sameDay, at + ".sameDay", "must be true (leave it out otherwise)")
                        ? new StartDeadline(StartDeadline.Kind.SAME_DAY, 0, blankToNull(s.text)) : null;
            }
            StartDeadline.Kind kind = s.workingDays != null ? StartDeadline.Kind.WORKING_DAYS
                    : s.days != null ? StartDeadline.Kind.DAYS : StartDeadline.Kind.WEEKS;
            int amount = s.workingDays != null ? s.workingDays : s.days != null ? s.days : s.weeks;
            String field = at + "." + (s.workingDays != null ? "workingDays" : s.days != null ? "days" : "weeks");
            return positive(field, amount) ? new StartDeadline(kind, amount, blankToNull(s.text)) : null;
        }

        private MaxDuration duration(String at, DurationEntry d) {
            if (d == null) {
                return null;
            }
            long kinds = Stream.of(d.months, d.weeks, d.days).filter(Objects::nonNull).count();
            if (!p.require(kinds == 1, at, "give exactly one of months, weeks or days")) {
                return null;
            }
            MaxDuration.Unit unit = d.months != null ? MaxDuration.Unit.MONTHS : d.weeks != null ? MaxDuration.Unit.WEEKS : MaxDuration.Unit.DAYS;
            int amount = d.months != null ? d.months : d.weeks != null ? d.weeks : d.days;
            return positive(at + "." + unit.name().toLowerCase(), amount) ? new MaxDuration(amount, unit, blankToNull(d.text)) : null;
        }

        private List<DeliveryWindow> windows(String at, List<WindowEntry> windows) {
            if (windows == null) {
                return null;
            }
            List<DeliveryWindow> result = new ArrayList<>();
            for (int k = 0; k < windows.size(); k++) {
                WindowEntry w = windows.get(k);
                String wat = at + "[" + k + "]";
                if (p.require(w != null, wat, "is empty")
                        & p.require(w == null || w.days != null, wat + ".days", "is required (WEEKDAYS, ALL_DAYS or WEEKENDS)")
                        & p.require(w == null || w.from != null, wat + ".from", "is required (HH:mm)")
                        & p.require(w == null || w.to != null, wat + ".to", "is required (HH:mm)")) {
                    DeliveryWindow window = p.build(wat + ".to", () -> new DeliveryWindow(w.days, w.from, w.to, blankToNull(w.text)));
                    if (window != null) {
                        result.add(window);
                    }
                }
            }
            return result;
        }

        private FollowUp followUp(String at, FollowUpEntry f) {
            if (f == null) {
                return null;
            }
            boolean ok = p.require(f.months != null || notBlank(f.text), at, "give months and/or text") & positive(at + ".months", f.months);
            return ok ? new FollowUp(f.months, blankToNull(f.text)) : null;
        }

        private CoPayment coPayment(String at, CoPaymentEntry c) {
            if (c == null) {
                return null;
            }
            return p.require(c.applies != null, at + ".applies", "is required (true or false)")
                    ? new CoPayment(c.applies, blankToNull(c.rate), blankToNull(c.text)) : null;
        }

        private List<String> texts(String at, List<String> texts) {
            if (texts == null) {
                return null;
            }
            for (int k = 0; k < texts.size(); k++) {
                p.require(notBlank(texts.get(k)), at + "[" + k + "]", "is empty");
            }
            return texts.stream().filter(CatalogFiles::notBlank).toList();
        }

        private void code(String at, String code) {
            if (p.require(notBlank(code), at, "is required")) {
                p.require(CODE.matcher(code).matches(), at, "'" + code + "' may only contain a-z, 0-9 and -");
            }
        }

        private boolean score(String at, Integer score) {
            return p.require(score == null || (score >= 0 && score <= 4), at, "must be an FSIII score 0–4, not " + score);
        }

        private boolean positive(String at, Integer value) {
            return p.require(value == null || value > 0, at, "must be positive, not " + value);
        }

        private <T> void noNulls(String at, List<T> values) {
            if (values != null) {
                for (int k = 0; k < values.size(); k++) {
                    p.require(values.get(k) != null, at + "[" + k + "]", "is empty");
                }
            }
        }
    }

    private static String kind(dk.omsorg.assessment.FsiiiKind kind) {
        return switch (kind) {
            case FUNCTIONAL_ABILITY_AREA -> "functional-ability area";
            case FUNCTIONAL_ABILITY_STATE -> "functional-ability state";
            case HEALTH_AREA -> "health area";
            case HEALTH_CONDITION -> "health condition";
        };
    }

    static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static String blankToNull(String text) {
        return notBlank(text) ? text.strip() : null;
    }

    // ---- the file as written (docs/catalog-format.md) ----

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String version;
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String source;
        @JsonProperty CatalogShape shape;
        @JsonProperty List<AreaEntry> areas;
        @JsonProperty AdoptsEntry adopts;
    }

    static final class AdoptsEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String version;
    }

    static final class AreaEntry {
        @JsonProperty String code;
        @JsonProperty Integer number;
        @JsonProperty String name;
        @JsonProperty List<String> legalBasis;
        @JsonProperty List<LegalBasisEntries.Entry> legalBases;
        @JsonProperty Boolean appealable;
        @JsonProperty Boolean freeChoice;
        @JsonProperty List<DeliveredBy> deliveredBy;
        @JsonProperty Boolean rehabilitationFirst;
        @JsonProperty CourseEntry rehabilitationCourse;
        @JsonProperty String purpose;
        @JsonProperty String targetGroup;
        @JsonProperty List<String> includes;
        @JsonProperty List<String> excludes;
        @JsonProperty StartDeadlineEntry startDeadline;
        @JsonProperty Boolean acuteStartSameDay;
        @JsonProperty List<WindowEntry> deliveryWindows;
        @JsonProperty DurationEntry maxDuration;
        @JsonProperty FollowUpEntry followUp;
        @JsonProperty CoPaymentEntry coPayment;
        @JsonProperty String processing;
        @JsonProperty List<String> vumThemes;
        @JsonProperty List<InterventionEntry> interventions;
        @JsonProperty List<GroupLimitEntry> groupLimits;
        @JsonProperty AgeConditionEntries.AgeEntry age;
    }

    static final class CourseEntry {
        @JsonProperty Integer maxWeeks;
        @JsonProperty Integer midwayEvaluationWeek;
        @JsonProperty Integer finalEvaluationWeek;
    }

    static final class StartDeadlineEntry {
        @JsonProperty Integer workingDays;
        @JsonProperty Integer days;
        @JsonProperty Integer weeks;
        @JsonProperty Boolean sameDay;
        @JsonProperty String text;
    }

    static final class WindowEntry {
        @JsonProperty DeliveryWindow.Days days;
        @JsonProperty LocalTime from;
        @JsonProperty LocalTime to;
        @JsonProperty String text;
    }

    static final class DurationEntry {
        @JsonProperty Integer months;
        @JsonProperty Integer weeks;
        @JsonProperty Integer days;
        @JsonProperty String text;
    }

    static final class FollowUpEntry {
        @JsonProperty Integer months;
        @JsonProperty String text;
    }

    static final class CoPaymentEntry {
        @JsonProperty Boolean applies;
        @JsonProperty String rate;
        @JsonProperty String text;
    }

    static final class InterventionEntry {
        @JsonProperty String code;
        @JsonProperty String name;
        @JsonProperty String fsiii;
        @JsonProperty String description;
        @JsonProperty List<String> includes;
        @JsonProperty List<String> excludes;
        @JsonProperty Integer typicalScore;
        @JsonProperty Integer typicalMinutes;
        @JsonProperty String typicalFrequency;
        @JsonProperty List<Shift> shifts;
        @JsonProperty CriteriaEntry criteria;
        @JsonProperty List<LimitEntry> limits;
        @JsonProperty List<String> excludesInSameVisit;
        @JsonProperty String exclusionText;
        @JsonProperty StartDeadlineEntry startDeadline;
        @JsonProperty List<WindowEntry> deliveryWindows;
        @JsonProperty DurationEntry maxDuration;
        @JsonProperty String scope;
        @JsonProperty Integer hoursPerMonth;
        @JsonProperty Integer maxMonths;
        @JsonProperty List<LegalBasisEntries.Entry> legalBases;
    }

    static final class CriteriaEntry {
        @JsonProperty String text;
        @JsonProperty List<CriterionEntry> all;
        @JsonProperty String alternative;
    }

    static final class CriterionEntry {
        @JsonProperty String state;
        @JsonProperty Integer atLeast;
        @JsonProperty List<String> of;
        @JsonProperty Integer min;
        @JsonProperty Integer max;
    }

    static final class LimitEntry {
        @JsonProperty Integer max;
        @JsonProperty LimitPeriod per;
        @JsonProperty Integer every;
        @JsonProperty Shift shift;
        @JsonProperty LimitScope scope;
        @JsonProperty Integer maxMinutesEach;
        @JsonProperty String text;
    }

    static final class GroupLimitEntry {
        @JsonProperty String name;
        @JsonProperty List<String> interventions;
        @JsonProperty Integer max;
        @JsonProperty LimitPeriod per;
        @JsonProperty String text;
        @JsonProperty List<WithinEntry> within;
    }

    static final class WithinEntry {
        @JsonProperty List<String> interventions;
        @JsonProperty Integer max;
    }
}
