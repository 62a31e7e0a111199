package dk.omsorg.catalog;

import java.time.LocalTime;

/**
 * When help is delivered, e.g. on weekdays 07:00–17:00. A window whose {@code to} is before its
 * {@code from} runs past midnight.
 */
public record DeliveryWindow(Days days, LocalTime from, LocalTime to, String text) {

    public DeliveryWindow {
        if (days == null || from == null || to == null || from.equals(to)) {
            throw new IllegalArgumentException("A delivery window needs days and two different times");
        }
    }

    /** "Hverdage kl. 07:00–17:00". */
    public String describe() {
        return days.danish() + " kl. " + from + "–" + to;
    }

    public enum Days {
        WEEKDAYS("Hverdage"),
        ALL_DAYS("Alle dage"),
        WEEKENDS("Weekender");

        private final String danish;

        Days(String danish) {
            this.danish = danish;
        }

        public String danish() {
            return danish;
        }
    }
}
