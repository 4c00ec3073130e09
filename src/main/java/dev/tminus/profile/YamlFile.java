package dev.tminus.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one profile file into a tree whose scalars are the text exactly as written ({@code 1.10}
 * stays {@code 1.10}, {@code 053} stays {@code 053}, {@code yes} stays {@code yes}): the readers
 * decide what a value means, not YAML's type guessing. A key written twice is a problem (the first
 * value is kept); aliases of mappings and lists are expanded. An empty value ({@code timeout:} or {@code timeout: ""}) reads as
 * nothing, which the readers report, never as a default.
 */
final class YamlFile {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private final List<String> problems;

    private YamlFile(String file, List<String> problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * The file's top-level mapping, or a {@link ProfileException} naming the file when it is no
     * YAML mapping at all. Duplicate keys and aliases that cannot be expanded are added to
     * {@code problems} (one line each), so they are reported with the rest of the file's problems.
     */
    static ObjectNode read(Path path, String file, List<String> problems) {
        return new YamlFile(file, problems).read(path);
    }

    private ObjectNode read(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw new ProfileException(List.of(file + ": expected a readable file, got " + e.getClass().getSimpleName()
                    + " (" + e.getMessage() + ")"));
        }
        try (YAMLParser parser = (YAMLParser) FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw top("an empty file");
            }
            JsonNode tree = value(parser, first, "");
            if (!tree.isObject()) {
                throw top(Node.describe(tree));
            }
            return (ObjectNode) tree;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String at = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
            String reason = e.getOriginalMessage().lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                    .collect(Collectors.joining("; "));
            throw new ProfileException(List.of(file + ": " + at + "expected valid YAML, got a syntax error ("
                    + reason + ")"));
        } catch (IOException e) {
            throw new ProfileException(List.of(file + ": expected a readable file, got " + e.getMessage()));
        }
    }

    private ProfileException top(String got) {
        return new ProfileException(List.of(file + ": expected a mapping at the top level (name:, launch:, dns:, ...),"
                + " got " + got));
    }

    private JsonNode value(YAMLParser p, JsonToken token, String path) throws IOException {
        if (p.isCurrentAlias()) {
            JsonNode target = anchors.get(p.getText());
            if (target == null) {
                problems.add(file + ": " + where(path) + "expected a value, got the alias *" + p.getText()
                        + " which T-Minus cannot expand (only aliases of mappings and lists are); write the value");
                return NODES.nullNode();
            }
            return target.deepCopy();
        }
        String anchor = token.isStructStart() && p.getObjectId() != null ? p.getObjectId().toString() : null;
        JsonNode node;
        if (token == JsonToken.START_OBJECT) {
            node = mapping(p, path);
        } else if (token == JsonToken.START_ARRAY) {
            ArrayNode list = NODES.arrayNode();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                list.add(value(p, t, path + "[" + list.size() + "]"));
            }
            node = list;
        } else if (token == JsonToken.VALUE_NULL || p.getText().isEmpty()) {
            node = NODES.nullNode();
        } else {
            node = NODES.textNode(p.getText());
        }
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private ObjectNode mapping(YAMLParser p, String path) throws IOException {
        ObjectNode map = NODES.objectNode();
        Map<String, Integer> lines = new HashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            int line = p.currentLocation().getLineNr();
            String childPath = path.isEmpty() ? key : path + "." + key;
            JsonNode child = value(p, p.nextToken(), childPath);
            if (lines.containsKey(key)) {
                problems.add(file + ": " + childPath + ": expected each key once per mapping, got it twice (lines "
                        + lines.get(key) + " and " + line + ")");
            } else {
                lines.put(key, line);
                map.set(key, child);
            }
        }
        return map;
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

}
