package dev.tminus.profile;

import java.time.Instant;
import java.util.Optional;

/**
 * @param release the release id; release silences must carry it in their comment
 * @param at      T0, the planned go-live instant (optional until it is set)
 * @param phase   the launch phase, which decides the DNS TTL policy
 */
public record Launch(String release, Optional<Instant> at, Phase phase) {

    /** {@code max(now, T0)}: the instant from which validity margins are counted. */
    public Instant notBefore(Instant now) {
        return at.filter(t0 -> t0.isAfter(now)).orElse(now);
    }
}
