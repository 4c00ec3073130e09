package dev.tminus.checklist.cache;

import dev.tminus.ProbeException;
import dev.tminus.cache.CacheLogin;
import dev.tminus.cache.ClientsInfo;
import dev.tminus.cache.MemoryInfo;
import dev.tminus.cache.RoleFacts;
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
                + (wrong.stream().anyMatch(k -> k.clusterDown().isPresent())
                ? ". Bring the cluster back (every slot assigned to a node that is up) before launch"
                : ". Load it (the matcher's warm-up, a restore) or fix the plan's keys") + "; re-run: " + item.rerun();
    }

    static String capacity(CacheItem item, ClientsInfo clients) {
        return item.where() + " has no room for the fleet: planned " + item.cache().clients().arithmetic()
                + " client connections > " + clients.arithmetic() + ". Raise maxclients (and the open-files limit"
                + " of redis-server) or plan smaller pools; re-run: " + item.rerun();
    }

    static String notPrimary(CacheItem item, RoleFacts role) {
        return switch (role.kind()) {
            case SENTINEL -> item.where() + " is planned as the primary but is a Redis Sentinel (ROLE answered sentinel,"
                    + " monitoring " + monitored(role) + "), not a data node. Point url at the master Sentinel names"
                    + " (SENTINEL get-master-addr-by-name " + role.monitored().stream().findFirst().orElse("NAME")
                    + "); re-run: " + item.rerun();
            default -> item.where() + " is planned as the primary but answers ROLE as a replica of " + role.primary()
                    + " (link " + role.link() + ", master_link_status:" + role.masterLinkStatus() + "): it is read-only,"
                    + " the matcher's writes would be refused with READONLY. A failover may have promoted another node"
                    + " (SENTINEL get-master-addr-by-name, ROLE on " + role.primary() + "): point the fleet and the"
                    + " profile at the primary, or fail back; re-run: " + item.rerun();
        };
    }

    static String refusesWrites(CacheItem item, RoleFacts role) {
        return item.where() + " answers as master but refuses writes: min-replicas-to-write is set and no replica is"
                + " good enough (min_slaves_good_slaves:0, " + role.replicas().size() + " online): every write of the"
                + " matcher answers NOREPLICAS. Bring its replicas back (ROLE, INFO replication) or lower"
                + " min-replicas-to-write; re-run: " + item.rerun();
    }

    static String replicas(CacheItem item, RoleFacts role) {
        int planned = item.cache().replicas();
        return item.where() + " answers as master with " + role.replicas().size() + " replica"
                + (role.replicas().size() == 1 ? "" : "s") + " online" + (role.replicas().isEmpty() ? ""
                : " (" + String.join(", ", role.replicas()) + ")") + ", the plan requires at least " + planned
                + (role.field("connected_slaves").map(n -> " (INFO replication: connected_slaves:" + n + ")").orElse(""))
                + ": a failover now would lose the matcher's data. Look at each replica's ROLE and INFO replication"
                + " (master_link_status, master_host) and its log; re-run: " + item.rerun();
    }

    static String notReplica(CacheItem item, RoleFacts role) {
        return switch (role.kind()) {
            case SENTINEL -> item.where() + " is planned as a replica but is a Redis Sentinel (ROLE answered sentinel,"
                    + " monitoring " + monitored(role) + "), not a data node. Point url at the replica; re-run: "
                    + item.rerun();
            default -> item.where() + " is planned as a replica but answers ROLE as master ("
                    + role.replicas().size() + " replicas online): it replicates from nobody. A failover may have"
                    + " promoted it (then the primary the profile names is the stale one), or REPLICAOF was never"
                    + " set; re-run: " + item.rerun();
        };
    }

    static String linkDown(CacheItem item, RoleFacts role) {
        return item.where() + " is a replica that lost its primary " + role.primary() + ": master_link_status:"
                + role.masterLinkStatus() + " (ROLE link state " + role.link() + ")"
                + role.field("master_link_down_since_seconds").map(s -> s.equals("-1") ? ", never up since it was"
                + " set to follow " + role.primary() : ", down for " + s + "s").orElse("")
                + ". It serves stale data (with replica-serve-stale-data no: nothing) and cannot take over. Check that " + role.primary() + " is up and reachable"
                + " from the replica, and the replica's masterauth/masteruser (its log says why); re-run: " + item.rerun();
    }

    private static String monitored(RoleFacts role) {
        return role.monitored().isEmpty() ? "no master" : String.join(", ", role.monitored());
    }
}
