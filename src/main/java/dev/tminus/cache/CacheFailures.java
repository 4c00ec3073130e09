package dev.tminus.cache;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.profile.Cache;
import dev.tminus.profile.Durations;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisAskDataException;
import redis.clients.jedis.exceptions.JedisClusterException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisRedirectionException;

/**
 * A Redis client's exception in the checklist's words: what was asked, of which node, what happened,
 * what to try. A refused login ({@code WRONGPASS}) is the server's answer, {@link Cause#REFUSED_BY_SERVER};
 * a command the ACL refuses ({@code NOPERM}) names the command and what to grant; no answer is a
 * timeout; anything that is not RESP is garbage. Never a password.
 */
final class CacheFailures {

    private CacheFailures() {
    }

    /** Whether another attempt may get in: no answer, no connection, or one closed early; never an answer. */
    static boolean worthRetrying(Exception e) {
        Cause cause = cause(e);
        return certificate(e) == null && (cause == Cause.TIMEOUT || cause == Cause.REFUSED || cause == Cause.RESET);
    }

    /** The login (connect, AUTH, SELECT, first PING) did not succeed, after {@code attempts} tries. */
    static ProbeException login(Cache cache, Exception e, int attempts, String rerun) {
        String where = RedisTarget.describe(cache);
        String user = cache.username().orElse("default");
        if (e instanceof JedisAccessControlException || text(e).startsWith("WRONGPASS") || text(e).startsWith("NOAUTH")) {
            return ProbeException.of(Cause.REFUSED_BY_SERVER, where + " refused the login of user " + user + ": "
                    + firstLine(e) + ". Check the ACL user and the password variable "
                    + cache.password().map(p -> p.toString()).orElse("(none given)") + "; re-run: " + rerun, e,
                    "login refused");
        }
        Throwable certificate = certificate(e);
        if (certificate != null) {
            return ProbeException.of(Cause.REFUSED_BY_SERVER, where + " served a certificate the checks do not accept: "
                    + firstLine(certificate) + ". Clients that verify it refuse it too: serve a certificate for "
                    + RedisTarget.of(cache).host() + " from a CA in the JDK trust store or tls.trustStore; re-run: "
                    + rerun, e, "certificate not accepted");
        }
        if (e instanceof JedisDataException && !(e instanceof JedisRedirectionException)) { // an error reply: an answer
            return ProbeException.of(Cause.REFUSED_BY_SERVER, where + " answered the login of user " + user + " with "
                    + firstLine(e) + ". Check the URL's database (SELECT) and the node's mode (a cluster node has"
                    + " only database 0); re-run: " + rerun, e, "login answered with an error");
        }
        return wire(cache, "connect and log in as " + user, e, attempts, rerun);
    }

    /** A command after the login did not succeed. */
    static ProbeException command(Cache cache, String command, String aclHint, Exception e, String rerun) {
        String where = RedisTarget.describe(cache);
        String user = cache.username().orElse("default");
        if (e instanceof JedisAccessControlException || text(e).startsWith("NOPERM")) {
            return ProbeException.of(Cause.REFUSED_BY_SERVER, where + " refused " + command + " for user "
                    + user + ": " + firstLine(e) + ". Grant it read-only: ACL SETUSER " + user + " " + aclHint
                    + "; re-run: " + rerun, e, command + " refused");
        }
        if (e instanceof JedisDataException && !(e instanceof JedisClusterException)
                && !(e instanceof JedisRedirectionException)) {
            if (text(e).startsWith("ERR unknown command") || text(e).startsWith("ERR unknown subcommand")) {
                return ProbeException.of(Cause.OTHER, where + " answered " + command + " with " + firstLine(e)
                        + ": the command is renamed or disabled on this node (rename-command), or the node is not a"
                        + " Redis data node. Make " + command + " available to user " + user + " (" + aclHint
                        + "); re-run: " + rerun, e, command + " not available");
            }
            return ProbeException.of(Cause.OTHER, where + " answered " + command + " with " + firstLine(e)
                    + " (LOADING: it is still loading its data; MASTERDOWN: a replica that lost its primary and"
                    + " serves no stale data; BUSY: a script is running). Re-run when it answers; re-run: " + rerun,
                    e, command + " answered " + firstLine(e));
        }
        return wire(cache, command, e, 1, rerun);
    }

    /**
     * A Redis Cluster node answered a key's command with a redirection ({@code MOVED}, {@code ASK}): the
     * key's slot is served by another node, so the key cannot be judged on this one.
     */
    static ProbeException moved(Cache cache, String key, JedisRedirectionException e, String rerun) {
        String kind = e instanceof JedisAskDataException ? "ASK" : "MOVED";
        return ProbeException.of(Cause.OTHER, RedisTarget.describe(cache) + " is a Redis Cluster node that does not"
                + " serve " + key + ": it answered " + kind + " " + e.getSlot() + " " + e.getTargetNode() + " (hash slot "
                + e.getSlot() + " is served by " + e.getTargetNode() + "). Plan the key on the cache entry of the node"
                + " that serves its slot; re-run: " + rerun, e, kind + " to " + e.getTargetNode());
    }

    /** A fact a Sentinel cannot give: the URL names a Sentinel, not the node that holds the data. */
    static ProbeException sentinel(Cache cache, RoleFacts role, String what, String rerun) {
        return ProbeException.of(Cause.OTHER, RedisTarget.describe(cache) + " is a Redis Sentinel (ROLE answered"
                + " sentinel, monitoring " + monitored(role) + "), not a data node: " + what + " cannot be judged"
                + " there. Point url at the master Sentinel names (SENTINEL get-master-addr-by-name "
                + role.monitored().stream().findFirst().orElse("NAME") + "); re-run: " + rerun, null, "a Sentinel");
    }

    static String monitored(RoleFacts role) {
        return role.monitored().isEmpty() ? "no master" : String.join(", ", role.monitored());
    }

    private static ProbeException wire(Cache cache, String asked, Exception e, int attempts, String rerun) {
        String where = RedisTarget.describe(cache);
        Cause cause = cause(e);
        boolean tls = RedisTarget.of(cache).tls();
        String what = switch (cause) {
            case TIMEOUT -> "no answer within the timeout of " + Durations.format(cache.timeout()) + (tls
                    ? " (a port without TLS asked with rediss:// waits like this)" : "");
            case REFUSED -> "could not connect (" + firstLine(e.getSuppressed().length > 0 ? e.getSuppressed()[0]
                    : Cause.culprit(e)) + ")";
            case RESET -> "the connection was closed before the answer was complete" + (tls ? ""
                    : " (a TLS port asked without rediss:// is closed like this)");
            case GARBAGE -> "the answer is not Redis's protocol" + (tls ? " over TLS" : "") + " (" + firstLine(e)
                    + "): is this port a Redis node" + (tls ? " with TLS" : "") + "?";
            default -> firstLine(e);
        };
        String tries = attempts > 1 ? " (" + attempts + " attempts)" : "";
        String hint = cause == Cause.GARBAGE ? "Check the URL's port" + (tls ? " and that it is a TLS port" : "")
                : "Check the address, the port and firewalls on the path";
        return ProbeException.of(cause, "Could not reach " + where + " to " + asked + ": " + what + tries
                + (what.endsWith("?") && tries.isEmpty() ? " " : ". ") + hint
                + "; re-run: " + rerun, e, what);
    }

    /** The shared cause of a client exception; Jedis keeps why each address failed as suppressed. */
    static Cause cause(Exception e) {
        Cause cause = Cause.of(e);
        for (Throwable suppressed : e.getSuppressed()) {
            if (cause == Cause.OTHER) {
                cause = Cause.of(suppressed);
            }
        }
        if (cause == Cause.OTHER && text(e).contains("end of stream")) {
            cause = Cause.RESET;
        } else if (cause == Cause.OTHER && (e instanceof JedisConnectionException || e instanceof JedisDataException
                || chain(e, SSLException.class) != null)) {
            cause = Cause.GARBAGE;
        }
        return cause;
    }

    /** The certificate problem of a TLS handshake (untrusted issuer, wrong name, expired), if that is what failed. */
    private static Throwable certificate(Throwable e) {
        Throwable found = chain(e, CertificateException.class);
        Throwable handshake = chain(e, javax.net.ssl.SSLHandshakeException.class);
        if (found == null && handshake != null && String.valueOf(handshake.getMessage()).contains("PKIX")) {
            found = handshake;
        }
        return found;
    }

    private static Throwable chain(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        for (Throwable s : e.getSuppressed()) {
            Throwable found = chain(s, type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String text(Throwable e) {
        return String.valueOf(e.getMessage());
    }

    private static String firstLine(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.lines().findFirst().orElse(text).trim().replaceAll("\\.$", "");
    }
}
