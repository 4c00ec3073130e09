package dev.tminus.gateway;

import dev.tminus.check.Fact;
import java.util.Optional;

/**
 * Everything one connection to one address learned: the upgrade, the ping, the heartbeat and the
 * hold, each a {@link Fact} (so only the checks that need a missing fact are COULD NOT CHECK), and
 * what crossed the wire.
 *
 * @param heartbeat empty when the gateway plans no heartbeat
 * @param hold      empty when the gateway plans no {@code holdFor}
 */
public record GatewayObservation(GatewayTarget target, Fact<Upgrade> upgrade, Fact<PingResult> ping,
                                 Optional<Fact<HeartbeatResult>> heartbeat, Optional<Fact<HoldResult>> hold,
                                 Transcript transcript) {

    /**
     * What this address answers that every address of a build answers alike: the selected
     * subprotocol and, when a heartbeat is planned, its reply ({@link Replies#comparable}). Empty
     * when the upgrade did not succeed: it answered nothing to compare.
     */
    public Optional<String> answers() {
        if (!upgrade.value().map(Upgrade::upgraded).orElse(false)) {
            return Optional.empty();
        }
        String subprotocol = "subprotocol " + upgrade.get().subprotocol().orElse("(none)");
        return Optional.of(heartbeat.map(f -> subprotocol + ", heartbeat reply " + f.value()
                        .map(h -> h.reply().map(Replies::comparable).orElse("(none within " + dev.tminus.profile.Durations
                                .format(h.waited()) + ")")).orElse("(not established)"))
                .orElse(subprotocol));
    }
}
