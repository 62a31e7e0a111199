package dk.omsorg.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;

/**
 * Forms and query parameters of the pages refuse text PostgreSQL cannot store ({@link StorableText}) and text
 * longer than {@link dk.omsorg.shared.InputLimits#TEXT_LENGTH}:
 * the value is not bound, and the field gets the Danish {@code typeMismatch.java.lang.String} message.
 */
@ControllerAdvice(annotations = Controller.class)
class StorableTextForms {

    @InitBinder
    void storableText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (StorableText.unstorable(text) || text != null && text.length() > dk.omsorg.shared.InputLimits.TEXT_LENGTH) {
                    throw new IllegalArgumentException("unstorable text");
                }
                setValue(text);
            }

            @Override
            public String getAsText() {
                Object value = getValue();
                return value == null ? "" : value.toString();
            }
        });
    }
}
