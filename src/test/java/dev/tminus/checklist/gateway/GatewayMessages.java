package dev.tminus.checklist.gateway;

import dev.tminus.gateway.GatewayTarget;
import dev.tminus.gateway.HeartbeatResult;
import dev.tminus.gateway.HoldResult;
import dev.tminus.gateway.PingResult;
import dev.tminus.gateway.Upgrade;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Gateway;
import java.util.List;

/** The gateway checks' failure messages: what was expected, what was found, where, what to do, how to re-run. */
final class GatewayMessages {

    private GatewayMessages() {
    }

    static String notUpgraded(GatewayTarget target, Upgrade upgrade, String rerun) {
        var response = upgrade.response();
        if (response.status() != 101) {
            String body = response.bodyExcerpt().isEmpty() ? "" : "; body: " + response.bodyExcerpt();
            return "Expecting " + target.describe() + " to upgrade GET " + upgrade.request().resource()
                    + " to WebSocket (101 Switching Protocols)\nbut it answered " + response.statusLine() + body
                    + ".\nThis backend has lost its WebSocket route (or a proxy on the path drops the Upgrade and"
                    + " Connection headers: nginx needs proxy_http_version 1.1 and proxy_set_header Upgrade/Connection)."
                    + " Fix the route on this address; re-run: " + rerun;
        }
        return "Expecting " + target.describe() + " to answer the upgrade as RFC 6455 §4.1 requires\nbut its 101 has "
                + String.join("; ", upgrade.problems()) + ".\nA browser or game client drops this connection. Check the"
                + " server or proxy that answers on this address; re-run: " + rerun;
    }

    static String subprotocol(GatewayTarget target, Upgrade upgrade, String rerun) {
        String planned = upgrade.request().subprotocol().orElse("(none)");
        String accepted = upgrade.subprotocol().orElse("none");
        return "Expecting " + target.describe() + " to accept subprotocol " + planned + "\nbut it accepted "
                + accepted + (upgrade.request().subprotocol().isEmpty() ? ", which the check did not offer" : "")
                + ".\nClients of this release speak " + planned + ": deploy the build that does to this address"
                + " (or fix the plan's subprotocol); re-run: " + rerun;
    }

    static String ping(GatewayTarget target, Gateway gateway, PingResult ping, String rerun) {
        String what = ping.answeredIn().map(d -> "its pong came after " + millis(d))
                .or(() -> ping.ended().map(e -> "no pong came: " + e))
                .orElse("no pong came within the timeout of " + Durations.format(ping.waited()));
        return "Expecting " + target.describe() + " to answer a WebSocket ping within "
                + Durations.format(gateway.pingWithin()) + "\nbut " + what + ".\nClients that ping to keep the"
                + " connection alive will drop it. Check the server's ping handling and its load; re-run: " + rerun;
    }

    static String heartbeat(GatewayTarget target, Gateway.Heartbeat planned, HeartbeatResult result, String rerun) {
        String what = result.answeredIn().map(d -> "the reply " + result.reply().map(r -> excerpt(r)).orElse("")
                        + " came after " + millis(d))
                .or(() -> result.ended().map(e -> "no reply came: " + e))
                .orElse("no reply matched within the timeout of " + Durations.format(result.waited()));
        String others = result.others().isEmpty() ? "" : " (other messages: " + String.join(" | ", result.others()) + ")";
        return "Expecting " + target.describe() + " to answer the heartbeat " + planned.send()
                + " with a message matching " + planned.expect().pattern() + " within " + Durations.format(planned.within())
                + "\nbut " + what + others + ".\nThe state-sync clients reconnect when their heartbeat is late."
                + " Check this backend's load and its heartbeat handler; re-run: " + rerun;
    }

    static String hold(GatewayTarget target, HoldResult hold, String rerun) {
        return "Expecting " + target.describe() + " to keep the connection open for " + Durations.format(hold.planned())
                + "\nbut after " + millis(hold.held()) + " " + hold.closed().orElse("it was closed") + ".\nPlayers are"
                + " dropped mid-game. Check the server's and every proxy's idle and session timeouts on the path"
                + " (nginx proxy_read_timeout, load balancer idle timeout); re-run: " + rerun;
    }

    static String stale(GatewayTarget target, String own, List<String> majority, String theirs, String rerun) {
        return "Expecting " + target.describe() + " to answer like the other addresses of " + target.gateway().label()
                + " (" + String.join(", ", majority) + ": " + theirs + ")\nbut " + target.address() + " answers " + own
                + ".\nA stale backend: deploy the current build to " + target.address() + "; re-run: " + rerun;
    }

    static String noMajority(GatewayTarget target, List<String> answers, String rerun) {
        return "Expecting the addresses of " + target.gateway().label() + " to answer alike\nbut they split with no"
                + " majority: " + String.join("; ", answers) + ".\nSome backends run another build: deploy one"
                + " build everywhere; re-run: " + rerun;
    }

    private static String millis(java.time.Duration d) {
        return d.toMillis() + "ms";
    }

    private static String excerpt(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
