package dev.tminus.profile;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Typed scalars of a profile: durations, whole numbers, numbers and choices, with their messages. */
final class Values {

    private static final String DURATION = "a duration like 60s";
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private Values() {
    }

    static Duration duration(Node node, Duration min, Duration max, Duration defaultValue) {
        if (!node.present()) {
            if (defaultValue == null) {
                node.problem("expected " + DURATION + ", got nothing");
            }
            return defaultValue;
        }
        String text = node.text(DURATION);
        if (text == null) {
            return null;
        }
        String t = text.trim();
        Optional<Duration> parsed = Durations.parse(t);
        if (parsed.isEmpty()) {
            node.problem(durationProblem(text, t));
            return null;
        }
        Duration d = parsed.get();
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            node.problem(range(min, max) + ", got " + t);
            return null;
        }
        return d;
    }

    private static String range(Duration min, Duration max) {
        if (max.equals(Durations.MAX)) {
            return min.equals(Duration.ofMillis(1)) ? "expected a duration above 0s"
                    : "expected a duration of at least " + Durations.format(min);
        }
        return "expected a duration from " + Durations.format(min) + " to " + Durations.format(max);
    }

    private static String durationProblem(String text, String t) {
        if (t.matches("\\d+")) {
            return Node.quote(text) + " has no unit; write " + t + "m or " + t + "s";
        }
        if (Durations.tooLong(t)) {
            return "expected a duration of at most 100y, got " + Node.quote(text);
        }
        if (t.startsWith("-")) {
            return "expected a duration like 60s, got " + Node.quote(text) + "; durations cannot be negative";
        }
        if (t.matches("\\d+\\.\\d+[a-z]+")) {
            return "expected a duration like 60s, got " + Node.quote(text)
                    + "; durations have no fractions, write e.g. 1h30m or 1500ms";
        }
        if (t.matches("(\\d+(ms|[ywdhms]))+")) {
            return "expected a duration like 60s, got " + Node.quote(text)
                    + "; write the units from the largest to the smallest, each once, like 1h30m";
        }
        String lower = t.toLowerCase().replace(" ", "");
        if (!lower.equals(t) && Durations.parse(lower).isPresent()) {
            return "expected a duration like 60s, got " + Node.quote(text) + "; write " + lower;
        }
        return "expected " + DURATION + ", got " + Node.quote(text);
    }

    static Integer integer(Node node, int min, int max, Integer defaultValue) {
        String expected = "a whole number from " + min + " to " + max;
        if (!node.present()) {
            if (defaultValue == null) {
                node.problem("expected " + expected + ", got nothing");
            }
            return defaultValue;
        }
        String text = node.text(expected);
        if (text == null) {
            return null;
        }
        if (!text.trim().matches("-?\\d{1,9}")) {
            node.problem("expected " + expected + ", got " + Node.quote(text));
            return null;
        }
        int value = Integer.parseInt(text.trim());
        if (value < min || value > max) {
            node.problem("expected " + expected + ", got " + value);
            return null;
        }
        return value;
    }

    static Optional<Double> number(Node node) {
        if (!node.present()) {
            return Optional.empty();
        }
        String text = node.text("a number like 0.003");
        if (text == null) {
            return Optional.empty();
        }
        if (!DECIMAL.matcher(text.trim()).matches()) {
            node.problem("expected a number like 0.003, got " + Node.quote(text));
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(text.trim()));
    }

    static <T> T oneOf(Node node, Map<String, T> choices, T defaultValue) {
        String expected = "one of " + String.join(", ", choices.keySet());
        if (!node.present()) {
            if (defaultValue == null) {
                node.problem("expected " + expected + ", got nothing");
            }
            return defaultValue;
        }
        String text = node.text(expected);
        if (text == null) {
            return null;
        }
        T value = choices.get(text.trim());
        if (value == null) {
            node.problem("expected " + expected + ", got " + Node.quote(text) + Hints.didYouMean(text.trim(), choices.keySet()));
        }
        return value;
    }

    /** Choices in the order given, for messages that list them as the contract does. */
    @SafeVarargs
    static <T> Map<String, T> choices(Map.Entry<String, T>... entries) {
        Map<String, T> map = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, T> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
