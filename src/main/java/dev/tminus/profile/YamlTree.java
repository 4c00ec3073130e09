package dev.tminus.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Reads profile files as YAML trees and merges {@code extends} parents underneath. */
final class YamlTree {

    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().build().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

    private final Path basedir;

    YamlTree(Path basedir) {
        this.basedir = basedir;
    }

    static String relative(String name) {
        return "environments/" + name + ".yaml";
    }

    /** The profile's tree with every parent merged underneath (maps merge, lists replace). */
    ObjectNode read(String name) {
        return read(name, new ArrayList<>());
    }

    private ObjectNode read(String name, List<String> chain) {
        String file = relative(name);
        if (chain.contains(name)) {
            List<String> cycle = new ArrayList<>(chain);
            cycle.add(name);
            throw new ProfileException(List.of(relative(chain.get(0)) + ": extends: expected a chain of parents"
                    + " that ends, got the cycle " + String.join(" → ", cycle)));
        }
        ObjectNode tree = parse(name, chain.isEmpty() ? null : chain.get(chain.size() - 1));
        chain.add(name);
        JsonNode parent = tree.remove("extends");
        if (parent == null || parent.isNull()) {
            return tree;
        }
        if (!parent.isTextual() || parent.asText().isBlank()) {
            throw new ProfileException(List.of(file + ": extends: expected the name of another profile, got "
                    + Node.describe(parent)));
        }
        ObjectNode base = read(parent.asText(), chain);
        return merge(base, tree);
    }

    private ObjectNode parse(String name, String child) {
        Path path = basedir.resolve(relative(name));
        if (!Files.isRegularFile(path)) {
            String where = child == null ? relative(name) : relative(child) + ": extends";
            throw new ProfileException(List.of(where + ": expected an existing profile, got \"" + name
                    + "\" (no " + relative(name) + "; available: " + available() + ")"));
        }
        try {
            JsonNode tree = YAML.readTree(path.toFile());
            if (tree == null || !tree.isObject()) {
                throw new ProfileException(List.of(relative(name) + ": expected a mapping at the top level"
                        + " (name:, launch:, dns:, ...), got " + (tree == null ? "an empty file" : Node.describe(tree))));
            }
            return (ObjectNode) tree;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String at = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
            throw new ProfileException(List.of(relative(name) + ": " + at + "expected valid YAML, got: "
                    + e.getOriginalMessage().lines().findFirst().orElse("unreadable input")));
        } catch (IOException e) {
            throw new ProfileException(List.of(relative(name) + ": cannot be read: " + e.getMessage()));
        }
    }

    /** Names of the profiles in environments/, for hints. */
    String available() {
        try (Stream<Path> files = Files.list(basedir.resolve("environments"))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.endsWith(".example.yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
            return names.isEmpty() ? "none" : String.join(", ", names);
        } catch (IOException e) {
            return "none (no environments/ directory)";
        }
    }

    /** {@code top} over {@code base}: mappings merge key by key, everything else replaces. */
    static ObjectNode merge(ObjectNode base, ObjectNode top) {
        ObjectNode out = base.deepCopy();
        for (Iterator<String> it = top.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            JsonNode value = top.get(key);
            JsonNode under = out.get(key);
            if (value.isObject() && under != null && under.isObject()) {
                out.set(key, merge((ObjectNode) under, (ObjectNode) value));
            } else {
                out.set(key, value.deepCopy());
            }
        }
        return out;
    }
}
