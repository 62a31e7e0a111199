package dk.omsorg.security;

/**
 * The roles (glossary: koordinator, visitator, leder af myndighed, økonomi, tilsyn — municipal staff;
 * leverandør — a provider's staff, who see only their own provider's citizens and notices).
 */
public enum Role {
    COORDINATOR,
    CASEWORKER,
    LEADER,
    FINANCE,
    SUPERVISOR,
    PROVIDER,
    /** A hospital's system client: posts MedCom hospital notifications and reaches nothing else (issue 20). */
    HOSPITAL;

    public boolean isMunicipalStaff() {
        return this != PROVIDER && this != HOSPITAL;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
