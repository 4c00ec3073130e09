package dev.tminus.sandbox.gateway;

import java.time.Duration;

/**
 * What the sandbox gateway's backends do, healthy until faults edit it. "The last address" is the
 * last of the gateway host's addresses (127.0.0.13): one backend behind the load balancer.
 */
public final class GatewaySetup {

    /** The subprotocol every backend accepts when the client offers the planned one. */
    String subprotocol = GatewayFaults.SUBPROTOCOL;
    boolean pongs = true;
    Duration heartbeatDelay = Duration.ZERO;
    /** The build every backend names in its heartbeat reply. */
    String build = GatewayFaults.BUILD;
    /** The build the last address names instead (an old build: a stale backend). */
    String lastAddressBuild = GatewayFaults.BUILD;
    /** The last address answers the upgrade with a plain HTTP 200 page (lost its WebSocket route). */
    boolean lastAddressPlainHttp;
    /** After this long every connection is closed by the server (with a close frame, or dropped). */
    Duration closeAfter;
    /** Whether that close comes with a close frame (the server) or without (an idle timeout on the path). */
    boolean closeFrame = true;
}
