package dk.omsorg.notice;

/** Which way a notice goes: from the authority to a provider, or from a provider to the caseworker. */
public enum NoticeDirection {
    TO_PROVIDER,
    FROM_PROVIDER
}
