package dk.omsorg.security;

/** The municipal roles (glossary: koordinator, visitator, leder af myndighed, økonomi, tilsyn). */
public enum Role {
    COORDINATOR,
    CASEWORKER,
    LEADER,
    FINANCE,
    SUPERVISOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
