package dev.tminus.checklist.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.gateway.GatewayTarget;
import dev.tminus.gateway.HeartbeatResult;
import dev.tminus.gateway.HoldResult;
import dev.tminus.gateway.PingResult;
import dev.tminus.gateway.Upgrade;
import dev.tminus.gateway.UpgradeRequest;
import dev.tminus.gateway.UpgradeResponse;
import dev.tminus.profile.Gateway;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The exact words of the gateway checks' NOT READY messages. */
class GatewayMessagesTest {

    private static final String RERUN = "mvn verify -Denv=staging -Dchecks=gateway";
    private static final Gateway GATEWAY = Gateway.of("gateway", "wss://gateway.game.example.com/ws")
            .withSubprotocol("pixelrush.v1");
    private static final GatewayTarget TARGET = new GatewayTarget(GATEWAY, "10.0.0.12");

    private static Upgrade upgrade(int status, String line, List<Map.Entry<String, String>> headers, String body) {
        return new Upgrade(new UpgradeRequest("/ws", "gateway.game.example.com", Optional.of("pixelrush.v1"),
                "dGhlIHNhbXBsZSBub25jZQ=="), new UpgradeResponse(status, line, headers, body), Duration.ofMillis(4));
    }

    @Test
    void a_plain_http_answer_names_its_status_body_and_the_proxy_settings() {
        Upgrade upgrade = upgrade(200, "HTTP/1.1 200 OK", List.of(), "<h1>PixelRush lobby</h1>");

        assertThat(GatewayMessages.notUpgraded(TARGET, upgrade, RERUN)).isEqualTo("""
                Expecting gateway (gateway.game.example.com) at 10.0.0.12:443 to upgrade GET /ws to WebSocket (101 \
                Switching Protocols)
                but it answered HTTP/1.1 200 OK; body: <h1>PixelRush lobby</h1>.
                This backend has lost its WebSocket route (or a proxy on the path drops the Upgrade and Connection \
                headers: nginx needs proxy_http_version 1.1 and proxy_set_header Upgrade/Connection). Fix the route \
                on this address; re-run: mvn verify -Denv=staging -Dchecks=gateway""");
    }

    @Test
    void a_wrong_subprotocol_names_both() {
        Upgrade upgrade = upgrade(101, "HTTP/1.1 101 Switching Protocols",
                List.of(Map.entry("Sec-WebSocket-Protocol", "pixelrush.v0")), "");

        assertThat(GatewayMessages.subprotocol(TARGET, upgrade, RERUN)).isEqualTo("""
                Expecting gateway (gateway.game.example.com) at 10.0.0.12:443 to accept subprotocol pixelrush.v1
                but it accepted pixelrush.v0.
                Clients of this release speak pixelrush.v1: deploy the build that does to this address (or fix the \
                plan's subprotocol); re-run: mvn verify -Denv=staging -Dchecks=gateway""");
    }

    @Test
    void a_late_pong_and_a_missing_one() {
        assertThat(GatewayMessages.ping(TARGET, GATEWAY, new PingResult(Optional.of(Duration.ofMillis(1450)),
                Duration.ofSeconds(5), Optional.empty()), RERUN)).isEqualTo("""
                Expecting gateway (gateway.game.example.com) at 10.0.0.12:443 to answer a WebSocket ping within 1s
                but its pong came after 1450ms.
                Clients that ping to keep the connection alive will drop it. Check the server's ping handling and \
                its load; re-run: mvn verify -Denv=staging -Dchecks=gateway""");
        assertThat(GatewayMessages.ping(TARGET, GATEWAY, new PingResult(Optional.empty(), Duration.ofSeconds(5),
                Optional.empty()), RERUN)).contains("but no pong came within the timeout of 5s.");
    }

    @Test
    void a_late_heartbeat_quotes_the_reply_and_the_other_messages() {
        Gateway.Heartbeat planned = new Gateway.Heartbeat("{\"op\":\"ping\"}", Pattern.compile("\"op\":\"pong\""),
                Duration.ofSeconds(2));
        HeartbeatResult late = new HeartbeatResult(Optional.of(Duration.ofMillis(2600)),
                Optional.of("{\"op\":\"pong\"}"), List.of("{\"op\":\"state\"}"), Duration.ofSeconds(5), Optional.empty());

        assertThat(GatewayMessages.heartbeat(TARGET, planned, late, RERUN)).isEqualTo("""
                Expecting gateway (gateway.game.example.com) at 10.0.0.12:443 to answer the heartbeat {"op":"ping"} \
                with a message matching "op":"pong" within 2s
                but the reply {"op":"pong"} came after 2600ms (other messages: {"op":"state"}).
                The state-sync clients reconnect when their heartbeat is late. Check this backend's load and its \
                heartbeat handler; re-run: mvn verify -Denv=staging -Dchecks=gateway""");
    }

    @Test
    void an_early_close_gives_code_and_reason() {
        HoldResult hold = new HoldResult(Duration.ofSeconds(10), Duration.ofMillis(3012),
                Optional.of("the server closed it with close 1001 \"backend draining\""));

        assertThat(GatewayMessages.hold(TARGET, hold, RERUN)).isEqualTo("""
                Expecting gateway (gateway.game.example.com) at 10.0.0.12:443 to keep the connection open for 10s
                but after 3012ms the server closed it with close 1001 "backend draining".
                Players are dropped mid-game. Check the server's and every proxy's idle and session timeouts on \
                the path (nginx proxy_read_timeout, load balancer idle timeout); re-run: \
                mvn verify -Denv=staging -Dchecks=gateway""");
    }

    @Test
    void a_stale_backend_is_named_with_the_majority() {
        assertThat(GatewayMessages.stale(TARGET, "subprotocol pixelrush.v1, heartbeat reply {\"build\":\"v1.1.9\"}",
                List.of("10.0.0.11", "10.0.0.13"), "subprotocol pixelrush.v1, heartbeat reply {\"build\":\"v1.2.0\"}",
                RERUN)).isEqualTo("""
                Expecting gateway (gateway.game.example.com) at 10.0.0.12:443 to answer like the other addresses of \
                gateway (gateway.game.example.com) (10.0.0.11, 10.0.0.13: subprotocol pixelrush.v1, heartbeat reply \
                {"build":"v1.2.0"})
                but 10.0.0.12 answers subprotocol pixelrush.v1, heartbeat reply {"build":"v1.1.9"}.
                A stale backend: deploy the current build to 10.0.0.12; re-run: mvn verify -Denv=staging -Dchecks=gateway""");
    }
}
