package dev.tminus.sandbox.cache;

import java.time.Duration;

/** What the sandbox Redis is like, healthy until faults edit it: its client limit and the slow path's delay. */
public final class CacheSetup {

    int maxclients = CacheFaults.MAXCLIENTS;
    Duration pathDelay = Duration.ZERO;
}
