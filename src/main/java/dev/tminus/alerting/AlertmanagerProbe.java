package dev.tminus.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.ProbeException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads Alertmanager's API v2: status (version, cluster, loaded configuration), silences, alerts. Never writes. */
public final class AlertmanagerProbe {

    private final AlertingHttp http;

    public AlertmanagerProbe(AlertingHttp http) {
        this.http = http;
    }

    public ServiceStatus status() {
        JsonNode status = http.getJson("/api/v2/status", Map.of());
        int ready = http.status("/-/ready");
        JsonNode version = status.path("versionInfo");
        return new ServiceStatus("Alertmanager", http.base().toString(), ready, version.path("version").asText(""),
                version.path("revision").asText(""), status.path("cluster").path("status").asText(""),
                status.toPrettyString());
    }

    /** The routing tree Alertmanager has loaded, from {@code config.original} of {@code /api/v2/status}. */
    public RoutingTree routingTree() {
        JsonNode status = http.getJson("/api/v2/status", Map.of());
        String yaml = status.path("config").path("original").asText("");
        if (yaml.isBlank()) {
            throw new ProbeException.Garbage("Could not check: Alertmanager at " + http.base()
                    + "/api/v2/status has no config.original; is this Alertmanager 0.16 or newer?", null);
        }
        return RoutingTree.parse(yaml);
    }

    /** Every silence Alertmanager knows, expired ones included (they carry {@code state: expired}). */
    public List<Silence> silences() {
        JsonNode all = http.getJson("/api/v2/silences", Map.of());
        if (!all.isArray()) {
            throw garbage("/api/v2/silences", "a JSON array of silences", all);
        }
        List<Silence> out = new ArrayList<>();
        for (JsonNode s : all) {
            List<Matcher> matchers = new ArrayList<>();
            for (JsonNode m : s.path("matchers")) {
                // isEqual arrived in 0.22; an older Alertmanager omits it and means "equal"
                matchers.add(new Matcher(m.path("name").asText(), m.path("value").asText(),
                        m.path("isRegex").asBoolean(false), m.path("isEqual").asBoolean(true)));
            }
            try {
                out.add(new Silence(s.path("id").asText(), s.path("status").path("state").asText(), matchers,
                        Instant.parse(s.path("startsAt").asText()), Instant.parse(s.path("endsAt").asText()),
                        Instant.parse(s.path("updatedAt").asText()), s.path("createdBy").asText(""),
                        s.path("comment").asText(""), s.toPrettyString()));
            } catch (DateTimeParseException e) {
                throw garbage("/api/v2/silences", "ISO-8601 startsAt, endsAt and updatedAt", s);
            }
        }
        return List.copyOf(out);
    }

    /** Alerts Alertmanager holds as firing (active, silenced or inhibited); resolved ones are not served. */
    public List<ActiveAlert> alerts() {
        JsonNode all = http.getJson("/api/v2/alerts", Map.of());
        if (!all.isArray()) {
            throw garbage("/api/v2/alerts", "a JSON array of alerts", all);
        }
        List<ActiveAlert> out = new ArrayList<>();
        for (JsonNode a : all) {
            Map<String, String> labels = new TreeMap<>();
            a.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            out.add(new ActiveAlert("Alertmanager", labels, a.path("status").path("state").asText("active"),
                    a.path("startsAt").asText("")));
        }
        return List.copyOf(out);
    }

    private ProbeException garbage(String path, String expected, JsonNode got) {
        String text = got.toString();
        return new ProbeException.Garbage("Could not check: Alertmanager at " + http.base() + path + " did not answer "
                + expected + " but " + (text.length() > 120 ? text.substring(0, 120) + "…" : text), null);
    }
}
