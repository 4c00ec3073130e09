package dev.tminus.cache;

import dev.tminus.db.Percentiles;
import java.time.Duration;

/**
 * A connection that got in: TCP connect, {@code AUTH} when the profile gives a password, {@code SELECT}
 * of the URL's database and a first {@code PING}, all answered.
 *
 * @param took    from opening the socket to the first {@code PONG}
 * @param timeout the profile's budget for it
 * @param user    the ACL user the checks logged in as ({@code default} when the profile names none)
 */
public record CacheLogin(Duration took, Duration timeout, String user) {

    public String describe() {
        return "logged in as " + user + " and answered PING in " + Percentiles.millis(took)
                + " (timeout " + dev.tminus.profile.Durations.format(timeout) + ")\n";
    }
}
