package dev.tminus.sandbox.dns;

import java.util.function.UnaryOperator;

/**
 * What the sandbox DNS serves, healthy until faults edit it: the zone on every authoritative
 * server, what the secondary (ns2) serves and how it answers, and whether the edge resolver's cache
 * is warmed.
 */
public final class DnsSetup {

    UnaryOperator<ZoneData> everywhere = zone -> zone;
    UnaryOperator<ZoneData> secondaryOnly = zone -> zone;
    boolean secondaryAuthoritative = true;
    boolean regions = true;
    long secondaryDelayMillis;
    boolean secondaryGarbles;
    boolean secondarySilent;
    boolean warmEdge = true;

    /** An edit of the zone on every authoritative server. */
    DnsSetup everywhere(UnaryOperator<ZoneData> edit) {
        UnaryOperator<ZoneData> before = everywhere;
        everywhere = zone -> edit.apply(before.apply(zone));
        return this;
    }

    /** An edit of the zone on the secondary only, after the edits everywhere. */
    DnsSetup onSecondary(UnaryOperator<ZoneData> edit) {
        UnaryOperator<ZoneData> before = secondaryOnly;
        secondaryOnly = zone -> edit.apply(before.apply(zone));
        return this;
    }
}
