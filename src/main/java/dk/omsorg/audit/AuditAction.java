package dk.omsorg.audit;

public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    ACCESS_DENIED
}
