package dev.tminus.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A position in a profile's YAML tree that knows its key path and reports problems there. Readers
 * return {@code null} or empty values for what is invalid and keep going, so every problem of a
 * file is reported at once; the loader throws after reading when any was found. A key written with
 * no value ({@code timeout:}) is present and reported as "got nothing", never silently defaulted.
 */
final class Node {

    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private final JsonNode json;
    private final String path;
    private final String pointer;
    private final Problems problems;
    private final Interpolation interpolation;

    Node(JsonNode json, String path, String pointer, Problems problems, Interpolation interpolation) {
        this.json = json;
        this.path = path;
        this.pointer = pointer;
        this.problems = problems;
        this.interpolation = interpolation;
    }

    String path() {
        return path;
    }

    /** Whether the key is written at all (also when written with no value). */
    boolean present() {
        return json != null && !json.isMissingNode();
    }

    boolean isList() {
        return json != null && json.isArray();
    }

    boolean isMapping() {
        return json != null && json.isObject();
    }

    /** The keys of a mapping, in the file's order (none for anything else). */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (isMapping()) {
            json.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    /** The YAML value itself, for what is kept unread (a team's {@code custom:} settings). */
    JsonNode json() {
        return json;
    }

    String pointer() {
        return pointer;
    }

    void problem(String message) {
        problems.add(pointer, path, message);
    }

    /** The child at {@code key}; absent children are not problems until a value is demanded. */
    Node get(String key) {
        JsonNode child = json != null && json.isObject() ? json.get(key) : null;
        return new Node(child, path.isEmpty() ? key : path + "." + key,
                pointer + "/" + key.replace("~", "~0").replace("/", "~1"), problems, interpolation);
    }

    /**
     * Whether this is a mapping; reports a non-mapping, missing required keys and unknown keys
     * (with the closest known key as a hint).
     */
    boolean isMap(Set<String> required, Set<String> optional) {
        Set<String> known = new TreeSet<>(required);
        known.addAll(optional);
        if (!present() || !json.isObject()) {
            problem("expected a mapping with the keys " + String.join(", ", known) + ", got "
                    + (present() ? describe(json) : "nothing"));
            return false;
        }
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                get(key).problem("expected one of the keys " + String.join(", ", known) + ", got the unknown key "
                        + quote(key) + Hints.didYouMean(key, known));
            }
        }
        for (String key : new TreeSet<>(required)) {
            Node child = get(key);
            if (!child.present()) {
                problems.addUnlessSpecific(child.pointer, child.path, "expected this required key, got nothing");
            }
        }
        return true;
    }

    /** Whether the key is written; reports it when not, saying what belongs there. */
    boolean require(String expected) {
        if (!present()) {
            problem("expected " + expected + ", got nothing");
        }
        return present();
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
            items.add(new Node(json.get(i), path + "[" + i + "]", pointer + "/" + i, problems, interpolation));
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

    /** A list that must have at least one item when written. */
    <T> List<T> nonEmptyList(String what, Function<Node, T> reader) {
        if (isList() && json.isEmpty()) {
            problem("expected at least one " + what + ", got an empty list");
        }
        return list(reader);
    }

    /** A flat mapping of label names to values; label names as Prometheus allows them. */
    Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        boolean ok = true;
        if (!present()) {
            return labels;
        }
        if (!json.isObject()) {
            problem("expected a mapping of label names to values like {severity: critical}, got " + describe(json));
            return null;
        }
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!LABEL_NAME.matcher(key).matches()) {
                get(key).problem("expected a label name of letters, digits and _ (not starting with a digit), got "
                        + quote(key));
                ok = false;
                continue;
            }
            String value = get(key).requiredText("a label value");
            ok &= value != null;
            if (value != null) {
                labels.put(key, value);
            }
        }
        return ok ? labels : null;
    }

    /** A scalar as text, with {@code ${VAR}} references resolved; anything else is reported. */
    String text(String expected) {
        if (!present()) {
            return null;
        }
        if (!json.isValueNode() || json.isNull()) {
            problem("expected " + expected + ", got " + describe(json));
            return null;
        }
        return interpolation.resolve(json.asText(), this);
    }

    /** The text as written, before {@code ${VAR}} resolution (null for non-scalars). */
    String raw() {
        return present() && json.isValueNode() && !json.isNull() ? json.asText() : null;
    }

    String requiredText(String expected) {
        if (!present()) {
            problem("expected " + expected + ", got nothing");
            return null;
        }
        String text = text(expected);
        if (text != null && text.isBlank()) {
            problem("expected " + expected + ", got an empty value");
            return null;
        }
        return text == null ? null : text.trim();
    }

    /** A secret: must be written as {@code ${VAR}} (optionally {@code ${VAR:-default}}). */
    Secret secret() {
        if (!present()) {
            return null;
        }
        String raw = raw();
        var ref = raw == null ? null : Interpolation.WHOLE_REFERENCE.matcher(raw.trim());
        if (raw != null && !ref.matches() && raw.contains("${")) {
            if (text("a secret") != null) {
                problem("expected only a reference to an environment variable like ${DB_PASSWORD}, got "
                        + "text around it; secrets come only from environment variables");
            }
            return null;
        }
        if (ref == null || !ref.matches()) {
            problem("expected a reference to an environment variable like ${DB_PASSWORD}, got "
                    + (raw == null ? describe(json) : "a literal value") + "; secrets come only from environment variables");
            return null;
        }
        String value = text("a secret");
        if (value != null && !Secrets.protectable(value)) {
            problem(Secrets.tooShort("${" + ref.group(1) + "}", value.length()));
            return null;
        }
        return value == null ? null : new Secret(value, ref.group(1));
    }

    /** A duration in [min, max]; {@code defaultValue} when absent (null: required). */
    Duration duration(Duration min, Duration max, Duration defaultValue) {
        return Values.duration(this, min, max, defaultValue);
    }

    /** A whole number in [min, max]; {@code defaultValue} when absent (null: required). */
    Integer integer(int min, int max, Integer defaultValue) {
        return Values.integer(this, min, max, defaultValue);
    }

    /** One of the given spellings (in the map's order in messages); {@code defaultValue} when absent. */
    <T> T oneOf(Map<String, T> choices, T defaultValue) {
        return Values.oneOf(this, choices, defaultValue);
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
