package dev.tminus.cache;

import dev.tminus.check.Fact;
import dev.tminus.db.RoundTrips;
import dev.tminus.profile.Cache;
import java.util.List;

/**
 * Everything one read-only pass learned about a cache: whether it let the checks in, its PING round
 * trips, its role and replication link, its client slots and its memory and eviction policy, and the
 * planned keys. A fact that could not be established carries why, so only the checks
 * that need it are COULD NOT CHECK.
 */
public record CacheObservation(Cache cache, Fact<CacheLogin> login, Fact<RoundTrips> pings, Fact<ClientsInfo> clients,
                               Fact<MemoryInfo> memory, Fact<List<KeyFacts>> keys,
                               Fact<RoleFacts> role) {
}
