package dev.tminus.checklist.gateway;

import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.check.Check;
import dev.tminus.checklist.GatewayChecklist;
import dev.tminus.gateway.GatewayObservation;
import dev.tminus.gateway.GatewayTarget;
import dev.tminus.gateway.HeartbeatResult;
import dev.tminus.gateway.HoldResult;
import dev.tminus.gateway.PingResult;
import dev.tminus.gateway.Upgrade;
import dev.tminus.profile.Gateway;
import dev.tminus.report.Evidence;
import dev.tminus.report.Outcome;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The WebSocket gateway, per gateway × address behind its host: the upgrade succeeds, pings and
 * the app heartbeat are answered in time, the connection holds, and every address answers alike.
 * All facts come from one connection per address, opened to the address with the gateway's host
 * name (Host, SNI), all addresses at once.
 */
@GatewayChecklist
@ExtendWith(GatewayItems.class)
@Severity(SeverityLevel.BLOCKER)
class GatewayChecks {

    /**
     * The upgrade request (GET of the URL's path, Host and SNI the gateway's host) is answered with
     * 101 Switching Protocols, {@code Upgrade: websocket}, {@code Connection: Upgrade}, the
     * {@code Sec-WebSocket-Accept} of the key, and the planned {@code subprotocol}. A plain HTTP answer
     * (200, 404, 426) is NOT READY with its status and the start of its body.
     * If this fails: the backend lost its WebSocket route, a proxy drops the Upgrade headers, or the
     * address runs a build without the planned subprotocol.
     */
    @Check(id = "GW-01", claim = "upgrades to WebSocket with the planned subprotocol")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(GatewayItems.class)
    void upgrades(GatewayTarget target, GatewayFacts facts) {
        GatewayObservation seen = facts.observation(target);
        Evidence.attach("frames", seen.transcript().text());
        ProbeException failure = seen.upgrade().failure().orElse(null);
        if (failure != null && failure.kind() == Cause.REFUSED_BY_SERVER) { // a failed TLS handshake is an answer
            Assertions.fail(failure.getMessage());
        }
        Upgrade upgrade = Connected.get(seen.upgrade(), facts.rerun());
        Evidence.attach("upgrade", upgrade.describe());
        assertThat(upgrade.upgraded()).withFailMessage(() -> GatewayMessages.notUpgraded(target, upgrade, facts.rerun()))
                .isTrue();
        assertThat(upgrade.subprotocolAsPlanned())
                .withFailMessage(() -> GatewayMessages.subprotocol(target, upgrade, facts.rerun())).isTrue();
    }

    /**
     * A WebSocket ping (opcode 0x9, a payload of its own) is answered by a pong with the same payload
     * within {@code pingWithin}; the probe waits at most {@code timeout}. Messages the server pushes
     * meanwhile are recorded, not judged.
     * If this fails: the server (or a proxy in front) does not answer control frames, or is overloaded.
     */
    @Check(id = "GW-02", claim = "answers a ping within pingWithin")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(GatewayItems.class)
    void answers_pings(GatewayTarget target, GatewayFacts facts) {
        GatewayObservation seen = facts.observation(target);
        Connected.upgrade(seen);
        Evidence.attach("frames", seen.transcript().text());
        PingResult ping = Connected.get(seen.ping(), facts.rerun());
        Gateway gateway = target.gateway();
        assertThat(ping.answeredIn().filter(d -> d.compareTo(gateway.pingWithin()) <= 0).isPresent())
                .withFailMessage(() -> GatewayMessages.ping(target, gateway, ping, facts.rerun())).isTrue();
    }

    /**
     * The application heartbeat {@code heartbeat.send} (a text message) is answered by a text message
     * in which {@code heartbeat.expect} is found, within {@code heartbeat.within}; other messages that
     * arrive meanwhile are named in the message. Skipped when the gateway plans no heartbeat.
     * If this fails: the state-sync handler of this backend is slow or missing.
     */
    @Check(id = "GW-03", claim = "answers the app heartbeat within heartbeat.within")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(GatewayItems.class)
    void answers_the_heartbeat(GatewayTarget target, GatewayFacts facts) {
        Gateway gateway = target.gateway();
        if (gateway.heartbeat().isEmpty()) {
            Assumptions.abort(Outcome.NOT_CONFIGURED.reason("gateways[" + gateway.name() + "].heartbeat is not set"));
        }
        GatewayObservation seen = facts.observation(target);
        Connected.upgrade(seen);
        Evidence.attach("frames", seen.transcript().text());
        HeartbeatResult result = Connected.get(seen.heartbeat().orElseThrow(), facts.rerun());
        Gateway.Heartbeat planned = gateway.heartbeat().get();
        assertThat(result.answeredIn().filter(d -> d.compareTo(planned.within()) <= 0).isPresent())
                .withFailMessage(() -> GatewayMessages.heartbeat(target, planned, result, facts.rerun())).isTrue();
    }

    /**
     * Once upgraded, the connection stays open for {@code holdFor} while the check sends nothing
     * (it answers the server's pings): neither the server nor an idle timeout on the path closes it.
     * The message gives the close code and reason, or says the connection ended without a close frame.
     * Skipped when the gateway plans no {@code holdFor}.
     * If this fails: look at the server's session limits and every proxy's idle timeout on the path.
     */
    @Check(id = "GW-04", claim = "the connection stays open for holdFor")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(GatewayItems.class)
    void holds_the_connection(GatewayTarget target, GatewayFacts facts) {
        Gateway gateway = target.gateway();
        if (gateway.holdFor().isEmpty()) {
            Assumptions.abort(Outcome.NOT_CONFIGURED.reason("gateways[" + gateway.name() + "].holdFor is not set"));
        }
        GatewayObservation seen = facts.observation(target);
        Connected.upgrade(seen);
        Evidence.attach("frames", seen.transcript().text());
        HoldResult hold = Connected.get(seen.hold().orElseThrow(), facts.rerun());
        assertThat(hold.stayedOpen()).withFailMessage(() -> GatewayMessages.hold(target, hold, facts.rerun())).isTrue();
    }

    /**
     * Every address of the gateway answers the same subprotocol and, when a heartbeat is planned, the
     * same heartbeat reply (JSON compared with its numbers blanked: timestamps differ, versions do
     * not) as the majority of the addresses that upgraded. The odd address is named; with no majority
     * every address fails. Skipped when no other address upgraded.
     * If this fails: a backend behind the load balancer runs an old build.
     */
    @Check(id = "GW-05", claim = "answers like the other addresses")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(GatewayItems.class)
    void answers_like_the_others(GatewayTarget target, GatewayFacts facts) {
        GatewayObservation seen = facts.observation(target);
        Connected.upgrade(seen);
        String own = seen.answers().orElseThrow();
        Map<String, String> peers = new LinkedHashMap<>();
        for (GatewayObservation peer : facts.peers(target)) {
            peer.answers().ifPresent(a -> peers.put(peer.target().address(), a));
        }
        if (peers.isEmpty()) {
            Assumptions.abort(Outcome.NOT_APPLICABLE.reason("no other address of " + target.gateway().label()
                    + " upgraded to compare with"));
        }
        Map<String, List<String>> byAnswer = new LinkedHashMap<>();
        byAnswer.computeIfAbsent(own, k -> new java.util.ArrayList<>()).add(target.address());
        peers.forEach((address, answer) -> byAnswer.computeIfAbsent(answer, k -> new java.util.ArrayList<>()).add(address));
        Evidence.attach("answers", String.join("\n", byAnswer.entrySet().stream()
                .map(e -> String.join(", ", e.getValue()) + ": " + e.getKey()).toList()) + "\n");
        int ownCount = byAnswer.get(own).size();
        Optional<Map.Entry<String, List<String>>> larger = byAnswer.entrySet().stream()
                .filter(e -> !e.getKey().equals(own) && e.getValue().size() >= ownCount)
                .max(java.util.Comparator.comparingInt(e -> e.getValue().size()));
        if (larger.isPresent() && larger.get().getValue().size() == ownCount) {
            Assertions.fail(GatewayMessages.noMajority(target, byAnswer.entrySet().stream()
                    .map(e -> String.join(", ", e.getValue()) + " answer " + e.getKey()).toList(), facts.rerun()));
        }
        assertThat(larger.isEmpty()).withFailMessage(() -> GatewayMessages.stale(target, own,
                larger.get().getValue(), larger.get().getKey(), facts.rerun())).isTrue();
    }
}
