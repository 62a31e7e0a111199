package dk.omsorg.notice;

import dk.omsorg.catalog.DanishText;
import dk.omsorg.decision.Grant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A grant as a provider needs it, kept with the notice as it was when the notice was written, so the
 * notice still says what changed after later versions of the decision.
 *
 * @param frequency "2 gange dagligt i dagvagten"
 * @param startBy       the last day the help may start by the quality standard; null when it sets none
 * @param effectiveFrom the day this version of the grant takes effect (the decision's own date for it, earlier when
 *                      back-dated); null in notices written before it was kept
 */
public record GrantSnapshot(UUID grantKey, int versionNo, String interventionCode, String interventionName,
                            String areaName, String legalBasis, String frequency, int minutesPerDelivery,
                            int weeklyMinutes, LocalDate start, LocalDate end, LocalDate startBy, String goals,
                            LocalDate effectiveFrom) {

    public GrantSnapshot {
        Objects.requireNonNull(grantKey, "grantKey");
        Objects.requireNonNull(start, "start");
    }

    /** A snapshot without an effective day (as notices written before it was kept). */
    public GrantSnapshot(UUID grantKey, int versionNo, String interventionCode, String interventionName, String areaName,
                         String legalBasis, String frequency, int minutesPerDelivery, int weeklyMinutes, LocalDate start,
                         LocalDate end, LocalDate startBy, String goals) {
        this(grantKey, versionNo, interventionCode, interventionName, areaName, legalBasis, frequency, minutesPerDelivery,
                weeklyMinutes, start, end, startBy, goals, null);
    }

    public static GrantSnapshot of(Grant grant) {
        return new GrantSnapshot(grant.grantKey(), grant.versionNo(), grant.interventionCode(), grant.interventionName(),
                grant.areaName(), grant.legalBasis(), grant.frequency(), grant.minutesPerDelivery(),
                grant.weeklyMinutes(), grant.start(), grant.end(), grant.startBy(), grant.goals(), grant.effectiveFrom());
    }

    public boolean temporary() {
        return end != null;
    }

    /** Whether the grant has not ended by {@code day}. */
    public boolean notEndedOn(LocalDate day) {
        return end == null || !end.isBefore(day);
    }

    /**
     * What differs from {@code before}, field by field, with the values as a person reads them. The
     * field is a key under {@code notice.field.} in the messages.
     */
    public List<FieldChange> changesFrom(GrantSnapshot before) {
        List<FieldChange> changes = new ArrayList<>();
        if (before == null) {
            return changes;
        }
        add(changes, "intervention", before.interventionName, interventionName);
        add(changes, "frequency", before.frequency, frequency);
        add(changes, "minutesPerDelivery", String.valueOf(before.minutesPerDelivery), String.valueOf(minutesPerDelivery));
        add(changes, "weeklyMinutes", String.valueOf(before.weeklyMinutes), String.valueOf(weeklyMinutes));
        add(changes, "start", DanishText.date(before.start), DanishText.date(start));
        add(changes, "end", DanishText.date(before.end), DanishText.date(end));
        add(changes, "goals", before.goals, goals);
        return changes;
    }

    private static void add(List<FieldChange> changes, String field, String before, String after) {
        String b = before == null ? "" : before;
        String a = after == null ? "" : after;
        if (!b.equals(a)) {
            changes.add(new FieldChange(field, b, a));
        }
    }

    /** One field of a grant before and after a change; an empty value was not set. */
    public record FieldChange(String field, String before, String after) {
    }
}
