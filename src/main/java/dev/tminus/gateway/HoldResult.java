package dev.tminus.gateway;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether the connection stayed open: from the end of the upgrade until {@code planned} had passed,
 * or until the server (or something on the path) ended it.
 *
 * @param held   how long it was open, counted from the end of the upgrade
 * @param closed how it ended before {@code planned}, when it did
 */
public record HoldResult(Duration planned, Duration held, Optional<String> closed) {

    public boolean stayedOpen() {
        return closed.isEmpty();
    }
}
