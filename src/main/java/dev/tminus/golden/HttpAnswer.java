package dev.tminus.golden;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * One answer of an HTTP probe.
 *
 * @param url     the URL asked (as the profile gives it)
 * @param status  the HTTP status answered
 * @param at      when the answer arrived
 * @param elapsed how long it took
 * @param body    the start of the body, on one line, masked
 */
public record HttpAnswer(URI url, int status, Instant at, Duration elapsed, String body) {
}
