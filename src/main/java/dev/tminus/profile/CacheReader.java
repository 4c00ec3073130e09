package dev.tminus.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Reads one entry of {@code caches}. */
final class CacheReader {

    private static final Duration MS = Duration.ofMillis(1);
    private static final Set<String> TYPES = Set.of("string", "list", "set", "zset", "hash", "stream");
    private static final Set<String> POLICIES = Set.of("noeviction", "allkeys-lru", "allkeys-lfu", "allkeys-random",
            "volatile-lru", "volatile-lfu", "volatile-random", "volatile-ttl");
    private static final Set<String> ROLES = Set.of("primary", "replica");

    private CacheReader() {
    }

    static Cache read(Node node) {
        if (!node.isMap(Set.of("name", "url"), Set.of("username", "password", "timeout", "maxLatency", "clients",
                "maxmemoryPolicy", "keys", "role", "replicas", "attempts"))) {
            return null;
        }
        String name = node.get("name").requiredText("a cache name like matcher");
        String url = url(node.get("url"));
        Optional<String> username = node.get("username").present()
                ? Optional.ofNullable(node.get("username").requiredText("the ACL user the checks log in as"))
                : Optional.empty();
        Optional<Secret> password = node.get("password").present()
                ? Optional.ofNullable(node.get("password").secret()) : Optional.empty();
        Duration timeout = node.get("timeout").duration(MS, Duration.ofMinutes(1), Cache.DEFAULT_TIMEOUT);
        Duration maxLatency = node.get("maxLatency").duration(Duration.ofNanos(1), Duration.ofMinutes(1),
                Cache.DEFAULT_MAX_LATENCY);
        Cache.Clients clients = node.get("clients").present() ? clients(node.get("clients")) : Cache.Clients.DEFAULT;
        Optional<String> policy = node.get("maxmemoryPolicy").present()
                ? Optional.ofNullable(choice(node.get("maxmemoryPolicy"), POLICIES)) : Optional.empty();
        var keys = node.get("keys").list(CacheReader::key);
        String roleWord = node.get("role").present() ? choice(node.get("role"), ROLES) : "primary";
        Integer replicas = node.get("replicas").integer(0, 100, 0);
        Integer attempts = node.get("attempts").integer(1, 10, Cache.DEFAULT_ATTEMPTS);
        if ("replica".equals(roleWord) && replicas != null && replicas > 0) {
            node.get("replicas").problem("expected replicas only on a role: primary (a replica's own replicas are not"
                    + " checked), got " + replicas + " on a role: replica");
            replicas = null;
        }
        if (name == null || url == null || (node.get("username").present() && username.isEmpty())
                || (node.get("password").present() && password.isEmpty()) || timeout == null
                || maxLatency == null || clients == null || (node.get("maxmemoryPolicy").present() && policy.isEmpty())
                || keys.contains(null) || roleWord == null || replicas == null || attempts == null) {
            return null;
        }
        return new Cache(name, url, username, password, timeout, maxLatency, clients, policy, keys,
                Cache.Role.valueOf(roleWord.toUpperCase(java.util.Locale.ROOT)), replicas, attempts);
    }

    private static String url(Node node) {
        String text = node.requiredText("a Redis URL like redis://redis.staging:6379/0");
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (("redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme())) && uri.getHost() != null) {
                if (uri.getUserInfo() != null) {
                    node.problem("expected no user or password in the URL (give username and password: ${VAR}), got "
                            + Node.quote(uri.getScheme() + "://****@" + uri.getHost()));
                    return null;
                }
                String path = uri.getPath() == null ? "" : uri.getPath();
                if (path.isEmpty() || path.equals("/") || path.matches("/\\d{1,2}")) {
                    return text;
                }
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        node.problem("expected redis://host:port/db or rediss://host:port/db like redis://redis.staging:6379/0, got "
                + Node.quote(text.replaceAll("//[^/@]*@", "//****@")));
        return null;
    }

    private static Cache.Clients clients(Node node) {
        if (!node.isMap(Set.of("instances", "poolSize"), Set.of("otherClients"))) {
            return null;
        }
        Integer instances = node.get("instances").integer(1, 100_000, null);
        Integer poolSize = node.get("poolSize").integer(1, 100_000, null);
        Integer other = node.get("otherClients").integer(0, 1_000_000, 0);
        return instances == null || poolSize == null || other == null ? null
                : new Cache.Clients(instances, poolSize, other);
    }

    private static Cache.Key key(Node node) {
        if (!node.isMap(Set.of("key", "type"), Set.of("minSize"))) {
            return null;
        }
        String key = node.get("key").requiredText("the key like matcher:pool:eu");
        String type = choice(node.get("type"), TYPES);
        Integer minSize = node.get("minSize").integer(0, Integer.MAX_VALUE, 0);
        return key == null || type == null || minSize == null ? null : new Cache.Key(key, type, minSize);
    }

    private static String choice(Node node, Set<String> choices) {
        String text = node.requiredText("one of " + new java.util.TreeSet<>(choices));
        if (text != null && !choices.contains(text)) {
            node.problem("expected one of " + new java.util.TreeSet<>(choices) + ", got " + Node.quote(text));
            return null;
        }
        return text;
    }
}
