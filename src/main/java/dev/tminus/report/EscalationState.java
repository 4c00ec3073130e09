package dev.tminus.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The golden hour's escalation as the golden-hour checks left it in {@code target/tminus/escalation.json}:
 * the highest level reached, its advice ({@code L3: roll back recommended}) and the breached SLOs by level.
 *
 * @param highest  {@code L1}, {@code L2}, {@code L3}, or empty when nothing breached
 * @param summary  one line for people
 * @param byLevel  breached SLO names per level, highest first
 */
public record EscalationState(Optional<String> highest, String summary, Map<String, List<String>> byLevel) {

    public static final Path DEFAULT = Path.of("target", "tminus", "escalation.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    public EscalationState {
        byLevel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLevel));
    }

    /** The file, if it exists and was written at or after {@code since} (older ones belong to another run). */
    public static Optional<EscalationState> read(Path file, Optional<Instant> since) {
        try {
            if (!Files.isRegularFile(file) || since.isPresent()
                    && Files.getLastModifiedTime(file).toInstant().isBefore(since.get())) {
                return Optional.empty();
            }
            JsonNode root = JSON.readTree(file.toFile());
            Optional<String> highest = Optional.ofNullable(root.get("highest")).filter(n -> !n.isNull())
                    .map(JsonNode::asText);
            Map<String, List<String>> byLevel = new LinkedHashMap<>();
            for (String level : List.of("L3", "L2", "L1")) {
                List<String> slos = new ArrayList<>();
                root.path("byLevel").path(level).forEach(n -> slos.add(n.asText()));
                if (!slos.isEmpty()) {
                    byLevel.put(level, List.copyOf(slos));
                }
            }
            return Optional.of(new EscalationState(highest, root.path("summary").asText(""), byLevel));
        } catch (IOException e) {
            return Optional.of(new EscalationState(Optional.empty(),
                    "the golden-hour escalation file " + file + " is unreadable: " + e.getMessage(), Map.of()));
        }
    }

    /** The headline: {@code L3: roll back recommended — pay 5xx ratio}. */
    public String headline() {
        StringBuilder line = new StringBuilder(summary.isBlank() ? highest.orElse("no escalation") : summary);
        highest.map(byLevel::get).filter(s -> !s.isEmpty())
                .ifPresent(slos -> line.append(" — ").append(String.join(", ", slos)));
        return line.toString();
    }
}
