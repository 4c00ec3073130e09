package dev.tminus.profile;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prometheus-style durations: {@code 250ms}, {@code 2s}, {@code 75m}, {@code 3h}, {@code 30d}, {@code 1h30m}.
 * As in Prometheus, units go from the largest to the smallest, each at most once ({@code y} = 365d,
 * {@code w} = 7d), and there is no sign, no fraction and no space.
 */
public final class Durations {

    /** Longer durations make no sense anywhere in a profile and would overflow arithmetic. */
    public static final Duration MAX = Duration.ofDays(100L * 365);

    private static final Pattern WHOLE = Pattern.compile(
            "(?:(\\d+)y)?(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?");
    private static final long[] UNIT_MILLIS = {365L * 86_400_000L, 7L * 86_400_000L, 86_400_000L, 3_600_000L,
        60_000L, 1_000L, 1L};

    private Durations() {
    }

    /** The duration, or empty if the text is not a Prometheus-style duration up to {@link #MAX}. */
    public static Optional<Duration> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = WHOLE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long total = 0;
        for (int i = 0; i < UNIT_MILLIS.length; i++) {
            String digits = m.group(i + 1);
            if (digits == null) {
                continue;
            }
            if (digits.length() > 12) {
                return Optional.empty();
            }
            total += Long.parseLong(digits) * UNIT_MILLIS[i];
            if (total > MAX.toMillis()) {
                return Optional.empty();
            }
        }
        return Optional.of(Duration.ofMillis(total));
    }

    /** Whether the text has the shape of a duration but is longer than {@link #MAX}. */
    static boolean tooLong(String text) {
        return text != null && !text.isEmpty() && WHOLE.matcher(text).matches() && parse(text).isEmpty();
    }

    /** The shortest Prometheus-style spelling: {@code 90s} → {@code 1m30s}, {@code 0} → {@code 0s}. */
    public static String format(Duration d) {
        long ms = Math.abs(d.toMillis());
        if (ms == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder(d.isNegative() ? "-" : "");
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
        String[] units = {"d", "h", "m", "s", "ms"};
        for (int i = 0; i < sizes.length; i++) {
            if (ms >= sizes[i]) {
                out.append(ms / sizes[i]).append(units[i]);
                ms %= sizes[i];
            }
        }
        return out.toString();
    }
}
