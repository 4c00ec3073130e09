package dev.tminus.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tminus.ProbeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Alertmanager's routing tree, evaluated with Alertmanager's rules: the root matches every alert; at
 * each node the children are tried in order, an alert descends into the first child that matches and
 * stops there unless that child has {@code continue: true}; a node none of whose children match
 * delivers to its own receiver; a child without a receiver inherits its parent's. A child matches when
 * all of its {@code matchers}, {@code match} (equality) and {@code match_re} (anchored regex) match.
 */
public final class RoutingTree {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Route root;

    private RoutingTree(Route root) {
        this.root = root;
    }

    /** One node of the tree. */
    public record Route(String receiver, List<Matcher> matchers, boolean continues, List<Route> children) {
        public Route {
            matchers = List.copyOf(matchers);
            children = List.copyOf(children);
        }

        boolean matches(Map<String, String> labels) {
            return matchers.stream().allMatch(m -> m.matches(labels));
        }

        String label() {
            return matchers.isEmpty() ? "(any)" : matchers.stream().map(Matcher::toString).collect(Collectors.joining(", ", "{", "}"));
        }
    }

    /**
     * Where an alert goes.
     *
     * @param receivers every receiver it is delivered to, in order
     * @param paths     for each, the route path: {@code root → {severity="critical"} → pager-l2}
     */
    public record Decision(List<String> receivers, List<String> paths) {
        public Decision {
            receivers = List.copyOf(receivers);
            paths = List.copyOf(paths);
        }
    }

    /** Parses the YAML of {@code config.original}. */
    public static RoutingTree parse(String yaml) {
        try {
            JsonNode route = YAML.readTree(yaml).path("route");
            if (route.isMissingNode() || route.isNull()) {
                throw new ProbeException.Garbage("Could not check: Alertmanager's loaded configuration has no route", null);
            }
            return new RoutingTree(route(route, ""));
        } catch (IOException e) {
            throw new ProbeException.Garbage("Could not check: Alertmanager's loaded configuration is not YAML: "
                    + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ProbeException.Garbage("Could not check: Alertmanager's routing tree has a matcher T-Minus cannot read: "
                    + e.getMessage(), e);
        }
    }

    public Route root() {
        return root;
    }

    /** The receivers an alert with these labels is delivered to. */
    public Decision route(Map<String, String> labels) {
        List<String> receivers = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        descend(root, labels, "root", receivers, paths);
        return new Decision(receivers, paths);
    }

    private static void descend(Route node, Map<String, String> labels, String path,
                                List<String> receivers, List<String> paths) {
        boolean matchedChild = false;
        for (Route child : node.children()) {
            if (child.matches(labels)) {
                matchedChild = true;
                descend(child, labels, path + " → " + child.label(), receivers, paths);
                if (!child.continues()) {
                    break;
                }
            }
        }
        if (!matchedChild) {
            receivers.add(node.receiver());
            paths.add(path + " → " + node.receiver());
        }
    }

    private static Route route(JsonNode node, String inherited) {
        String receiver = node.path("receiver").asText(inherited);
        List<Matcher> matchers = new ArrayList<>();
        for (JsonNode line : node.path("matchers")) {
            matchers.addAll(MatcherSyntax.parseLine(line.asText()));
        }
        node.path("match").fields().forEachRemaining(e -> matchers.add(Matcher.of(e.getKey(), Matcher.Op.EQ, e.getValue().asText())));
        node.path("match_re").fields().forEachRemaining(e -> matchers.add(Matcher.of(e.getKey(), Matcher.Op.RE, e.getValue().asText())));
        List<Route> children = new ArrayList<>();
        for (JsonNode child : node.path("routes")) {
            children.add(route(child, receiver));
        }
        return new Route(receiver, matchers, node.path("continue").asBoolean(false), children);
    }
}
