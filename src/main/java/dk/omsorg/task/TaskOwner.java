package dk.omsorg.task;

import dk.omsorg.security.Role;

import java.util.Locale;
import java.util.Optional;

/**
 * Whose queue: the user's own ({@code me}), a colleague's ({@code user:<username>}) or a team's
 * ({@code team:<ROLE>}), as the API's {@code owner} parameter and the page's select write it.
 */
public sealed interface TaskOwner {

    String param();

    record Me() implements TaskOwner {
        @Override
        public String param() {
            return "me";
        }
    }

    record User(String username) implements TaskOwner {
        @Override
        public String param() {
            return "user:" + username;
        }
    }

    record Team(Role role) implements TaskOwner {
        @Override
        public String param() {
            return "team:" + role.name();
        }
    }

    /** Empty or "me" is the user's own queue; empty Optional for a value of no known form. */
    static Optional<TaskOwner> parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.equalsIgnoreCase("me")) {
            return Optional.of(new Me());
        }
        if (value.startsWith("user:") && value.length() > "user:".length()) {
            return Optional.of(new User(value.substring("user:".length()).strip()));
        }
        if (value.startsWith("team:")) {
            try {
                Role role = Role.valueOf(value.substring("team:".length()).strip().toUpperCase(Locale.ROOT));
                return role.isMunicipalStaff() ? Optional.of(new Team(role)) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
