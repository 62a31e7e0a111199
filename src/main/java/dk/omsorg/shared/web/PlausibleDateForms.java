package dk.omsorg.shared.web;

import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InputLimits;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Dates typed into the pages' forms and query parameters are read as ISO dates (the browser's date and
 * datetime-local fields send them so) and refused outside {@link InputLimits#plausible} — year 0, 1850, 9999 —
 * the same window the API's JSON has ({@link StrictJson}). A refused value is not bound: the field gets the
 * Danish {@code typeMismatch.java.time.LocalDate} message, or the page its Danish 400.
 */
@ControllerAdvice(annotations = Controller.class)
class PlausibleDateForms {

    @InitBinder
    void plausibleDates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class,
                new Plausible<>(text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE), LocalDate::getYear));
        binder.registerCustomEditor(LocalDateTime.class,
                new Plausible<>(text -> LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME), LocalDateTime::getYear));
    }

    private static final class Plausible<T> extends PropertyEditorSupport {
        private final Function<String, T> parse;
        private final ToIntFunction<T> year;

        Plausible(Function<String, T> parse, ToIntFunction<T> year) {
            this.parse = parse;
            this.year = year;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            T value;
            try {
                value = parse.apply(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                // the binder turns an IllegalArgumentException into the field's type error, anything else into a 500
                throw new IllegalArgumentException("not a date", e);
            }
            if (!InputLimits.plausible(year.applyAsInt(value), LocalDate.now(DanishTime.ZONE))) {
                throw new IllegalArgumentException("date out of range");
            }
            setValue(value);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
