package dev.tminus.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A position in a profile's YAML tree that knows its key path and reports problems there. Readers
 * return {@code null} or empty values for what is invalid and keep going, so every problem of a
 * file is reported at once; the loader throws after reading when any was found.
 */
final class Node {

    private final JsonNode json;
    private final String path;
    private final Problems problems;
    private final Interpolation interpolation;

    Node(JsonNode json, String path, Problems problems, Interpolation interpolation) {
        this.json = json;
        this.path = path;
        this.problems = problems;
        this.interpolation = interpolation;
    }

    String path() {
        return path;
    }

    boolean present() {
        return json != null && !json.isNull() && !json.isMissingNode();
    }

    boolean isList() {
        return json != null && json.isArray();
    }

    void problem(String message) {
        problems.add(path, message);
    }

    /** The child at {@code key}; absent children are not problems until a value is demanded. */
    Node get(String key) {
        JsonNode child = json != null && json.isObject() ? json.get(key) : null;
        return new Node(child, path.isEmpty() ? key : path + "." + key, problems, interpolation);
    }

    /**
     * Whether this is a mapping; reports a non-mapping, missing required keys and unknown keys
     * (with the closest known key as a hint).
     */
    boolean isMap(Set<String> required, Set<String> optional) {
        if (!present()) {
            problem("missing; expected a mapping with " + String.join(", ", required));
            return false;
        }
        if (!json.isObject()) {
            problem("expected a mapping, got " + describe(json));
            return false;
        }
        Set<String> known = new TreeSet<>(required);
        known.addAll(optional);
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                get(key).problem("unknown key; expected one of " + String.join(", ", known)
                        + Hints.didYouMean(key, known));
            }
        }
        for (String key : required) {
            Node child = get(key);
            if (!child.present()) {
                child.problem("missing; this key is required");
            }
        }
        return true;
    }

    /** The items of a list; a non-list is reported and read as empty. */
    List<Node> items() {
        if (!present()) {
            return List.of();
        }
        if (!json.isArray()) {
            problem("expected a list, got " + describe(json));
            return List.of();
        }
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            items.add(new Node(json.get(i), path + "[" + i + "]", problems, interpolation));
        }
        return items;
    }

    /** Each item mapped; items that read as null are dropped (their problems are reported). */
    <T> List<T> list(Function<Node, T> reader) {
        List<T> out = new ArrayList<>();
        for (Node item : items()) {
            T value = reader.apply(item);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** A list of strings; used for {@code expect}, {@code zones}, {@code alpn}. */
    List<String> strings() {
        return list(Node::text);
    }

    /** A flat mapping of label names to string values. */
    Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        if (!present()) {
            return labels;
        }
        if (!json.isObject()) {
            problem("expected a mapping of label names to values, got " + describe(json));
            return labels;
        }
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String value = get(key).text();
            if (value != null) {
                labels.put(key, value);
            }
        }
        return labels;
    }

    /** A scalar as text, with {@code ${VAR}} references resolved; a non-scalar is reported. */
    String text() {
        if (!present()) {
            return null;
        }
        if (!json.isValueNode()) {
            problem("expected a single value, got " + describe(json));
            return null;
        }
        return interpolation.resolve(json.asText(), this);
    }

    String requiredText(String expected) {
        if (!present()) {
            problem("missing; expected " + expected);
            return null;
        }
        String text = text();
        if (text != null && text.isBlank()) {
            problem("expected " + expected + ", got an empty value");
            return null;
        }
        return text;
    }

    /** A secret: must be written as {@code ${VAR}} (optionally {@code ${VAR:-default}}). */
    Secret secret() {
        if (!present()) {
            return null;
        }
        String raw = json.isValueNode() ? json.asText() : null;
        java.util.regex.Matcher ref = raw == null ? null : Interpolation.WHOLE_REFERENCE.matcher(raw.trim());
        if (ref == null || !ref.matches()) {
            problem("expected a reference to an environment variable like ${DB_PASSWORD}, got a literal value;"
                    + " secrets come only from environment variables");
            return null;
        }
        String value = text();
        return value == null ? null : new Secret(value, ref.group(1));
    }

    Duration duration() {
        String text = text();
        if (text == null) {
            return null;
        }
        Optional<Duration> parsed = Durations.parse(text.trim());
        if (parsed.isEmpty()) {
            if (text.trim().matches("\\d+")) {
                problem("\"" + text + "\" has no unit; write " + text.trim() + "s or " + text.trim() + "m");
            } else {
                problem("expected a duration like 60s, 250ms, 75m or 30d, got " + quote(text));
            }
            return null;
        }
        return parsed.get();
    }

    Duration duration(Duration defaultValue) {
        return present() ? duration() : defaultValue;
    }

    Duration requiredDuration() {
        if (!present()) {
            problem("missing; expected a duration like 60s");
            return null;
        }
        return duration();
    }

    Optional<Duration> optionalDuration() {
        return present() ? Optional.ofNullable(duration()) : Optional.empty();
    }

    /** A whole number in [min, max]; {@code defaultValue} when absent. */
    Integer integer(int min, int max, Integer defaultValue) {
        if (!present()) {
            if (defaultValue == null) {
                problem("missing; expected a whole number from " + min + " to " + max);
            }
            return defaultValue;
        }
        String text = text();
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                problem("expected a whole number from " + min + " to " + max + ", got " + value);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem("expected a whole number from " + min + " to " + max + ", got " + quote(text));
            return null;
        }
    }

    Optional<Double> number() {
        if (!present()) {
            return Optional.empty();
        }
        String text = text();
        if (text == null) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            problem("expected a number like 0.003, got " + quote(text));
            return Optional.empty();
        }
    }

    /** One of the given spellings. */
    <T> T oneOf(Map<String, T> choices, T defaultValue) {
        if (!present()) {
            if (defaultValue == null) {
                problem("missing; expected one of " + String.join(", ", choices.keySet()));
            }
            return defaultValue;
        }
        String text = text();
        if (text == null) {
            return null;
        }
        T value = choices.get(text.trim());
        if (value == null) {
            problem("expected one of " + String.join(", ", choices.keySet()) + ", got " + quote(text)
                    + Hints.didYouMean(text.trim(), choices.keySet()));
        }
        return value;
    }

    static String quote(String text) {
        return "\"" + text + "\"";
    }

    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNull()) {
            return "nothing";
        }
        return quote(node.asText());
    }
}
