package dk.omsorg.shared.web;

import dk.omsorg.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Puts a domain rule's Danish text onto a form, beside the field in error. */
@Component
public class Messages {

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    Messages(MessageSource messages) {
        this.messages = messages;
    }

    /** The Danish text for a key; dates among the arguments are written the Danish way. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, danish(args), key, LocaleContextHolder.getLocale());
    }

    public void reject(BindingResult form, DomainException e) {
        for (DomainException.Violation v : e.violations()) {
            // The template resolves the code again, so it needs the same (Danish-formatted) arguments.
            Object[] args = danish(v.args());
            String text = text(v.messageKey(), v.args());
            if (v.field() != null && form.getFieldType(v.field()) != null) {
                form.rejectValue(v.field(), v.messageKey(), args, text);
            } else {
                form.reject(v.messageKey(), args, text);
            }
        }
    }

    private static Object[] danish(Object[] args) {
        return args == null ? null : java.util.Arrays.stream(args)
                .map(a -> a instanceof java.time.LocalDate d ? DATE.format(d) : a).toArray();
    }
}
