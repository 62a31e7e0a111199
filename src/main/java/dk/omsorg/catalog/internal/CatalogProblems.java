package dk.omsorg.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The problems of one catalogue file, each at a field path (e.g. {@code areas[2].interventions[0].max}).
 * Problems are collected, not thrown, so one start names every problem of every file.
 */
final class CatalogProblems {

    record Problem(String path, String message) {
    }

    final List<Problem> list = new ArrayList<>();

    boolean require(boolean condition, String path, String message) {
        if (!condition) {
            list.add(new Problem(path, message));
        }
        return condition;
    }

    void add(String path, String message) {
        list.add(new Problem(path, message));
    }

    /** Builds a value, turning a rule the model itself enforces into a problem at {@code path}. */
    <T> T build(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            add(path, e.getMessage());
            return null;
        }
    }

    boolean score(String at, Integer score) {
        return require(score == null || (score >= 0 && score <= 4), at, "must be an FSIII score 0–4, not " + score);
    }

    boolean positive(String at, Integer value) {
        return require(value == null || value > 0, at, "must be positive, not " + value);
    }
}
