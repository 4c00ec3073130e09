package dev.tminus.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one round of {@code make golden-hour} learned from the escalation file the GH-05 check
 * wrote: the window, the highest level reached and the worst SLO.
 *
 * @param exitCode  the exit status of that round's {@code mvn verify}
 * @param highest   the highest escalation level reached ({@code L1}..{@code L3}), if any breach
 * @param worst     the worst SLO of the round, if any SLO had a value
 */
public record WatchRound(int round, int exitCode, Instant from, Instant windowEnd, Duration step,
                         Optional<String> highest, String summary, Optional<WorstSlo> worst) {

    /** The SLO closest to or furthest beyond its bound. */
    public record WorstSlo(String slo, String level, String state, String worst, String bound, double badness) {

        public String describe() {
            return slo + " " + worst + " (" + bound + ", " + level + (state.equals("OK") ? "" : ", " + state) + ")";
        }
    }

    /** Reads the escalation file's tree; empty fields where the run did not get that far. */
    public static WatchRound of(int round, int exitCode, JsonNode escalation) {
        JsonNode w = escalation.path("worst");
        Optional<WorstSlo> worst = w.isObject() && w.path("badness").isNumber()
                ? Optional.of(new WorstSlo(w.path("slo").asText(), w.path("level").asText(), w.path("state").asText(),
                w.path("worst").asText(), w.path("bound").asText(), w.path("badness").asDouble()))
                : Optional.empty();
        Duration step = dev.tminus.profile.Durations.parse(escalation.path("step").asText("")).orElse(Duration.ofMinutes(1));
        return new WatchRound(round, exitCode, Instant.parse(escalation.path("from").asText()),
                Instant.parse(escalation.path("windowEnd").asText()), step,
                escalation.path("highest").isTextual() ? Optional.of(escalation.path("highest").asText()) : Optional.empty(),
                escalation.path("summary").asText(""), worst);
    }

    public boolean rollBack() {
        return highest.filter("L3"::equals).isPresent();
    }
}
