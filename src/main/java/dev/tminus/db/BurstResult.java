package dev.tminus.db;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code requested} connections asked for at once through a HikariCP pool, each held until every
 * request had its answer, then returned.
 *
 * @param acquisitions one per request, in completion order
 * @param whileHeld    the pool's counters while every granted connection was held
 * @param afterReturn  the pool's counters after every connection was closed by its borrower
 */
public record BurstResult(int requested, Duration connectionTimeout, List<Acquisition> acquisitions,
                          PoolSnapshot whileHeld, PoolSnapshot afterReturn) {

    public BurstResult {
        acquisitions = List.copyOf(acquisitions);
    }

    /** One request: how long it waited and, if it got nothing, why. */
    public record Acquisition(Duration took, Optional<Refusal> refusal) {

        public boolean granted() {
            return refusal.isEmpty();
        }
    }

    /**
     * Why a request got no connection: the server's SQLSTATE and words, or a pool timeout.
     *
     * @param tooMany the server said it has no slot left (SQLSTATE 53300, MariaDB 1040/1203/1226)
     */
    public record Refusal(String sqlState, int vendorCode, String serverSaid, boolean tooMany) {
    }

    public List<Duration> grantedTimes() {
        return acquisitions.stream().filter(Acquisition::granted).map(Acquisition::took).toList();
    }

    public int granted() {
        return grantedTimes().size();
    }

    public List<Refusal> refusals() {
        return acquisitions.stream().flatMap(a -> a.refusal().stream()).toList();
    }

    public Duration p50() {
        return Percentiles.of(grantedTimes(), 50);
    }

    public Duration p99() {
        return Percentiles.of(grantedTimes(), 99);
    }

    public Duration slowest() {
        return acquisitions.stream().map(Acquisition::took).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    public String describe() {
        var out = new StringBuilder();
        out.append("burst of ").append(requested).append(" in parallel, one HikariCP pool each, connectionTimeout ")
                .append(Percentiles.millis(connectionTimeout)).append('\n');
        out.append("granted ").append(granted()).append(" of ").append(requested).append('\n');
        out.append("acquisition p50 ").append(Percentiles.millis(p50())).append(", p99 ")
                .append(Percentiles.millis(p99())).append(", slowest ").append(Percentiles.millis(slowest()))
                .append('\n');
        out.append("pool while held ").append(whileHeld).append('\n');
        out.append("pool after return ").append(afterReturn).append('\n');
        refusals().forEach(r -> out.append("not granted: ").append(r.serverSaid()).append('\n'));
        return out.toString();
    }
}
