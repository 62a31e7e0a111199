package dk.omsorg.vum.web;

import dk.omsorg.citizen.Citizen;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import dk.omsorg.vum.StatementSource;
import dk.omsorg.vum.VumReference;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.Map;

/**
 * The VUM form page, shared by a new udredning and a draft being corrected: the themes by category, as many statement
 * rows as were given plus an empty one (plus one more when "Tilføj udtalelse" was pressed), and the Danish errors by
 * field with what was typed.
 */
@Component
class VumFormPage {

    private final VumReference reference;
    private final Messages messages;

    VumFormPage(VumReference reference, Messages messages) {
        this.reference = reference;
        this.messages = messages;
    }

    String render(Model model, Citizen citizen, Long assessmentId, Map<String, String> values, int statementRows,
                  boolean oneMore, Map<String, String> errors) {
        model.addAttribute("citizen", citizen);
        model.addAttribute("assessmentId", assessmentId);
        model.addAttribute("reference", reference);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("sources", StatementSource.values());
        // always one empty row to write a new statement in; "Tilføj udtalelse" gives one more
        model.addAttribute("statementRows", statementRows + (oneMore ? 2 : 1));
        return "vum/form";
    }

    /** Danish texts of the form's parse errors (message keys) and of the domain's violations, by form field. */
    void parseErrors(VumForm form, Map<String, String> errors) {
        form.parseErrors().forEach((field, key) -> errors.put(field, messages.text(key)));
    }

    void violations(VumForm form, InvalidInputException e, Map<String, String> errors) {
        for (DomainException.Violation v : e.violations()) {
            errors.putIfAbsent(form.formField(v.field()), messages.text(v.messageKey(), v.args()));
        }
    }

    String text(String key) {
        return messages.text(key);
    }
}
