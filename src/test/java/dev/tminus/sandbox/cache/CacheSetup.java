package dev.tminus.sandbox.cache;

import java.time.Duration;

/**
 * What the sandbox Redis is like, healthy until faults edit it: its client limit, eviction policy and
 * memory limit, the slow path's delay, and who follows whom.
 */
public final class CacheSetup {

    int maxclients = CacheFaults.MAXCLIENTS;
    Duration pathDelay = Duration.ZERO;
    String maxmemoryPolicy = "noeviction";
    /** The limit is set just above what the node uses now (over 90% in use) instead of {@link CacheFaults#MAXMEMORY}. */
    boolean memoryNearlyFull;
    /** What the planned key holds: a zset of players (healthy), nothing, or a string. */
    String poolKey = "zset";
    /** Whether the checks' ACL user may run INFO (hardened nodes refuse it). */
    boolean infoAllowed = true;
    /** Whether the replica follows the primary (healthy) or a node that never answers (it lost its primary). */
    boolean replicaFollowsPrimary = true;
    /** Whether the planned primary follows a node that never answers: it answers ROLE as a replica. */
    boolean primaryIsReplica;
    /** Whether the replica's TLS port serves its certificate for localhost (healthy) or one for another name. */
    boolean replicaCertificateForLocalhost = true;
}
