package dk.omsorg.shared.web;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Which field of a JSON body could not be read, and the Danish message key for why. The field is the
 * JSON path as the client wrote it ({@code lines[0].minutes}); the framework's English message and the
 * Java class names never reach the client.
 */
record UnreadableJson(String field, String messageKey) {

    static UnreadableJson of(Throwable cause) {
        if (!(cause instanceof JacksonException e) || e.getPath().isEmpty()) {
            return new UnreadableJson(null, "error.unreadable");
        }
        String field = path(e.getPath());
        if (e instanceof StrictJson.UnstorableTextException) {
            return new UnreadableJson(field, "input.text.unstorable");
        }
        if (e instanceof StrictJson.TooLongException) {
            return new UnreadableJson(field, "input.text.tooLong");
        }
        if (e instanceof StrictJson.ImplausibleDateException) {
            return new UnreadableJson(field, "input.date.range");
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        return new UnreadableJson(field, keyFor(target));
    }

    private static String keyFor(Class<?> target) {
        if (target == null) {
            return "input.type";
        }
        if (target.isEnum()) {
            return "input.type.enum";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class) {
            return "input.type.integer";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class) {
            return "input.type.number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "input.type.boolean";
        }
        if (Temporal.class.isAssignableFrom(target) || TemporalAccessor.class.isAssignableFrom(target)) {
            return "input.type.date";
        }
        if (target == String.class) {
            return "input.type.text";
        }
        return "input.type";
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : references) {
            if (r.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
