package dk.omsorg.catalog.internal;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.CoPayment;
import dk.omsorg.catalog.Criteria;
import dk.omsorg.catalog.DeliveryWindow;
import dk.omsorg.catalog.FollowUp;
import dk.omsorg.catalog.FsiiiRef;
import dk.omsorg.catalog.GrantMeasure;
import dk.omsorg.catalog.GroupLimit;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.Limit;
import dk.omsorg.catalog.MaxDuration;
import dk.omsorg.catalog.RehabilitationCourse;
import dk.omsorg.catalog.StartDeadline;
import dk.omsorg.catalog.internal.CatalogEntries.AreaEntry;
import dk.omsorg.catalog.internal.CatalogEntries.CoPaymentEntry;
import dk.omsorg.catalog.internal.CatalogEntries.CourseEntry;
import dk.omsorg.catalog.internal.CatalogEntries.DurationEntry;
import dk.omsorg.catalog.internal.CatalogEntries.FollowUpEntry;
import dk.omsorg.catalog.internal.CatalogEntries.InterventionEntry;
import dk.omsorg.catalog.internal.CatalogEntries.MeasureEntry;
import dk.omsorg.catalog.internal.CatalogEntries.StartDeadlineEntry;
import dk.omsorg.catalog.internal.CatalogEntries.WindowEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dk.omsorg.catalog.internal.CatalogFiles.blankToNull;
import static dk.omsorg.catalog.internal.CatalogFiles.notBlank;

/**
 * An area of a catalogue file with its interventions and their terms (start deadline, delivery windows,
 * duration, follow-up, co-payment); criteria and limits are read by {@link CatalogCriteriaReader}.
 * Problems go to the file's {@link CatalogProblems}.
 */
final class CatalogAreaReader {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]+");

    private final CatalogProblems p;
    private final FsiiiCodes fsiii;
    /** Every intervention code of the file, as exclusions may name interventions of later areas. */
    private final Set<String> interventionCodes;
    private final CatalogCriteriaReader criteriaReader;

    CatalogAreaReader(CatalogProblems problems, FsiiiCodes fsiii, Set<String> interventionCodes) {
        this.p = problems;
        this.fsiii = fsiii;
        this.interventionCodes = interventionCodes;
        this.criteriaReader = new CatalogCriteriaReader(problems, fsiii, interventionCodes);
    }

    Area area(String at, AreaEntry a) {
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
            p.positive(cat + ".maxWeeks", c.maxWeeks);
            p.positive(cat + ".midwayEvaluationWeek", c.midwayEvaluationWeek);
            p.positive(cat + ".finalEvaluationWeek", c.finalEvaluationWeek);
            p.require(c.midwayEvaluationWeek == null || c.finalEvaluationWeek == null
                    || c.midwayEvaluationWeek < c.finalEvaluationWeek, cat + ".midwayEvaluationWeek", "must be before finalEvaluationWeek");
            p.require(c.finalEvaluationWeek == null || c.maxWeeks == null || c.finalEvaluationWeek <= c.maxWeeks,
                    cat + ".finalEvaluationWeek", "must not be after maxWeeks");
            course = new RehabilitationCourse(c.maxWeeks, c.midwayEvaluationWeek, c.finalEvaluationWeek);
        }
        GrantMeasure areaMeasure = measure(at + ".measure", a.measure);
        List<Intervention> interventions = new ArrayList<>();
        if (a.interventions != null) {
            for (int j = 0; j < a.interventions.size(); j++) {
                String iat = at + ".interventions[" + j + "]";
                if (p.require(a.interventions.get(j) != null, iat, "is empty")) {
                    interventions.add(intervention(iat, a.interventions.get(j), areaMeasure));
                }
            }
        }
        List<GroupLimit> groups = new ArrayList<>();
        if (a.groupLimits != null) {
            for (int j = 0; j < a.groupLimits.size(); j++) {
                String gat = at + ".groupLimits[" + j + "]";
                GroupLimit group = p.require(a.groupLimits.get(j) != null, gat, "is empty")
                        ? criteriaReader.groupLimit(gat, a.groupLimits.get(j)) : null;
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

    private Intervention intervention(String at, InterventionEntry in, GrantMeasure areaMeasure) {
        code(at + ".code", in.code);
        p.require(notBlank(in.name), at + ".name", "is required");
        FsiiiRef fsiiiRef = null;
        if (in.fsiii != null) {
            fsiiiRef = fsiii.intervention(in.fsiii).orElse(null);
            if (fsiiiRef == null) {
                p.add(at + ".fsiii", "'" + in.fsiii + "' is not an FSIII intervention code"
                        + fsiii.concept(in.fsiii).map(c -> " (it is the " + CatalogCriteriaReader.kind(c.kind()) + " " + c.label() + ")").orElse("")
                        + "; use KL's legacy code (e.g. H1.7) or UUID from reference/fsiii-interventions.json");
            }
        }
        p.score(at + ".typicalScore", in.typicalScore);
        p.positive(at + ".typicalMinutes", in.typicalMinutes);
        p.require(in.typicalMinutes == null || in.typicalMinutes <= 1440, at + ".typicalMinutes", "must be at most 1440 (a day)");
        noNulls(at + ".shifts", in.shifts);
        p.require(in.shifts == null || new HashSet<>(in.shifts).size() == in.shifts.size(), at + ".shifts", "lists a shift twice");
        Criteria criteria = in.criteria == null ? null : criteriaReader.criteria(at + ".criteria", in.criteria);
        List<Limit> limits = new ArrayList<>();
        if (in.limits != null) {
            for (int k = 0; k < in.limits.size(); k++) {
                Limit limit = criteriaReader.limit(at + ".limits[" + k + "]", in.limits.get(k));
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
        p.positive(at + ".hoursPerMonth", in.hoursPerMonth);
        p.positive(at + ".maxMonths", in.maxMonths);
        return new Intervention(in.code, in.name, fsiiiRef, in.description, texts(at + ".includes", in.includes),
                texts(at + ".excludes", in.excludes), in.typicalScore, in.typicalMinutes, in.typicalFrequency,
                in.shifts == null ? null : in.shifts.stream().filter(Objects::nonNull).distinct().toList(), criteria, limits,
                in.excludesInSameVisit == null ? null : in.excludesInSameVisit.stream().filter(CatalogFiles::notBlank).toList(),
                in.exclusionText, startDeadline(at + ".startDeadline", in.startDeadline),
                windows(at + ".deliveryWindows", in.deliveryWindows), duration(at + ".maxDuration", in.maxDuration),
                in.scope, in.hoursPerMonth, in.maxMonths,
                LegalBasisEntries.read(at + ".legalBases", in.legalBases, p::add),
                in.measure != null ? measure(at + ".measure", in.measure) : areaMeasure);
    }

    /** A measure as written; TIME when left out; null (with a problem) when it does not hold. */
    private GrantMeasure measure(String at, MeasureEntry m) {
        if (m == null) {
            return GrantMeasure.TIME;
        }
        if (!p.require(m.kind != null, at + ".kind", "is required (TIME, AMOUNT, POOL or PLACE)")) {
            return null;
        }
        return p.build(at, () -> new GrantMeasure(m.kind, m.per, m.unit, m.standard, Boolean.TRUE.equals(m.daysPerWeek)));
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
        return p.positive(field, amount) ? new StartDeadline(kind, amount, blankToNull(s.text)) : null;
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
        return p.positive(at + "." + unit.name().toLowerCase(), amount) ? new MaxDuration(amount, unit, blankToNull(d.text)) : null;
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
        boolean ok = p.require(f.months != null || notBlank(f.text), at, "give months and/or text") & p.positive(at + ".months", f.months);
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

    private <T> void noNulls(String at, List<T> values) {
        if (values != null) {
            for (int k = 0; k < values.size(); k++) {
                p.require(values.get(k) != null, at + "[" + k + "]", "is empty");
            }
        }
    }
}
