package dk.omsorg.specialcase;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The latest end of a contract after notice (seed 000: "opsigelsesvarsel skal være på max løbende måned plus en
 * måned"): notice given on a day of one month ends the contract at the latest on the last day of the month
 * {@code months} later — 10 March with 1 month: 30 April; 31 January: 28 February (29 in a leap year).
 */
public final class NoticeLimit {

    private NoticeLimit() {
    }

    public static LocalDate latestEnd(LocalDate noticeGivenOn, int months) {
        return YearMonth.from(noticeGivenOn).plusMonths(months).atEndOfMonth();
    }
}
