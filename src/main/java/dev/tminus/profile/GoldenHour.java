package dev.tminus.profile;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The first hours after launch.
 *
 * @param window  observation window from T0
 * @param step    evaluation resolution
 * @param timeout per HTTP request (default 5s)
 * @param from    where the observation window starts (default T0); set it to the real go-live
 *                when the launch slipped, so the window covers what really ran
 */
public record GoldenHour(Duration window, Duration step, Duration timeout, List<Slo> slos, List<HttpProbe> probes,
                         Optional<InstantExpr> from) {

    public GoldenHour {
        slos = List.copyOf(slos);
        probes = List.copyOf(probes);
    }

    /** Observation from T0. */
    public GoldenHour(Duration window, Duration step, Duration timeout, List<Slo> slos, List<HttpProbe> probes) {
        this(window, step, timeout, slos, probes, Optional.empty());
    }

    /** The window's start: {@code from} if given, else T0 (empty when neither is set). */
    public Optional<Instant> start(Optional<Instant> t0) {
        return from.isPresent() ? Optional.of(from.get().resolve(t0)) : t0;
    }

    /** L1 annotate, L2 page, L3 roll back: what a breach of this SLO escalates to. */
    public enum Level {
        L1("annotate"), L2("page"), L3("roll back");

        private final String action;

        Level(String action) {
            this.action = action;
        }

        public String action() {
            return action;
        }
    }

    /**
     * @param maxBreaches points allowed outside bounds before failing
     */
    public record Slo(String name, String query, Optional<Double> min, Optional<Double> max, int maxBreaches,
                      Level level) {
    }

    /** The URL must answer {@code status} within {@code within} after T0, and keep answering. */
    public record HttpProbe(String name, URI url, int status, Duration within) {
    }

    /** A golden hour with the defaults of {@code goldenHour:} (window 3h, step 1m, timeout 5s, from T0, no SLO, no probe). */
    public static Builder builder() {
        return new Builder();
    }

    /** A copy to change: {@code x.toBuilder().from(…).build()}. */
    public Builder toBuilder() {
        return new Builder().window(window).step(step).timeout(timeout).slos(slos).probes(probes).from(from);
    }

    /** Builds a {@link GoldenHour}; every key not set has the value a profile that leaves it out loads with. */
    public static final class Builder {
        private Duration window = Duration.ofHours(3);
        private Duration step = Duration.ofMinutes(1);
        private Duration timeout = Duration.ofSeconds(5);
        private List<Slo> slos = List.of();
        private List<HttpProbe> probes = List.of();
        private Optional<InstantExpr> from = Optional.empty();

        private Builder() {
        }

        public Builder window(Duration window) {
            this.window = window;
            return this;
        }

        public Builder step(Duration step) {
            this.step = step;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder slos(List<Slo> slos) {
            this.slos = slos;
            return this;
        }

        public Builder probes(List<HttpProbe> probes) {
            this.probes = probes;
            return this;
        }

        public Builder from(Optional<InstantExpr> from) {
            this.from = from;
            return this;
        }

        public GoldenHour build() {
            return new GoldenHour(window, step, timeout, slos, probes, from);
        }
    }
}
