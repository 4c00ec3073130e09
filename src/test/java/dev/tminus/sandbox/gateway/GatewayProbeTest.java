package dev.tminus.sandbox.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.gateway.GatewayObservation;
import dev.tminus.gateway.GatewayProbe;
import dev.tminus.gateway.GatewayTarget;
import dev.tminus.gateway.HoldResult;
import dev.tminus.gateway.PingResult;
import dev.tminus.gateway.Upgrade;
import dev.tminus.profile.Gateway;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway probe against a sandbox backend on a free loopback port: what it reports, and how it breaks. */
class GatewayProbeTest {

    private static final String RERUN = "mvn verify -Denv=sandbox -Dchecks=gateway";

    private GatewayServer server;
    private GatewayProbe probe;

    @BeforeEach
    void start() throws Exception {
        server = new GatewayServer("127.0.0.1", 0, null, GatewayServer.healthy());
        probe = new GatewayProbe(Optional.empty(), RERUN, 2);
    }

    @AfterEach
    void stop() {
        probe.close();
        server.close();
    }

    private GatewayTarget target(int port, String path) {
        Gateway gateway = Gateway.of("state-sync", "ws://gateway.game.tminus.test:" + port + path)
                .withSubprotocol("pixelrush.v1").withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500))
                .withHeartbeat(new Gateway.Heartbeat("{\"op\":\"ping\"}", Pattern.compile("\"op\":\"pong\""),
                        Duration.ofSeconds(1)))
                .withHoldFor(Duration.ofMillis(300));
        return new GatewayTarget(gateway, "127.0.0.1");
    }

    @Test
    void reports_upgrade_pong_heartbeat_and_hold_of_a_healthy_backend() {
        // WHEN a healthy backend is observed
        GatewayObservation seen = probe.observe(target(server.port(), "/ws"));

        // THEN it upgraded with the subprotocol, answered the ping and the heartbeat, and held the connection
        Upgrade upgrade = seen.upgrade().get();
        assertThat(upgrade.upgraded()).isTrue();
        assertThat(upgrade.subprotocolAsPlanned()).isTrue();
        assertThat(upgrade.request().host()).isEqualTo("gateway.game.tminus.test:" + server.port());
        assertThat(seen.ping().get().answeredIn()).isPresent();
        assertThat(seen.heartbeat().orElseThrow().get().reply()).get().asString()
                .startsWith("{\"op\":\"pong\",\"build\":\"v1.2.0-3a7f1b2\",\"ts\":");
        HoldResult hold = seen.hold().orElseThrow().get();
        assertThat(hold.stayedOpen()).isTrue();
        assertThat(hold.held()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(seen.answers()).contains("subprotocol pixelrush.v1, heartbeat reply "
                + "{\"build\":\"v1.2.0-3a7f1b2\",\"op\":\"pong\",\"ts\":0}");
        assertThat(seen.transcript().lines()).anyMatch(l -> l.contains("→ ping "))
                .anyMatch(l -> l.contains("← pong ")).anyMatch(l -> l.contains("→ close 1000 \"T-Minus check done\""));
    }

    @Test
    void a_404_on_another_path_is_an_answer_and_the_later_steps_need_a_connection() {
        // WHEN the upgrade goes to a path the backend has no route for
        GatewayObservation seen = probe.observe(target(server.port(), "/lobby"));

        // THEN the upgrade is known (404, body kept), and ping, heartbeat and hold could not run
        assertThat(seen.upgrade().get().upgraded()).isFalse();
        assertThat(seen.upgrade().get().response().statusLine()).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(seen.upgrade().get().response().bodyExcerpt()).isEqualTo("no route for /lobby");
        assertThat(seen.ping().failure()).get().extracting(ProbeException::getMessage).asString()
                .contains("the upgrade did not succeed (answered HTTP/1.1 404 Not Found instead of 101");
    }

    @Test
    void a_backend_without_pongs_that_closes_early_is_judged_not_broken() {
        // GIVEN a backend that never pongs and closes after 150ms
        server.behave(new GatewayServer.Behaviour("pixelrush.v1", false, 0, "v1", false, 150, true));

        // WHEN observed
        GatewayObservation seen = probe.observe(target(server.port(), "/ws"));

        // THEN the ping wait ended with the close, and the hold says how the connection ended
        PingResult ping = seen.ping().get();
        assertThat(ping.answeredIn()).isEmpty();
        assertThat(ping.ended()).get().asString().startsWith("the server closed it with close 1001 \"backend draining\" at +");
        assertThat(seen.heartbeat().orElseThrow().failure()).get().extracting(ProbeException::getMessage).asString()
                .contains("the connection had already ended");
        assertThat(seen.hold().orElseThrow().get().closed()).contains("the server closed it with close 1001 \"backend draining\"");
    }

    @Test
    void a_refused_connection_and_a_silent_port_are_could_not_check() throws Exception {
        // GIVEN a port nobody listens on, and one that accepts and never answers
        int free;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            free = s.getLocalPort();
        }
        try (ServerSocket silent = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            // WHEN each is observed
            GatewayObservation refused = probe.observe(target(free, "/ws"));
            GatewayObservation hung = probe.observe(target(silent.getLocalPort(), "/ws"));

            // THEN both are COULD NOT CHECK, named as such
            assertThat(refused.upgrade().failure()).get().extracting(ProbeException::kind).isEqualTo(Cause.REFUSED);
            assertThat(hung.upgrade().failure()).get().extracting(ProbeException::kind).isEqualTo(Cause.TIMEOUT);
            assertThat(hung.upgrade().failure().get().getMessage()).isEqualTo("Could not upgrade state-sync"
                    + " (gateway.game.tminus.test) at 127.0.0.1:" + silent.getLocalPort() + " to WebSocket: no answer"
                    + " within the timeout of 2s. Check the address, the port and firewalls on the path; re-run: " + RERUN);
        }
    }
}
