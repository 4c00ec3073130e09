package dev.tminus.golden;

import dev.tminus.alerting.Silence;
import java.time.Instant;

/**
 * A silence as Alertmanager reports it, reduced to what the golden hour asks: is it still muting?
 *
 * @param state {@code active}, {@code pending} or {@code expired}, as Alertmanager says
 * @param matchers the matchers in Alertmanager's own spelling, e.g. {@code alertname="HighLatency"}
 */
public record ReleaseSilence(String id, String state, Instant startsAt, Instant endsAt, String createdBy,
                             String comment, String matchers) {

    /** The golden hour's view of a silence read by the silence area's Alertmanager probe. */
    public static ReleaseSilence of(Silence silence) {
        String matchers = silence.matcherText();
        return new ReleaseSilence(silence.id(), silence.state(), silence.startsAt(), silence.endsAt(),
                silence.createdBy(), silence.comment(), matchers);
    }

    /** Active or pending: it mutes now, or will. */
    public boolean mutes() {
        return "active".equals(state) || "pending".equals(state);
    }
}
