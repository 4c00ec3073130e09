package dev.tminus.cache;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.profile.Cache;
import dev.tminus.profile.Durations;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * A Redis client's exception in the checklist's words: what was asked, of which node, what happened,
 * what to try. A refused login ({@code WRONGPASS}) is the server's answer, {@link Cause#REFUSED_BY_SERVER};
 * a command the ACL refuses ({@code NOPERM}) names the command and what to grant; no answer is a
 * timeout; anything that is not RESP is garbage. Never a password.
 */
final class CacheFailures {

    private CacheFailures() {
    }

    /** The login (connect, AUTH, SELECT, first PING) did not succeed. */
    static ProbeException login(Cache cache, Exception e, String rerun) {
        String where = RedisTarget.describe(cache);
        String user = cache.username().orElse("default");
        if (e instanceof JedisAccessControlException || text(e).startsWith("WRONGPASS") || text(e).startsWith("NOAUTH")) {
            return ProbeException.of(Cause.REFUSED_BY_SERVER, where + " refused the login of user " + user + ": "
                    + firstLine(e) + ". Check the ACL user and the password variable "
                    + cache.password().map(p -> p.toString()).orElse("(none given)") + "; re-run: " + rerun, e,
                    "login refused");
        }
        return wire(cache, "connect and log in as " + user, e, rerun);
    }

    /** A command after the login did not succeed. */
    static ProbeException command(Cache cache, String command, String aclHint, Exception e, String rerun) {
        String where = RedisTarget.describe(cache);
        if (e instanceof JedisAccessControlException || text(e).startsWith("NOPERM")) {
            return ProbeException.of(Cause.REFUSED_BY_SERVER, where + " refused " + command + " for user "
                    + cache.username().orElse("default") + ": " + firstLine(e) + ". Grant it read-only: ACL SETUSER "
                    + cache.username().orElse("default") + " " + aclHint + "; re-run: " + rerun, e, command + " refused");
        }
        return wire(cache, command, e, rerun);
    }

    private static ProbeException wire(Cache cache, String asked, Exception e, String rerun) {
        String where = RedisTarget.describe(cache);
        Cause cause = Cause.of(e);
        for (Throwable suppressed : e.getSuppressed()) { // Jedis tries each address and keeps why as suppressed
            if (cause == Cause.OTHER) {
                cause = Cause.of(suppressed);
            }
        }
        if (cause == Cause.OTHER && text(e).contains("end of stream")) {
            cause = Cause.RESET;
        } else if (cause == Cause.OTHER && (e instanceof JedisConnectionException
                || e instanceof redis.clients.jedis.exceptions.JedisDataException)) {
            cause = Cause.GARBAGE;
        }
        String what = switch (cause) {
            case TIMEOUT -> "no answer within the timeout of " + Durations.format(cache.timeout());
            case REFUSED -> "could not connect (" + firstLine(e.getSuppressed().length > 0 ? e.getSuppressed()[0]
                    : Cause.culprit(e)) + ")";
            case RESET -> "the connection was closed before the answer was complete";
            case GARBAGE -> "the answer is not Redis's protocol (" + firstLine(e) + "): is this port a Redis node?";
            default -> firstLine(e);
        };
        String hint = cause == Cause.GARBAGE ? "Check the URL's port" : "Check the address, the port and firewalls on the path";
        return ProbeException.of(cause, "Could not reach " + where + " to " + asked + ": " + what + ". " + hint
                + "; re-run: " + rerun, e, what);
    }

    private static String text(Throwable e) {
        return String.valueOf(e.getMessage());
    }

    private static String firstLine(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.lines().findFirst().orElse(text).trim().replaceAll("\\.$", "");
    }
}
