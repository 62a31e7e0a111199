package dk.omsorg.catalog.api;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.CoPayment;
import dk.omsorg.catalog.Criteria;
import dk.omsorg.catalog.Criterion;
import dk.omsorg.catalog.DeliveredBy;
import dk.omsorg.catalog.AgeCondition;
import dk.omsorg.catalog.DeliveryWindow;
import dk.omsorg.catalog.FollowUp;
import dk.omsorg.catalog.FsiiiRef;
import dk.omsorg.catalog.GroupLimit;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.Limit;
import dk.omsorg.catalog.MaxDuration;
import dk.omsorg.catalog.RehabilitationCourse;
import dk.omsorg.catalog.StartDeadline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A catalogue version as the REST API returns it: the file's content with FSIII codes resolved. */
record CatalogDto(int municipalityCode, String version, LocalDate validFrom, LocalDate validTo, String source,
                  String shape, List<AreaDto> areas) {

    static CatalogDto of(Catalog c) {
        return new CatalogDto(c.municipalityId(), c.version(), c.validFrom(), c.validTo(), c.source(), c.shape().name(),
                c.areas().stream().map(AreaDto::of).toList());
    }

    record AreaDto(String code, Integer number, String name, List<String> legalBasis, boolean appealable,
                   boolean freeChoice, List<DeliveredBy> deliveredBy, boolean rehabilitationFirst,
                   RehabilitationCourse rehabilitationCourse, String purpose, String targetGroup, List<String> includes,
                   List<String> excludes, StartDeadlineDto startDeadline, boolean acuteStartSameDay,
                   List<WindowDto> deliveryWindows, DurationDto maxDuration, FollowUp followUp, CoPayment coPayment,
                   String processing, List<String> vumThemes, List<InterventionDto> interventions,
                   List<GroupLimitDto> groupLimits, AgeCondition age, List<dk.omsorg.catalog.LegalBasis> legalBases) {
        static AreaDto of(Area a) {
            return new AreaDto(a.code(), a.number(), a.name(), a.legalBasis(), a.appealable(), a.freeChoice(),
                    a.deliveredBy(), a.rehabilitationFirst(), a.rehabilitationCourse(), a.purpose(), a.targetGroup(),
                    a.includes(), a.excludes(), StartDeadlineDto.of(a.startDeadline()), a.acuteStartSameDay(),
                    WindowDto.of(a.deliveryWindows()), DurationDto.of(a.maxDuration()), a.followUp(), a.coPayment(),
                    a.processing(), a.vumThemes(), a.interventions().stream().map(InterventionDto::of).toList(),
                    a.groupLimits().stream().map(GroupLimitDto::of).toList(), a.age(), a.legalBases());
        }
    }

    /**
     * @param shifts the shifts it may be granted in; empty means all
     */
    record InterventionDto(String code, String name, FsiiiDto fsiii, String description, List<String> includes,
                           List<String> excludes, Integer typicalScore, Integer typicalMinutes, String typicalFrequency,
                           List<String> shifts, CriteriaDto criteria, List<LimitDto> limits,
                           List<String> excludesInSameVisit, String exclusionText, StartDeadlineDto startDeadline,
                           List<WindowDto> deliveryWindows, DurationDto maxDuration, String scope, Integer hoursPerMonth,
                           Integer maxMonths) {
        static InterventionDto of(Intervention i) {
            return new InterventionDto(i.code(), i.name(), FsiiiDto.of(i.fsiii()), i.description(), i.includes(),
                    i.excludes(), i.typicalScore(), i.typicalMinutes(), i.typicalFrequency(),
                    i.shifts().stream().map(Enum::name).toList(), CriteriaDto.of(i.criteria()),
                    i.limits().stream().map(LimitDto::of).toList(), i.excludesInSameVisit(), i.exclusionText(),
                    StartDeadlineDto.of(i.startDeadline()), WindowDto.of(i.deliveryWindows()),
                    DurationDto.of(i.maxDuration()), i.scope(), i.hoursPerMonth(), i.maxMonths());
        }
    }

    /** An FSIII code; {@code scoredOn} is the current state a retired state's score is read from. */
    record FsiiiDto(UUID code, String legacyCode, String name, boolean current, FsiiiDto scoredOn) {
        static FsiiiDto of(FsiiiRef ref) {
            if (ref == null) {
                return null;
            }
            FsiiiRef read = ref.scoredOn();
            return new FsiiiDto(ref.uuid(), ref.legacyCode(), ref.name(), ref.current(),
                    read == null || read == ref ? null : of(read));
        }
    }

    /**
     * @param all each with {@code description}, the criterion in Danish
     */
    record CriteriaDto(String text, List<CriterionDto> all, String alternative) {
        static CriteriaDto of(Criteria c) {
            return c == null ? null : new CriteriaDto(c.text(), c.all().stream().map(CriterionDto::of).toList(), c.alternative());
        }
    }

    /** {@code atLeast} is 1 for a single state. */
    record CriterionDto(int atLeast, List<FsiiiDto> states, int min, int max, String description) {
        static CriterionDto of(Criterion c) {
            int atLeast = c instanceof Criterion.AtLeast k ? k.atLeast() : 1;
            return new CriterionDto(atLeast, c.states().stream().map(FsiiiDto::of).toList(), c.min(), c.max(), c.describe());
        }
    }

    record LimitDto(int max, String per, int every, String shift, String scope, Integer maxMinutesEach, String text,
                    String description) {
        static LimitDto of(Limit l) {
            return new LimitDto(l.max(), l.per().name(), l.every(), l.shift() == null ? null : l.shift().name(), l.scope().name(),
                    l.maxMinutesEach(), l.text(), l.describe());
        }
    }

    record GroupLimitDto(String name, List<String> interventions, int max, String per, String text, List<GroupLimit.Within> within) {
        static GroupLimitDto of(GroupLimit g) {
            return new GroupLimitDto(g.name(), g.interventions(), g.max(), g.per().name(), g.text(), g.within());
        }
    }

    /** {@code kind}: WORKING_DAYS, DAYS, WEEKS or SAME_DAY. */
    record StartDeadlineDto(String kind, int amount, String text, String description) {
        static StartDeadlineDto of(StartDeadline s) {
            return s == null ? null : new StartDeadlineDto(s.kind().name(), s.amount(), s.text(), s.describe());
        }
    }

    record DurationDto(int amount, String unit, String text) {
        static DurationDto of(MaxDuration d) {
            return d == null ? null : new DurationDto(d.amount(), d.unit().name(), d.text());
        }
    }

    record WindowDto(String days, String from, String to, String text) {
        static List<WindowDto> of(List<DeliveryWindow> windows) {
            return windows.stream().map(w -> new WindowDto(w.days().name(), w.from().toString(), w.to().toString(), w.text())).toList();
        }
    }
}
