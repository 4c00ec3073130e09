package dev.tminus.dns.warmup;

import dev.tminus.profile.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code --env NAME [--until T0|T0-15m|2026-12-01T10:00:00Z|30m] [--rate N] [--textfile DIR] [--concurrency N]}.
 *
 * @param until       empty: warm once; else keep warm until then (resolved by {@link #untilInstant})
 * @param rate        queries per second at most, over every resolver (0: no bound)
 * @param concurrency queries in flight at once
 */
public record WarmUpOptions(String env, Optional<String> until, double rate, Optional<Path> textfile, int concurrency) {

    static final String USAGE = "usage: make warm-up ENV=NAME [ARGS='--until T0|T0-15m|2026-12-01T10:00:00Z|30m"
            + " --rate 50 --textfile /var/lib/node_exporter/textfile --concurrency 32']";

    public static WarmUpOptions parse(String[] args) {
        String env = null;
        Optional<String> until = Optional.empty();
        double rate = 0;
        Optional<Path> textfile = Optional.empty();
        int concurrency = 32;
        for (int i = 0; i < args.length; i++) {
            if (args[i].isBlank()) {
                continue;
            }
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--env" -> env = value;
                case "--until" -> until = Optional.of(value);
                case "--rate" -> rate = number(args[i], value);
                case "--textfile" -> textfile = Optional.of(Path.of(value));
                case "--concurrency" -> concurrency = (int) number(args[i], value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; " + USAGE);
            }
            i++;
        }
        if (env == null || env.isBlank() || concurrency < 1 || rate < 0) {
            throw new IllegalArgumentException(USAGE);
        }
        return new WarmUpOptions(env, until, rate, textfile, concurrency);
    }

    private static double number(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": expected a number, got \"" + value + "\"; " + USAGE);
        }
    }

    /** {@code T0} (launch.at), {@code T0±duration}, an ISO instant, or a duration from {@code now}. */
    public static Instant untilInstant(String text, Optional<Instant> t0, Instant now) {
        String s = text.trim();
        if (s.startsWith("T0")) {
            Instant base = t0.orElseThrow(() -> new IllegalArgumentException("--until " + s
                    + ": the profile sets no T0 (launch.at); give an instant (2026-12-01T10:00:00Z) or a duration (30m)"));
            String rest = s.substring(2);
            if (rest.isEmpty()) {
                return base;
            }
            Duration offset = duration(s, rest.substring(1));
            return rest.charAt(0) == '-' ? base.minus(offset) : base.plus(offset);
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return now.plus(duration(s, s));
        }
    }

    private static Duration duration(String whole, String text) {
        return Durations.parse(text).orElseThrow(() -> new IllegalArgumentException("--until " + whole
                + ": expected T0, T0-15m, an instant like 2026-12-01T10:00:00Z or a duration like 30m"));
    }
}
