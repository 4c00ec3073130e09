package dev.tminus.profile;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The first hours after launch.
 *
 * @param window  observation window from T0
 * @param step    evaluation resolution
 * @param timeout per HTTP request (default 5s)
 */
public record GoldenHour(Duration window, Duration step, Duration timeout, List<Slo> slos, List<HttpProbe> probes) {

    public GoldenHour {
        slos = List.copyOf(slos);
        probes = List.copyOf(probes);
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
}
