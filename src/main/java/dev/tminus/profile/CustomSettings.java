package dev.tminus.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A team's own settings, one area of the profile's {@code custom:} mapping
 * ({@code custom: {app: {healthUrl: "http://…", maxLatency: 2s}}}), read by the team's checks.
 * T-Minus does not know these keys, so it validates them only when a check asks for one: a value
 * that does not fit is a {@link ProfileException} with one line naming the file and the key path
 * exactly as the loader's own problems do
 * ({@code environments/sandbox.yaml: custom.app.maxLatency: expected a duration like 60s, got "two"}).
 * A check that reads a bad value is therefore reported as "could not check", not as a failed item.
 * {@code ${VAR}} references are resolved when the profile loads (a missing variable is a load
 * problem) and every value taken from the environment is masked in every output, like all others.
 */
public final class CustomSettings {

    private final String area;
    private final String pointer;
    private final JsonNode tree;
    private final UnaryOperator<String> origin;
    private final Interpolation interpolation;

    /**
     * @param area   the key path below {@code custom.} ({@code app}, or {@code app.queue} for a section)
     * @param origin the file (as users write it) a JSON pointer's value comes from
     */
    CustomSettings(String area, String pointer, JsonNode tree, UnaryOperator<String> origin,
                   Interpolation interpolation) {
        this.area = area;
        this.pointer = pointer;
        this.tree = tree == null ? MissingNode.getInstance() : tree;
        this.origin = origin;
        this.interpolation = interpolation;
    }

    /** An area the profile does not write: every required key is reported missing in the profile's file. */
    static CustomSettings absent(String area, String file) {
        return new CustomSettings(area, "/custom/" + escape(area), null, pointer -> file,
                new Interpolation(java.util.Map.of()));
    }

    /** The area's name under {@code custom:}; by convention the team's tag. */
    public String area() {
        return area;
    }

    /** Whether the profile writes {@code custom.AREA} at all (a team may skip its checks when not). */
    public boolean configured() {
        return !tree.isMissingNode();
    }

    /** Whether {@code custom.AREA.key} is written. */
    public boolean has(String key) {
        return tree.isObject() && tree.has(key);
    }

    /** A required text value, {@code ${VAR}} resolved and trimmed. */
    public String string(String key) {
        return read(key, node -> node.requiredText("a text value"));
    }

    /** A required whole number from 0 (a count, a size); {@link #integer(String, int, int, int)} for other bounds. */
    public int integer(String key) {
        return read(key, node -> node.integer(0, 999_999_999, null));
    }

    /** A whole number in [min, max]; {@code defaultValue} when the key is left out. */
    public int integer(String key, int min, int max, int defaultValue) {
        return read(key, node -> node.integer(min, max, defaultValue));
    }

    /** A required duration above 0s, written like {@code 5s}, {@code 1500ms} or {@code 1h30m}. */
    public Duration duration(String key) {
        return read(key, node -> node.duration(Duration.ofMillis(1), Durations.MAX, null));
    }

    /** A duration above 0s; {@code defaultValue} when the key is left out. */
    public Duration duration(String key, Duration defaultValue) {
        return read(key, node -> node.duration(Duration.ofMillis(1), Durations.MAX, defaultValue));
    }

    /** A required http:// or https:// URL (credentials in it only as {@code ${VAR}}). */
    public URI url(String key) {
        return read(key, Urls::http);
    }

    /** A required secret, written only as {@code ${VAR}}; its value never reaches an output. */
    public Secret secret(String key) {
        return read(key, node -> node.require("a reference to an environment variable like ${APP_TOKEN}")
                ? node.secret() : null);
    }

    /** A required list of text values ({@code [a, b]}). */
    public List<String> strings(String key) {
        return read(key, node -> {
            List<String> values = new ArrayList<>();
            boolean ok = node.require("a list of text values like [a, b]");
            for (Node item : node.items()) {
                String value = item.requiredText("a text value");
                ok &= value != null;
                values.add(value);
            }
            return ok ? List.copyOf(values) : null;
        });
    }

    /** A nested mapping ({@code custom.AREA.key}) read the same way; absent when not written. */
    public Optional<CustomSettings> section(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        return Optional.of(new CustomSettings(area + "." + key, pointer + "/" + escape(key), tree.get(key), origin,
                interpolation));
    }

    /** The keys written under {@code custom.AREA}, in the file's order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    /** Equal when the same area holds the same values (as written, before {@code ${VAR}} resolution). */
    @Override
    public boolean equals(Object o) {
        return o instanceof CustomSettings c && c.area.equals(area) && c.tree.equals(tree);
    }

    @Override
    public int hashCode() {
        return area.hashCode() * 31 + tree.hashCode();
    }

    /** The area and its keys, never its values. */
    @Override
    public String toString() {
        return "custom." + area + " " + keys();
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private <T> T read(String key, Function<Node, T> reader) {
        Problems problems = new Problems(origin);
        Node node = new Node(tree, "custom." + area, pointer, problems, interpolation).get(key);
        T value = reader.apply(node);
        problems.throwIfAny();
        if (value == null) { // a reader that returned nothing has reported why
            throw new ProfileException(List.of(origin.apply(pointer) + ": custom." + area + "." + key
                    + ": expected a value, got nothing"));
        }
        return value;
    }

    /** Resolves every {@code ${VAR}} under the area once, when the profile loads, reporting what is missing. */
    static void resolveAll(Node node) {
        if (node.isList()) {
            node.items().forEach(CustomSettings::resolveAll);
        } else if (node.isMapping()) {
            node.keys().forEach(key -> resolveAll(node.get(key)));
        } else if (node.raw() != null) {
            node.text("a value");
        }
    }
}
