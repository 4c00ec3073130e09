package dev.tminus.gateway;

import java.time.Duration;
import java.util.Optional;

/**
 * A WebSocket ping and what came back.
 *
 * @param answeredIn from sending the ping to its pong (same payload); empty when none came
 * @param waited     how long the probe waited at most (the gateway's timeout)
 * @param ended      how the connection ended while waiting, when it did
 */
public record PingResult(Optional<Duration> answeredIn, Duration waited, Optional<String> ended) {
}
