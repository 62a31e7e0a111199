package dk.omsorg.catalog;

import java.util.Objects;

/**
 * Who may decide a grant (bevillingskompetence), as the municipality's catalogue states it: the caseworker, the
 * leader of the authority (leder af Myndighed) or a named committee (visitationsudvalget, Sundheds- og
 * Omsorgsudvalget). A decision above the caseworker's authority is a recommendation (indstilling) until approved.
 *
 * @param committee the committee's name as the standard writes it; only for {@link Level#COMMITTEE}
 */
public record DecisionAuthority(Level level, String committee) {

    /** Ordered: a higher level may decide what a lower one may. */
    public enum Level { CASEWORKER, LEADER, COMMITTEE }

    public static final DecisionAuthority CASEWORKER = new DecisionAuthority(Level.CASEWORKER, null);
    public static final DecisionAuthority LEADER = new DecisionAuthority(Level.LEADER, null);

    public DecisionAuthority {
        Objects.requireNonNull(level);
        committee = committee == null || committee.isBlank() ? null : committee.strip();
        if ((level == Level.COMMITTEE) != (committee != null)) {
            throw new IllegalArgumentException("A committee, and only a committee, has a name");
        }
    }

    /** The higher of the two (a decision needs the highest authority any of its grants needs). */
    public DecisionAuthority max(DecisionAuthority other) {
        return other.level.ordinal() > level.ordinal() ? other : this;
    }

    public boolean isAbove(Level other) {
        return level.ordinal() > other.ordinal();
    }
}
