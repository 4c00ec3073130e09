package dev.tminus.cache;

import dev.tminus.profile.Cache;
import java.net.URI;

/**
 * Where a cache of the profile lives, read from its {@code redis://} or {@code rediss://} URL.
 *
 * @param database the logical database the URL selects (0 when it names none)
 */
public record RedisTarget(String host, int port, int database, boolean tls) {

    public static final int DEFAULT_PORT = 6379;

    public static RedisTarget of(Cache cache) {
        URI uri = URI.create(cache.url());
        String path = uri.getPath() == null ? "" : uri.getPath().replace("/", "");
        return new RedisTarget(uri.getHost().replaceAll("[\\[\\]]", ""), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                path.isEmpty() ? 0 : Integer.parseInt(path), "rediss".equals(uri.getScheme()));
    }

    /** {@code 127.0.0.1:16379}. */
    public String address() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** {@code matcher (redis://127.0.0.1:16379/0)}: the profile's name and the node, never a password. */
    public static String describe(Cache cache) {
        RedisTarget t = of(cache);
        return cache.name() + " (" + (t.tls ? "rediss" : "redis") + "://" + t.address() + "/" + t.database + ")";
    }
}
