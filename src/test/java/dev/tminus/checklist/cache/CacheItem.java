package dev.tminus.checklist.cache;

import dev.tminus.cache.CacheObservation;
import dev.tminus.cache.RedisTarget;
import dev.tminus.profile.Cache;
import java.util.function.Supplier;

/**
 * One cache of the profile as a check item: the profile's entry, the re-run command for its
 * messages, and its observation (gathered once per run for every cache, on first use).
 */
record CacheItem(Cache cache, String rerun, Supplier<CacheObservation> observation) {

    /** {@code matcher (redis://127.0.0.1:16379/0)}. */
    String where() {
        return RedisTarget.describe(cache);
    }

    @Override
    public String toString() {
        return cache.name();
    }
}
