package dk.omsorg.shared.web;

import dk.omsorg.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Puts a domain rule's Danish text onto a form, beside the field in error. */
@Component
public class Messages {

    private final MessageSource messages;

    Messages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    public void reject(BindingResult form, DomainException e) {
        for (DomainException.Violation v : e.violations()) {
            String text = text(v.messageKey(), v.args());
            if (v.field() != null && form.getFieldType(v.field()) != null) {
                form.rejectValue(v.field(), v.messageKey(), text);
            } else {
                form.reject(v.messageKey(), text);
            }
        }
    }
}
