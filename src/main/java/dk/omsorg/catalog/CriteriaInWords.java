package dk.omsorg.catalog;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.assessment.ScaleStep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An evaluation of allocation criteria in plain Danish. The citizen's text names only the states a
 * current assessment scores, by the scale's own words ("svære begrænsninger (3)"), never a retired
 * state or its code: the letter speaks of the citizen, not of KL's code system. The caseworker's text
 * may add which retired states the standard lists are now scored under a merged state.
 */
public final class CriteriaInWords {

    private final FsiiiCatalog fsiii;

    public CriteriaInWords(FsiiiCatalog fsiii) {
        this.fsiii = fsiii;
    }

    /**
     * For the letter. Criteria met: the states whose scores met them, e.g. "du har svære begrænsninger
     * (3) i Lave husligt arbejde og Mobilitet og bevægelse". Not met: every state the criteria read that
     * has a score, so the citizen sees what the assessment says. Null when nothing was read.
     */
    public String forCitizen(CriteriaEvaluation evaluation) {
        if (evaluation == null || evaluation.checks().isEmpty()) {
            return null;
        }
        boolean onlyMet = evaluation.met();
        // one entry per state actually scored: a successor reached from several listed states is named once
        Map<UUID, ScoreReading> read = new LinkedHashMap<>();
        evaluation.checks().forEach(check -> check.readings().stream()
                .filter(r -> r.scoredOn() != null && r.score() != null && r.score() != ScoreReading.NOT_RELEVANT)
                .filter(r -> !onlyMet || r.inRange())
                .forEach(r -> read.putIfAbsent(r.scoredOn().uuid(), r)));
        if (read.isEmpty()) {
            return null;
        }
        Map<Integer, List<String>> byScore = new TreeMap<>();
        read.values().forEach(r -> byScore.computeIfAbsent(r.score(), s -> new ArrayList<>()).add(r.scoredOn().name()));
        List<String> parts = new ArrayList<>();
        byScore.forEach((score, names) -> parts.add(scale(score) + " (" + score + ") i " + DanishText.and(names)));
        return "du har " + DanishText.and(parts);
    }

    /**
     * For the check screen: the citizen's text, and which listed retired states are scored under a
     * merged state now, e.g. "Løfte og bære og Muskelstyrke vurderes nu under Mobilitet og bevægelse".
     */
    public String forCaseworker(CriteriaEvaluation evaluation) {
        String citizen = forCitizen(evaluation);
        if (citizen == null) {
            return null;
        }
        Map<String, List<String>> merged = new LinkedHashMap<>();
        evaluation.checks().forEach(check -> check.readings().stream().filter(ScoreReading::viaSuccessor)
                .filter(r -> !evaluation.met() || r.inRange())
                .forEach(r -> {
                    List<String> states = merged.computeIfAbsent(r.scoredOn().name(), s -> new ArrayList<>());
                    if (!states.contains(r.state().name())) {
                        states.add(r.state().name());
                    }
                }));
        String start = Character.toUpperCase(citizen.charAt(0)) + citizen.substring(1);
        if (merged.isEmpty()) {
            return start + ".";
        }
        return start + ". " + merged.entrySet().stream()
                .map(e -> DanishText.and(e.getValue()) + " vurderes nu under " + e.getKey())
                .collect(Collectors.joining("; ")) + ".";
    }

    private String scale(int score) {
        return fsiii.scaleStep(score).map(ScaleStep::label).map(l -> l.toLowerCase(Locale.ROOT)).orElse("score");
    }
}
