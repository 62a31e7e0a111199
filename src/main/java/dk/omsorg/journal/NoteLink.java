package dk.omsorg.journal;

import java.util.UUID;

/**
 * What a note is about, when it is about one thing of the citizen's: a grant (by its key, stable across decision
 * versions), an inquiry, a decision or a reassessment flag (by id).
 */
public record NoteLink(Kind kind, Long id, UUID grantKey) {

    public enum Kind {
        GRANT,
        INQUIRY,
        DECISION,
        REASSESSMENT_FLAG
    }

    public NoteLink {
        if (kind == null || (kind == Kind.GRANT) != (grantKey != null) || (kind == Kind.GRANT) == (id != null)) {
            throw new IllegalArgumentException("A link is a kind with either a grant key or an id");
        }
    }

    public static NoteLink to(Kind kind, long id) {
        return new NoteLink(kind, id, null);
    }

    public static NoteLink toGrant(UUID grantKey) {
        return new NoteLink(Kind.GRANT, null, grantKey);
    }

    /** The form's value of a link, "INQUIRY:12" or "GRANT:<uuid>". */
    public String formValue() {
        return kind + ":" + (grantKey != null ? grantKey : id);
    }
}
