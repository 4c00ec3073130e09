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
 * @param pong     the first PING's answer: {@code PONG}, or the {@code MASTERDOWN}/{@code LOADING} of a node
 *                 that lets the user in but serves nothing now
 */
public record CacheLogin(Duration took, Duration timeout, String user, int attempt, int attempts, List<String> earlier,
                         String pong) {

    public CacheLogin {
        earlier = List.copyOf(earlier);
    }

    public String describe() {
        return "logged in as " + user + " and answered PING" + ("PONG".equals(pong) ? "" : " with " + pong)
                + " in " + Percentiles.millis(took)
                + " (timeout " + dev.tminus.profile.Durations.format(timeout) + ")"
                + (attempt > 1 ? " on attempt " + attempt + " of " + attempts + "; " + String.join("; ", earlier) : "")
                + "\n";
    }
}
