package dev.tminus.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.ProbeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads Prometheus's HTTP API: build info, the alerting rules it has loaded, pending and firing alerts. */
public final class PrometheusProbe {

    private final AlertingHttp http;

    public PrometheusProbe(AlertingHttp http) {
        this.http = http;
    }

    public ServiceStatus status() {
        JsonNode info = data("/api/v1/status/buildinfo", Map.of());
        int ready = http.status("/-/ready");
        return new ServiceStatus("Prometheus", http.base().toString(), ready, info.path("version").asText(""),
                info.path("revision").asText(""), "", info.toPrettyString());
    }

    /** Every alerting rule of every group, as loaded. */
    public List<LoadedRule> rules() {
        JsonNode data = data("/api/v1/rules", Map.of("type", "alert"));
        List<LoadedRule> out = new ArrayList<>();
        for (JsonNode group : data.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                if (!"alerting".equals(rule.path("type").asText())) {
                    continue;
                }
                out.add(new LoadedRule(group.path("name").asText(), group.path("file").asText(),
                        rule.path("name").asText(), rule.path("query").asText(),
                        Duration.ofMillis(Math.round(rule.path("duration").asDouble(0) * 1000)),
                        labels(rule.path("labels")), rule.path("health").asText("unknown"),
                        rule.path("lastError").asText(""), rule.path("state").asText("")));
            }
        }
        return List.copyOf(out);
    }

    /** Alerts that are pending or firing right now. */
    public List<ActiveAlert> alerts() {
        JsonNode data = data("/api/v1/alerts", Map.of());
        List<ActiveAlert> out = new ArrayList<>();
        for (JsonNode alert : data.path("alerts")) {
            out.add(new ActiveAlert("Prometheus", labels(alert.path("labels")), alert.path("state").asText(),
                    alert.path("activeAt").asText("")));
        }
        return List.copyOf(out);
    }

    private JsonNode data(String path, Map<String, String> query) {
        JsonNode answer = http.getJson(path, query);
        if (!"success".equals(answer.path("status").asText())) {
            throw new ProbeException.Garbage("Could not check: Prometheus at " + http.base() + path + " answered status \""
                    + answer.path("status").asText() + "\": " + answer.path("error").asText("no error given"), null);
        }
        return answer.path("data");
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new TreeMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }
}
