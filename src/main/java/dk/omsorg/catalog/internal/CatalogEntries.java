package dk.omsorg.catalog.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.catalog.CatalogShape;
import dk.omsorg.catalog.DeliveredBy;
import dk.omsorg.catalog.DeliveryWindow;
import dk.omsorg.catalog.GrantMeasure;
import dk.omsorg.catalog.LimitPeriod;
import dk.omsorg.catalog.LimitScope;
import dk.omsorg.catalog.Shift;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A catalogue file as written ({@code docs/catalog-format.md}), field by field, as Jackson reads it.
 * Nothing is checked here: {@link CatalogFiles} rejects unknown fields, the readers check the rest.
 */
final class CatalogEntries {

    private CatalogEntries() {
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String version;
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String source;
        @JsonProperty CatalogShape shape;
        @JsonProperty List<AreaEntry> areas;
        @JsonProperty AdoptsEntry adopts;
        /** Who may decide (bevillingskompetence): read and validated by {@link DecisionAuthorityFiles}. */
        @JsonProperty tools.jackson.databind.JsonNode decisionAuthority;
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
        @JsonProperty MeasureEntry measure;
    }

    static final class MeasureEntry {
        @JsonProperty GrantMeasure.Kind kind;
        @JsonProperty GrantMeasure.Period per;
        @JsonProperty GrantMeasure.PoolUnit unit;
        @JsonProperty Integer standard;
        @JsonProperty Boolean daysPerWeek;
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
        @JsonProperty MeasureEntry measure;
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
