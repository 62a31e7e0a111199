package dk.omsorg.security;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

import java.util.HashMap;
import java.util.Map;

/**
 * A user's full name for templates, {@code ${@people.name(username)}}: pages store who decided, approved or
 * acknowledged by username, and a person reads "Vibeke Visitator", not "visitator". Names are looked up
 * once per request. "system" (the nightly scan, the notice listeners) reads as the system.
 */
@Component("people")
@RequestScope
public class PersonNames {

    static final String SYSTEM = "system";

    private final StaffDirectory staff;
    private final MessageSource messages;
    private final Map<String, String> names = new HashMap<>();

    PersonNames(StaffDirectory staff, MessageSource messages) {
        this.staff = staff;
        this.messages = messages;
    }

    /** The full name, or the username itself when no such user exists (a removed user); "" for none. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (SYSTEM.equals(username)) {
            return messages.getMessage("audit.user.system", null, username, LocaleContextHolder.getLocale());
        }
        return names.computeIfAbsent(username, u -> staff.find(u).map(StaffUser::displayName).orElse(u));
    }
}
