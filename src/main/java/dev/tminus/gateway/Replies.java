package dev.tminus.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * What of a heartbeat reply says which build answered. A JSON reply is compared with its numbers
 * blanked (timestamps, sequence numbers and latencies differ on every reply) and its keys and strings
 * kept (a version, a field an old build lacks); any other reply is compared as it is.
 */
public final class Replies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Replies() {
    }

    /** {@code {"op":"pong","build":"v1.2.0","ts":1733212345}} → {@code {"build":"v1.2.0","op":"pong","ts":0}}. */
    public static String comparable(String reply) {
        String trimmed = reply.strip();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return reply;
        }
        try {
            JsonNode tree = JSON.readTree(trimmed);
            return JSON.writeValueAsString(blank(tree));
        } catch (java.io.IOException e) {
            return reply;
        }
    }

    private static JsonNode blank(JsonNode node) {
        if (node.isNumber()) {
            return IntNode.valueOf(0);
        }
        if (node.isObject()) {
            ObjectNode sorted = JSON.createObjectNode();
            java.util.TreeMap<String, JsonNode> fields = new java.util.TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), blank(field.getValue()));
            }
            fields.forEach(sorted::set);
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = JSON.createArrayNode();
            node.forEach(item -> array.add(blank(item)));
            return array;
        }
        return node;
    }
}
