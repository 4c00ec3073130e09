package dev.tminus.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.profile.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * {@code target/tminus/escalation.json}: the golden hour's escalation state for the readiness summary
 * and for {@code make golden-hour}. Written atomically (temporary file, then move).
 *
 * <pre>{@code
 * {"release": "...", "t0": "...", "from": "...", "to": "...", "windowEnd": "...", "step": "5s",
 *  "highest": "L3", "summary": "L3: roll back recommended",
 *  "byLevel": {"L3": ["pay 5xx ratio"]},
 *  "worst": {"slo": "pay 5xx ratio", ...},
 *  "slos": [{"slo": "pay 5xx ratio", "level": "L3", "state": "BREACHED", "breaches": 12, "maxBreaches": 0,
 *            "bound": "at most 0.005", "worst": 0.31, "badness": 61.0, "reason": ""}]}
 * }</pre>
 */
public final class EscalationFile {

    public static final Path DEFAULT = Path.of("target", "tminus", "escalation.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private EscalationFile() {
    }

    public static void write(Path file, Escalation escalation) {
        ObjectNode root = JSON.createObjectNode();
        root.put("release", escalation.release());
        root.put("t0", escalation.t0().toString());
        root.put("from", escalation.from().toString());
        root.put("to", escalation.to().toString());
        root.put("windowEnd", escalation.windowEnd().toString());
        root.put("step", dev.tminus.profile.Durations.format(escalation.step()));
        escalation.highest().ifPresentOrElse(l -> root.put("highest", l.name()), () -> root.putNull("highest"));
        root.put("summary", escalation.summary());
        ObjectNode byLevel = root.putObject("byLevel");
        for (Map.Entry<dev.tminus.profile.GoldenHour.Level, List<Escalation.Entry>> e
                : escalation.breachesByLevel().entrySet()) {
            ArrayNode names = byLevel.putArray(e.getKey().name());
            e.getValue().forEach(entry -> names.add(entry.slo()));
        }
        escalation.worst().ifPresentOrElse(w -> root.set("worst", entry(w)), () -> root.putNull("worst"));
        ArrayNode slos = root.putArray("slos");
        escalation.slos().forEach(e -> slos.add(entry(e)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, Secrets.mask(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root)));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The file as a JSON tree, for readers that need only a few fields. */
    public static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    private static ObjectNode entry(Escalation.Entry e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("slo", e.slo());
        node.put("level", e.level().name());
        node.put("state", e.state().name());
        node.put("breaches", e.breaches());
        node.put("maxBreaches", e.maxBreaches());
        node.put("bound", e.bound());
        e.worst().ifPresentOrElse(v -> node.put("worst", Numbers.format(v)), () -> node.putNull("worst"));
        e.badness().filter(Double::isFinite).ifPresentOrElse(v -> node.put("badness", v), () -> node.putNull("badness"));
        node.put("reason", e.reason());
        return node;
    }
}
