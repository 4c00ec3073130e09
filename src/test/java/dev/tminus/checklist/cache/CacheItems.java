package dev.tminus.checklist.cache;

import dev.tminus.cache.RedisTarget;
import dev.tminus.check.Check;
import dev.tminus.checklist.CheckItems;
import dev.tminus.checklist.Items;
import dev.tminus.checklist.Profiles;
import dev.tminus.profile.Cache;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Profile;
import dev.tminus.report.Outcome;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One item per cache of the profile, named from the profile only:
 * {@code CACHE-02 matcher · PING p95 within 86ms · 127.0.0.1:16379}.
 */
final class CacheItems extends CheckItems {

    @Override
    protected Stream<? extends Arguments> items(ExtensionContext context) {
        Profile profile = Profiles.of(context);
        if (profile.caches().isEmpty()) {
            Assumptions.abort(Outcome.NOT_CONFIGURED.reason("caches is empty"));
        }
        String id = context.getRequiredTestMethod().getAnnotation(Check.class).id();
        ExtensionContext root = context.getRoot();
        return profile.caches().stream().map(cache -> Arguments.of(Named.of(
                Items.name(context, cache.name(), claim(id, cache), RedisTarget.of(cache).address()),
                new CacheItem(cache, CacheObservations.rerun(profile),
                        () -> CacheObservations.of(root, profile, cache.name())))));
    }

    static String claim(String id, Cache cache) {
        return switch (id) {
            case "CACHE-01" -> "reachable and logged in within " + Durations.format(cache.timeout());
            case "CACHE-02" -> "PING p95 within " + Durations.format(cache.maxLatency());
            case "CACHE-03" -> "room for " + cache.clients().arithmetic() + " client connections";
            case "CACHE-04" -> cache.maxmemoryPolicy().map(p -> "evicts by " + p + ", ").orElse("")
                    + "memory below maxmemory";
            case "CACHE-05" -> cache.role() == Cache.Role.PRIMARY
                    ? "answers as primary, writable" + (cache.replicas() > 0 ? ", " + cache.replicas()
                    + (cache.replicas() == 1 ? " replica" : " replicas") + " in sync" : "")
                    : "answers as replica, link to its primary up";
            case "CACHE-06" -> cache.keys().size() + " planned keys there with their types and sizes";
            default -> throw new IllegalArgumentException("no claim for " + id);
        };
    }
}
