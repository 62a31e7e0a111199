package dk.omsorg.catalog;

import java.util.List;
import java.util.Optional;

/**
 * An intervention area (indsatsområde): a group of interventions under one legal basis, with
 * what the standard says about all of them.
 *
 * @param number              the seed's section number, if any
 * @param appealable          false where the decision cannot be appealed to Ankestyrelsen
 *                            (e.g. § 82 a); true when the file does not say
 * @param freeChoice          SEL § 83 free choice of provider applies
 * @param rehabilitationFirst a § 83 a course is proposed before permanent help
 * @param maxDuration         temporary help's longest period; null when not temporary
 * @param vumThemes           SOCIAL shape: the VUM 2.0 themes the assessment covers
 * @param age                 the citizen's age the standard requires; null when it says nothing
 * @param legalBasis          the legal basis as the standard itself states it
 * @param legalBases          the legal bases with their periods and age groups, chosen by the decision
 *                            date and the citizen's age; empty when {@code legalBasis} applies always
 */
public record Area(String code, Integer number, String name, List<String> legalBasis, boolean appealable,
                   boolean freeChoice, List<DeliveredBy> deliveredBy, boolean rehabilitationFirst,
                   RehabilitationCourse rehabilitationCourse, String purpose, String targetGroup,
                   List<String> includes, List<String> excludes, StartDeadline startDeadline,
                   boolean acuteStartSameDay, List<DeliveryWindow> deliveryWindows, MaxDuration maxDuration,
                   FollowUp followUp, CoPayment coPayment, String processing, List<String> vumThemes,
                   List<Intervention> interventions, List<GroupLimit> groupLimits, AgeCondition age,
                   List<LegalBasis> legalBases) {

    /** An area without an age condition whose legal basis is the standard's own, whatever the date. */
    public Area(String code, Integer number, String name, List<String> legalBasis, boolean appealable,
                boolean freeChoice, List<DeliveredBy> deliveredBy, boolean rehabilitationFirst,
                RehabilitationCourse rehabilitationCourse, String purpose, String targetGroup,
                List<String> includes, List<String> excludes, StartDeadline startDeadline,
                boolean acuteStartSameDay, List<DeliveryWindow> deliveryWindows, MaxDuration maxDuration,
                FollowUp followUp, CoPayment coPayment, String processing, List<String> vumThemes,
                List<Intervention> interventions, List<GroupLimit> groupLimits) {
        this(code, number, name, legalBasis, appealable, freeChoice, deliveredBy, rehabilitationFirst,
                rehabilitationCourse, purpose, targetGroup, includes, excludes, startDeadline, acuteStartSameDay,
                deliveryWindows, maxDuration, followUp, coPayment, processing, vumThemes, interventions, groupLimits,
                null, List.of());
    }

    /** An area whose legal basis changes with the date and age ({@code legalBases}), without an age condition. */
    public Area(String code, Integer number, String name, List<String> legalBasis, boolean appealable,
                boolean freeChoice, List<DeliveredBy> deliveredBy, boolean rehabilitationFirst,
                RehabilitationCourse rehabilitationCourse, String purpose, String targetGroup,
                List<String> includes, List<String> excludes, StartDeadline startDeadline,
                boolean acuteStartSameDay, List<DeliveryWindow> deliveryWindows, MaxDuration maxDuration,
                FollowUp followUp, CoPayment coPayment, String processing, List<String> vumThemes,
                List<Intervention> interventions, List<GroupLimit> groupLimits, List<LegalBasis> legalBases) {
        this(code, number, name, legalBasis, appealable, freeChoice, deliveredBy, rehabilitationFirst,
                rehabilitationCourse, purpose, targetGroup, includes, excludes, startDeadline, acuteStartSameDay,
                deliveryWindows, maxDuration, followUp, coPayment, processing, vumThemes, interventions, groupLimits,
                null, legalBases);
    }

    public Area {
        legalBasis = Intervention.copy(legalBasis);
        deliveredBy = Intervention.copy(deliveredBy);
        includes = Intervention.copy(includes);
        excludes = Intervention.copy(excludes);
        deliveryWindows = Intervention.copy(deliveryWindows);
        vumThemes = Intervention.copy(vumThemes);
        interventions = Intervention.copy(interventions);
        groupLimits = Intervention.copy(groupLimits);
        legalBases = Intervention.copy(legalBases);
    }

    /** The intervention's own dated legal bases, else the area's; empty when the standard's words apply always. */
    public List<LegalBasis> legalBasesFor(Intervention intervention) {
        return intervention != null && !intervention.legalBases().isEmpty() ? intervention.legalBases() : legalBases;
    }

    public Optional<Intervention> intervention(String interventionCode) {
        return interventions.stream().filter(i -> i.code().equals(interventionCode)).findFirst();
    }

    /** The intervention's own start deadline, else the area's; null when neither says. */
    public StartDeadline startDeadlineFor(Intervention intervention) {
        return intervention.startDeadline() != null ? intervention.startDeadline() : startDeadline;
    }

    public List<DeliveryWindow> deliveryWindowsFor(Intervention intervention) {
        return intervention.deliveryWindows().isEmpty() ? deliveryWindows : intervention.deliveryWindows();
    }

    /**
     * The longest period the intervention may be granted for: its own max duration, else a
     * course's {@code maxMonths}, else the area's max duration, else a § 83 a course's
     * {@code maxWeeks}; null when the help is not time-limited.
     */
    public MaxDuration maxDurationFor(Intervention intervention) {
        if (intervention.maxDuration() != null) {
            return intervention.maxDuration();
        }
        if (intervention.maxMonths() != null) {
            return new MaxDuration(intervention.maxMonths(), MaxDuration.Unit.MONTHS, intervention.scope());
        }
        if (maxDuration != null) {
            return maxDuration;
        }
        if (rehabilitationCourse != null && rehabilitationCourse.maxWeeks() != null) {
            return new MaxDuration(rehabilitationCourse.maxWeeks(), MaxDuration.Unit.WEEKS, null);
        }
        return null;
    }
}
