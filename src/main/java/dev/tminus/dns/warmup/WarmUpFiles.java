package dev.tminus.dns.warmup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code reports/warm-up.md} and {@code reports/warm-up.json}: the last warm-up's table. The
 * checklist's DNS-08 attaches the Markdown to its result when the last warm-up was for the same
 * environment.
 */
public final class WarmUpFiles {

    public static final String MARKDOWN = "warm-up.md";
    public static final String JSON = "warm-up.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WarmUpFiles() {
    }

    public static void write(Path reports, WarmUpResult r) throws IOException {
        Files.createDirectories(reports);
        replace(reports.resolve(MARKDOWN), WarmUpTable.markdown(r));
        replace(reports.resolve(JSON), MAPPER.writeValueAsString(json(r)) + "\n");
    }

    /** The last warm-up's Markdown and its finish time, when it was run for {@code env}. */
    public static Optional<Latest> latest(Path reports, String env) {
        try {
            JsonNode json = MAPPER.readTree(reports.resolve(JSON).toFile());
            if (!env.equals(json.path("env").asText()) || !Files.exists(reports.resolve(MARKDOWN))) {
                return Optional.empty();
            }
            return Optional.of(new Latest(json.path("finished").asText(), Files.readString(reports.resolve(MARKDOWN))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** @param finished ISO instant */
    public record Latest(String finished, String markdown) {
    }

    static ObjectNode json(WarmUpResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("env", r.env());
        root.put("started", r.started().toString());
        root.put("finished", r.finished().toString());
        root.put("interrupted", r.interrupted());
        root.put("exitCode", r.exitCode());
        root.put("verdict", r.verdict());
        root.put("referenceTtl", r.fromAuthority() ? "authoritative" : "longest seen");
        root.put("settleMillis", r.settle().toMillis());
        ArrayNode resolvers = root.putArray("resolvers");
        for (ResolverOutcome o : r.resolvers()) {
            ObjectNode n = resolvers.addObject();
            n.put("name", o.resolver().name());
            n.put("endpoint", o.resolver().endpoint());
            o.couldNotCheck().ifPresentOrElse(why -> n.put("couldNotCheck", why), () -> {
                phase(n.putObject("before"), PhaseStats.of(o.cold(), r.referenceTtl()));
                phase(n.putObject("after"), PhaseStats.of(o.warm(), r.referenceTtl()));
            });
            ArrayNode unresolved = n.putArray("unresolved");
            o.unresolved().forEach(unresolved::add);
        }
        ArrayNode rounds = root.putArray("keepWarmRounds");
        r.rounds().forEach(rounds::add);
        return root;
    }

    private static void phase(ObjectNode n, PhaseStats s) {
        n.put("queries", s.queries());
        number(n, "p50Millis", s.p50Millis());
        number(n, "p95Millis", s.p95Millis());
        n.put("fromCache", s.cached());
        n.put("judged", s.judged());
        number(n, "cacheShare", s.cacheShare());
        n.put("failures", s.failed());
        n.put("failureShare", s.failureShare());
    }

    private static void number(ObjectNode n, String key, OptionalDouble d) {
        if (d.isPresent()) {
            n.put(key, Math.round(d.getAsDouble() * 1000) / 1000.0);
        } else {
            n.putNull(key);
        }
    }

    /** Writes a temporary file beside the target, then renames it over the target. */
    static void replace(Path target, String text) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
