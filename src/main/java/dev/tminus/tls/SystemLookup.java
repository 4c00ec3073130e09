package dev.tminus.tls;

import dev.tminus.ProbeException;
import dev.tminus.profile.Durations;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The system resolver within the profile's timeout. {@link InetAddress#getAllByName} has no timeout
 * of its own; a lookup that outlives the budget is abandoned on a daemon thread and reported as
 * could-not-check.
 */
public final class SystemLookup {

    private static final ExecutorService LOOKUPS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tls-system-lookup");
        t.setDaemon(true);
        return t;
    });

    private SystemLookup() {
    }

    static InetAddress[] allByName(String host, Duration timeout) {
        return allByName(host, timeout, "tls.endpoints[].addresses");
    }

    /** @param key where the profile lists addresses instead, for the message */
    public static InetAddress[] allByName(String host, Duration timeout, String key) {
        var lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, LOOKUPS);
        try {
            return lookup.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            lookup.cancel(true);
            throw new ProbeException.Timeout("The system resolver did not answer for " + host + " within "
                    + Durations.format(timeout) + ". Check /etc/resolv.conf on this machine, or list the addresses"
                    + " under " + key + ".", e);
        } catch (ExecutionException e) {
            throw new ProbeException.Unreachable("Could not list the addresses of " + host + ": the system resolver"
                    + " does not know it. Check the name, or list the addresses under " + key + ".",
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProbeException.Timeout("Interrupted while looking up " + host, e);
        }
    }
}
