package dk.omsorg.decision;

import java.util.List;

/**
 * A new decision as the caseworker composes it.
 *
 * @param inquiryId      the inquiry decided on (optional); it is closed by the decision
 * @param appliedFor     what the citizen applied for; the inquiry's request when left out
 * @param reasoning      the caseworker's general reasoning (optional)
 * @param override       the decision as a whole goes beyond the standard; needs {@code overrideReason}
 * @param overrideReason a reason that covers every finding of the decision
 * @param letterChannel  how the letter is sent; digital post when not given
 */
public record DecisionDraft(Long inquiryId, String appliedFor, String reasoning, boolean override,
                            String overrideReason, List<GrantInput> grants, List<RefusalInput> refusals,
                            LetterChannel letterChannel) {

    /** A decision whose letter goes by digital post. */
    public DecisionDraft(Long inquiryId, String appliedFor, String reasoning, boolean override,
                         String overrideReason, List<GrantInput> grants, List<RefusalInput> refusals) {
        this(inquiryId, appliedFor, reasoning, override, overrideReason, grants, refusals, LetterChannel.DIGITAL);
    }

    public DecisionDraft {
        letterChannel = letterChannel == null ? LetterChannel.DIGITAL : letterChannel;
        appliedFor = Texts.blankToNull(appliedFor);
        reasoning = Texts.blankToNull(reasoning);
        overrideReason = Texts.blankToNull(overrideReason);
        grants = grants == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(grants));
        refusals = refusals == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(refusals));
    }

    /** The same draft with its letter sent by {@code channel}. */
    public DecisionDraft withLetterChannel(LetterChannel channel) {
        return new DecisionDraft(inquiryId, appliedFor, reasoning, override, overrideReason, grants, refusals, channel);
    }
}
