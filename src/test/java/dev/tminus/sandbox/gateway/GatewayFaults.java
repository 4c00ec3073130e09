package dev.tminus.sandbox.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.sandbox.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The gateway faults of the sandbox: each declares what it does to the {@link GatewaySetup} of the
 * backends (or, for the silent port, to the sandbox profile) and which checks it turns red.
 */
public final class GatewayFaults {

    static final String TAG = "gateway";
    /** The backends: wss on one port, ws on another, of every address of the gateway's host. */
    static final int WSS_PORT = 18444;
    static final int WS_PORT = 18480;
    /** Accepts connections on 127.0.0.1 and never answers. */
    static final int SILENT_PORT = 18481;
    static final String PATH = "/ws";
    static final String SUBPROTOCOL = "pixelrush.v1";
    static final String BUILD = "v1.2.0-3a7f1b2";
    static final String OLD_BUILD = "v1.1.9-77d0c2e";
    /** Above the sandbox's heartbeat.within of 1s, below its timeout of 3s: a late answer, not none. */
    static final Duration SLOW_HEARTBEAT = Duration.ofMillis(1800);
    /** Well before the sandbox's holdFor of 4s, well after the ping and the heartbeat are answered. */
    static final Duration CLOSE_AFTER = Duration.ofMillis(1500);

    public static final String PLAIN_HTTP = "gateway-plain-http";
    public static final String WRONG_SUBPROTOCOL = "gateway-wrong-subprotocol";
    public static final String NO_PONG = "gateway-no-pong";
    public static final String SLOW_HEARTBEAT_FAULT = "gateway-slow-heartbeat";
    public static final String CLOSES_EARLY = "gateway-closes-early";
    public static final String PATH_IDLE_TIMEOUT = "gateway-path-idle-timeout";
    public static final String OLD_BUILD_FAULT = "gateway-old-build";
    public static final String SILENT_PORT_FAULT = "gateway-silent-port";

    private GatewayFaults() {
    }

    public static List<Fault<GatewaySetup>> all() {
        return List.of(
                Fault.<GatewaySetup>failing(PLAIN_HTTP, TAG, "GW-01", "but it answered HTTP/1.1 200 OK",
                        "the last address answers the upgrade with its plain HTTP 200 page: it lost its WebSocket route",
                        s -> s.lastAddressPlainHttp = true),
                Fault.<GatewaySetup>failing(WRONG_SUBPROTOCOL, TAG, "GW-01", "but it accepted pixelrush.v0",
                        "every backend runs a build that accepts subprotocol pixelrush.v0 instead of the planned "
                                + SUBPROTOCOL, s -> s.subprotocol = "pixelrush.v0"),
                Fault.<GatewaySetup>failing(NO_PONG, TAG, "GW-02", "no pong came within the timeout",
                        "the backends never answer a WebSocket ping", s -> s.pongs = false),
                Fault.<GatewaySetup>failing(SLOW_HEARTBEAT_FAULT, TAG, "GW-03", "came after",
                        "the backends answer the app heartbeat after " + SLOW_HEARTBEAT.toMillis() + "ms",
                        s -> s.heartbeatDelay = SLOW_HEARTBEAT),
                Fault.<GatewaySetup>failing(CLOSES_EARLY, TAG, "GW-04", "the server closed it with close 1001",
                        "the backends close every connection " + CLOSE_AFTER.toMillis() + "ms after the upgrade"
                                + " (1001 going away)", s -> s.closeAfter = CLOSE_AFTER),
                Fault.<GatewaySetup>failing(PATH_IDLE_TIMEOUT, TAG, "GW-04", "ended without a close frame",
                        "something on the path drops every connection " + CLOSE_AFTER.toMillis()
                                + "ms after the upgrade without a close frame (an idle timeout)", s -> {
                            s.closeAfter = CLOSE_AFTER;
                            s.closeFrame = false;
                        }),
                Fault.<GatewaySetup>failing(OLD_BUILD_FAULT, TAG, "GW-05", "A stale backend",
                        "the last address runs the old build " + OLD_BUILD + ": its heartbeat reply names it",
                        s -> s.lastAddressBuild = OLD_BUILD),
                new Fault<GatewaySetup>(SILENT_PORT_FAULT, TAG, "the profile points every gateway at a port that"
                        + " accepts connections and never answers", Set.of(), Set.of("GW-01"),
                        "no answer within the timeout", port(SILENT_PORT), Fault.none()));
    }

    private static Consumer<ObjectNode> port(int port) {
        return tree -> tree.withArray("gateways").forEach(gateway -> ((ObjectNode) gateway).put("url",
                gateway.get("url").asText().replaceFirst(":\\d+/", ":" + port + "/")));
    }
}
