package dk.omsorg.delivery.internal;

import java.util.List;

/**
 * The checks of a parsed visit row ({@code visit_parsed}), in SQL: the same for a file (both paths) and for visits
 * sent one by one. Parameters: {@code :provider} (the user's provider) and {@code :today} (the application clock's
 * date, Danish time). {@link VisitRowCheck} holds the same checks in Java for the import's checked way; a check
 * changed here is changed there ({@code VisitRowCheckTest} holds the two to one verdict on thousands of drawn rows).
 */
final class VisitChecks {

    private VisitChecks() {
    }

    /** A check of one parsed row: the column and message code, the message's arguments, and when the row fails it. */
    private record Check(String column, String code, String args, String fails) {
    }

    /** The checks of a row with its eight fields ({@code p}: {@code visit_parsed where n = 8}). */
    private static final List<Check> CHECKS = List.of(
            new Check("besøgs_id", "visitIdMissing", "null, null, null", "external_id is null"),
            new Check("besøgs_id", "visitIdTooLong", "null, null, null", "length(external_id) > 100"),
            new Check("bevillings_id", "grantKeyInvalid", "grant_text, null, null", "grant_key is null"),
            new Check("bevillings_id", "grantUnknown", "grant_text, null, null", "grant_key is not null and citizen_id is null"),
            new Check("bevillings_id", "notYourGrant", "grant_text, null, null",
                    "citizen_id is not null and visit_date is not null and owner_id is distinct from :provider"),
            new Check("type", "kindInvalid", "kind_text, null, null", "kind is null"),
            new Check("dato", "dateInvalid", "date_text, null, null", "visit_date is null"),
            new Check("dato", "outsidePeriod",
                    "to_char(visit_date, 'DD.MM.YYYY'), to_char(start_on, 'DD.MM.YYYY'), coalesce(to_char(end_on, 'DD.MM.YYYY'), '')",
                    "owner_id = :provider and (visit_date < start_on or visit_date > end_on)"),
            // a visit registered as having taken place (or not) cannot lie after today
            new Check("dato", "deliveredInFuture", "to_char(visit_date, 'DD.MM.YYYY'), to_char(cast(:today as date), 'DD.MM.YYYY'), null",
                    "kind = 'DELIVERED' and visit_date > :today"),
            new Check("starttid", "timeInvalid", "time_text, null, null", "time_text is not null and start_time is null"),
            new Check("starttid", "timeMissing", "null, null, null", "kind = 'DELIVERED' and reason is null and time_text is null"),
            new Check("vagtlag", "shiftInvalid", "shift_text, null, null", "shift_text is not null and given_shift is null"),
            new Check("vagtlag", "shiftMissing", "null, null, null", "kind = 'PLANNED' and shift_text is null and time_text is null"),
            // a visit that did not take place needs neither time nor shift when its grant has one shift only
            new Check("vagtlag", "shiftMissingNotDelivered", "null, null, null",
                    "kind = 'DELIVERED' and reason is not null and shift_text is null and time_text is null "
                            + "and citizen_id is not null and grant_shift is null"),
            new Check("vagtlag", "shiftMismatch", "given_shift, derived_shift, to_char(start_time, 'HH24:MI')",
                    "given_shift <> derived_shift"),
            new Check("minutter", "minutesMissing", "null, null, null", "minutes_text is null and reason is null"),
            new Check("minutter", "minutesInvalid", "minutes_text, null, null", "minutes_text is not null and minutes is null"),
            new Check("minutter", "minutesRange", "minutes_text, null, null",
                    "minutes is not null and reason is null and (minutes <= 0 or minutes > 1440)"),
            new Check("minutter", "minutesRangeNotDelivered", "minutes_text, null, null",
                    "minutes is not null and reason is not null and (minutes < 0 or minutes > 1440)"),
            new Check("ikke_leveret_årsag", "reasonInvalid", "reason, null, null",
                    "reason is not null and reason not in ('CITIZEN_ABSENT', 'HOSPITALISED', 'CANCELLED_BY_CITIZEN', 'REPLACEMENT_HELP')"),
            new Check("ikke_leveret_årsag", "reasonPlanned", "null, null, null", "reason is not null and kind = 'PLANNED'"));

    /**
     * Whether a row of eight fields fails any check, as a boolean column (never null): the checks of {@link #ANY_ERROR}
     * but the duplicates, which the typed path has ruled out before ({@link CanonicalVisitFile}).
     */
    static final String BAD_ROW = "coalesce(%s, false)"
            .formatted(String.join("\n or ", CHECKS.stream().map(c -> "(" + c.fails() + ")").toList()));

    /** Whether any row fails any check: one pass over the rows (and one over the visit ids for duplicates). */
    static final String ANY_ERROR = """
            select exists (select 1 from visit_parsed where n <> 8)
                or exists (select 1 from visit_parsed where n = 8 and (%s))
                or exists (select 1 from visit_parsed where n = 8 and external_id is not null
                           group by external_id having count(*) > 1)"""
            .formatted(String.join("\n or ", CHECKS.stream().map(c -> "(" + c.fails() + ")").toList()));

    /** Every failed check of every row, by line; a line whose quote is not closed has {@code n = -1}. */
    static final String ERRORS = """
            with p as (select * from visit_parsed where n = 8),
            e(line_no, col, code, a1, a2, a3) as (
                select line_no, null, case when n < 0 then 'quoteOpen' else 'columns' end, n::text, null, null
                    from visit_parsed where n <> 8
                union all select line_no, 'besøgs_id', 'duplicateVisitId', external_id, first::text, null
                    from (select line_no, external_id, min(line_no) over (partition by external_id) as first from p
                          where external_id is not null) d where line_no > first
                %s
            )
            select * from e order by line_no, col nulls first, code"""
            .formatted(String.join("\n", CHECKS.stream().map(c -> "union all select line_no, '%s', '%s', %s from p where %s"
                    .formatted(c.column(), c.code(), c.args(), c.fails())).toList()));
}
