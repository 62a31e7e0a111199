package dk.omsorg.shared.web;

import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InputLimits;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.YearMonthDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * The API reads exactly what was sent or refuses it, naming the field ({@link ApiProblems}): no text
 * that cannot be stored, no enum value by its position (a number), no decimal cut to a whole number.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(new SimpleModule("storable-text")
                        .addDeserializer(String.class, new StorableStrings())
                        .addDeserializer(LocalDate.class, new PlausibleDates())
                        .addDeserializer(YearMonth.class, new PlausibleMonths())
                        .addDeserializer(OffsetDateTime.class, new PlausibleDateTimes()));
    }

    /** Thrown for a NUL or a lone surrogate; it carries the JSON path of the field like any type error. */
    static final class UnstorableTextException extends MismatchedInputException {
        UnstorableTextException(JsonParser parser) {
            super(parser, "unstorable text", String.class);
        }
    }

    /** Thrown for a text longer than {@link InputLimits#TEXT_LENGTH}, with the JSON path of the field. */
    static final class TooLongException extends MismatchedInputException {
        TooLongException(JsonParser parser) {
            super(parser, "text too long", String.class);
        }
    }

    /** Thrown for a date outside {@link InputLimits#plausible}, with the JSON path of the field. */
    static final class ImplausibleDateException extends MismatchedInputException {
        ImplausibleDateException(JsonParser parser, Class<?> type) {
            super(parser, "date out of range", type);
        }
    }

    private static final class StorableStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (StorableText.unstorable(text)) {
                throw new UnstorableTextException(p);
            }
            if (text != null && text.length() > InputLimits.TEXT_LENGTH) {
                throw new TooLongException(p);
            }
            return text;
        }
    }

    private static final class PlausibleDates extends LocalDateDeserializer {
        PlausibleDates() {
            super(DateTimeFormatter.ISO_LOCAL_DATE);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            LocalDate date = super.deserialize(p, ctxt);
            if (date != null && !InputLimits.plausible(date.getYear(), LocalDate.now(DanishTime.ZONE))) {
                throw new ImplausibleDateException(p, LocalDate.class);
            }
            return date;
        }
    }

    /** A settlement month: exactly ÅÅÅÅ-MM ("26-11" and "0000-01" are typing errors), in the plausible window. */
    private static final class PlausibleMonths extends YearMonthDeserializer {
        @Override
        public YearMonth deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == tools.jackson.core.JsonToken.VALUE_STRING && !p.getString().strip().matches("\\d{4}-\\d{2}")) {
                throw new ImplausibleDateException(p, YearMonth.class);
            }
            YearMonth month = super.deserialize(p, ctxt);
            if (month != null && !InputLimits.plausible(month.getYear(), LocalDate.now(DanishTime.ZONE))) {
                throw new ImplausibleDateException(p, YearMonth.class);
            }
            return month;
        }
    }

    /** A moment (an inquiry's receipt): read as ISO with its offset, in the same plausible window as a date. */
    private static final class PlausibleDateTimes extends ValueDeserializer<OffsetDateTime> {
        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
            OffsetDateTime moment = InstantDeserializer.OFFSET_DATE_TIME.deserialize(p, ctxt);
            if (moment != null && !InputLimits.plausible(moment.getYear(), LocalDate.now(DanishTime.ZONE))) {
                throw new ImplausibleDateException(p, OffsetDateTime.class);
            }
            return moment;
        }
    }
}
