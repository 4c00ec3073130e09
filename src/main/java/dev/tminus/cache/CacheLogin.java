package dev.tminus.cache;

import dev.tminus.db.Percentiles;
import java.time.Duration;
import java.util.List;

/**
 * A connection that got in: TCP connect (and the TLS handshake for {@code rediss://}), {@code AUTH}
 * when the profile gives a password, {@code SELECT} of the URL's database and a first {@code PING},
 * all answered.
 *
 * @param took     from opening the socket to the first {@code PONG}, on the attempt that got in
 * @param timeout  the profile's budget for it
 * @param user     the ACL user the checks logged in as ({@code default} when the profile names none)
 * @param attempt  the attempt that got in (1 = the first)
 * @param attempts the profile's bound on attempts
 * @param earlier  why each earlier attempt did not get in
 */
public record CacheLogin(Duration took, Duration timeout, String user, int attempt, int attempts, List<String> earlier) {

    public CacheLogin {
        earlier = List.copyOf(earlier);
    }

    public String describe() {
        return "logged in as " + user + " and answered PING in " + Percentiles.millis(took)
                + " (timeout " + dev.tminus.profile.Durations.format(timeout) + ")"
                + (attempt > 1 ? " on attempt " + attempt + " of " + attempts + "; " + String.join("; ", earlier) : "")
                + "\n";
    }
}
