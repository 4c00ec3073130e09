package dev.tminus.checklist.cache;

import dev.tminus.ProbeException;
import dev.tminus.cache.CacheLogin;
import dev.tminus.cache.ClientsInfo;
import dev.tminus.cache.MemoryInfo;
import dev.tminus.db.RoundTrips;
import dev.tminus.db.Percentiles;
import dev.tminus.profile.Durations;

/** The cache checks' failure messages: what was found, against which limit, what to do, how to re-run. */
final class CacheMessages {

    private CacheMessages() {
    }

    static String refusedLogin(CacheItem item, ProbeException refusal) {
        return refusal.getMessage();
    }

    static String slowLogin(CacheItem item, CacheLogin login) {
        return item.where() + " let " + login.user() + " in after " + Percentiles.millis(login.took())
                + ", over the timeout of " + Durations.format(login.timeout())
                + ": the matcher's clients would give up. Check the path and the node's load; re-run: " + item.rerun();
    }

    static String latency(CacheItem item, RoundTrips pings) {
        return item.where() + " PING round trips p95 " + Percentiles.millis(pings.p95()) + " over maxLatency "
                + Durations.format(item.cache().maxLatency()) + " (p50 " + Percentiles.millis(pings.p50())
                + ", slowest " + Percentiles.millis(pings.slowest()) + ", " + pings.samples().size()
                + " PINGs): the matcher's budget is spent on the network or a busy node (a slow command, a"
                + " fork for persistence). Check SLOWLOG and the path; re-run: " + item.rerun();
    }

    static String policy(CacheItem item, MemoryInfo memory, String planned) {
        return item.where() + " evicts by maxmemory-policy " + memory.policy() + ", the plan requires " + planned
                + ": " + ("noeviction".equals(planned) ? "the matcher's sorted sets may be evicted and players lost"
                : "keys the plan keeps may be evicted") + ". Set it (CONFIG SET maxmemory-policy " + planned
                + ", and in the config file); re-run: " + item.rerun();
    }

    static String memory(CacheItem item, MemoryInfo memory) {
        return item.where() + " is close to its memory limit: " + memory.arithmetic() + ". Under "
                + memory.policy() + " the launch's writes " + ("noeviction".equals(memory.policy())
                ? "will be refused (OOM)" : "will evict keys") + "; raise maxmemory or free memory; re-run: " + item.rerun();
    }

    static String keys(CacheItem item, java.util.List<dev.tminus.cache.KeyFacts> wrong) {
        return item.where() + " does not hold the data the launch relies on: "
                + String.join("; ", wrong.stream().map(dev.tminus.cache.KeyFacts::describe).toList())
                + ". Load it (the matcher's warm-up, a restore) or fix the plan's keys; re-run: " + item.rerun();
    }

    static String capacity(CacheItem item, ClientsInfo clients) {
        return item.where() + " has no room for the fleet: planned " + item.cache().clients().arithmetic()
                + " client connections > " + clients.arithmetic() + ". Raise maxclients (and the open-files limit"
                + " of redis-server) or plan smaller pools; re-run: " + item.rerun();
    }
}
