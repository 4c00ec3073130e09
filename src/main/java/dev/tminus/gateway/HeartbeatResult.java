package dev.tminus.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The application heartbeat: {@code send} as a text message, and the first text message in which
 * {@code expect} is found.
 *
 * @param answeredIn from sending to the matching reply; empty when none came within {@code waited}
 * @param reply      the matching reply
 * @param others     text messages that arrived meanwhile and did not match (for the message)
 * @param waited     how long the probe waited at most (the gateway's timeout)
 * @param ended      how the connection ended while waiting, when it did
 */
public record HeartbeatResult(Optional<Duration> answeredIn, Optional<String> reply, List<String> others,
                              Duration waited, Optional<String> ended) {

    public HeartbeatResult {
        others = List.copyOf(others);
    }
}
