package dev.tminus.db;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL time setting as {@code ALTER ROLE ... SET} stores it ({@code 5min}, {@code 60s},
 * {@code 3600000}: milliseconds without a unit, as for {@code idle_session_timeout}); 0 disables it.
 */
final class GucTime {

    private static final Pattern VALUE = Pattern.compile("\\s*'?(-?\\d+(?:\\.\\d+)?)\\s*(us|ms|s|min|h|d)?'?\\s*");

    private GucTime() {
    }

    /** The duration; empty when disabled (0 or below). */
    static Optional<Duration> parse(String text) throws java.sql.SQLException {
        Matcher m = VALUE.matcher(text);
        if (!m.matches()) {
            throw new java.sql.SQLException("expected a time setting like 60s or 5min, got \"" + text + "\"");
        }
        double n = Double.parseDouble(m.group(1));
        if (n <= 0) {
            return Optional.empty();
        }
        String unit = m.group(2) == null ? "ms" : m.group(2);
        double millis = switch (unit) {
            case "us" -> n / 1000;
            case "s" -> n * 1000;
            case "min" -> n * 60_000;
            case "h" -> n * 3_600_000;
            case "d" -> n * 86_400_000;
            default -> n;
        };
        return Optional.of(Duration.ofMillis(Math.round(millis)));
    }
}
