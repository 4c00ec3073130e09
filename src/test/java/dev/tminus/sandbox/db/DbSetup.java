package dev.tminus.sandbox.db;

import java.time.Duration;

/**
 * What the sandbox databases are like, healthy until faults edit it: the account's settings on both
 * servers, the sessions an administrator or the account holds open, and what the loopback proxies on
 * the path do.
 */
public final class DbSetup {

    int accountLimit = DbFaults.ACCOUNT_LIMIT;
    int fleetLimit = DbFaults.ACCOUNT_LIMIT;
    boolean loginAllowed = true;
    String idleSessionTimeout = DbFaults.IDLE_SESSION_TIMEOUT;
    String fleetIdleSessionTimeout = DbFaults.IDLE_SESSION_TIMEOUT;
    boolean idleInTransactionTimeout = true;
    boolean monitoringGrant = true;
    int heldForAccount;
    boolean adminIdleTransaction;
    boolean adminSession;
    boolean ownIdleTransaction;
    Duration pathDelay = Duration.ZERO;
    boolean pathKeepsServerConnections;

    /** Whether a session must have aged past the idle-in-transaction bound before the checks run. */
    boolean idleTransactionHeld() {
        return adminIdleTransaction || ownIdleTransaction;
    }
}
