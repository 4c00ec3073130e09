package dev.tminus.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * {@code reports/readiness.json}: the verdict for machines (CI, dashboards, the gate).
 * <pre>{@code {"verdict": "NOT READY", "headline": "...", "env": "staging", ..., "vantages": [],
 *  "counts": {"dns": {"passed": 12, "failed": 1, ..., "not_due_yet": 0, ..., "skipped": 0}}, "blockers": [{"outcome": "failed",
 *  "severity": "blocker", "check": "DNS-03", "item": "...", "reason": "...", "owner": "netops", "redAt": []}],
 *  "items": [...], "escalation": {"highest": "L3", "summary": "L3: roll back recommended"}}}</pre>
 */
public final class ReadinessJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadinessJson() {
    }

    public static String render(Readiness r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("verdict", r.verdict().words());
        root.put("headline", r.headline());
        root.put("env", r.env());
        root.put("release", r.release());
        root.put("t0", r.t0());
        root.put("phase", r.phase());
        r.vantages().forEach(root.putArray("vantages")::add);
        r.areas().forEach(root.putArray("areas")::add);
        ObjectNode counts = root.putObject("counts");
        for (String tag : r.areas()) {
            ObjectNode c = counts.putObject(tag);
            for (Outcome o : Outcome.values()) {
                c.put(o.key(), r.count(tag, o));
            }
            c.put("skipped", Outcome.SKIPS.stream().mapToInt(o -> r.count(tag, o)).sum()); // every kind of skip
        }
        ArrayNode blockers = root.putArray("blockers");
        r.blockers().forEach(b -> blockers.add(item(b)));
        ArrayNode items = root.putArray("items");
        r.items().forEach(i -> items.add(item(i)));
        r.escalation().ifPresentOrElse(e -> {
            ObjectNode esc = root.putObject("escalation");
            e.highest().ifPresentOrElse(h -> esc.put("highest", h), () -> esc.putNull("highest"));
            esc.put("summary", e.headline());
        }, () -> root.putNull("escalation"));
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        root.put("generated", r.generated().toString());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode item(ReadinessItem i) {
        ObjectNode node = JSON.createObjectNode();
        node.put("outcome", i.outcome().key());
        node.put("severity", i.severity());
        node.put("check", i.checkId());
        node.put("area", i.tag());
        node.put("name", i.name());
        node.put("item", i.item());
        node.put("reason", i.reason());
        node.put("owner", i.owner());
        i.redAt().forEach(node.putArray("redAt")::add);
        return node;
    }

    /** The verdict a readiness.json file states. */
    public static Verdict verdictOf(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            return Verdict.parse(root.path("verdict").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
