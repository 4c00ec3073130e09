package dev.tminus.sandbox.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.profile.Alerting.SilencePlan;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates the release silences in the sandbox's Alertmanager the way a deployment pipeline does: one
 * silence per planned alert, equality matchers on its labels, the planned window, the release id in
 * the comment and the pipeline as author. Faults bend exactly one of these habits (their names are here). Everything it
 * created is expired again on {@link #expireAll()} (Alertmanager has no real delete).
 */
public final class ReleaseSilences {

    public static final String MISSING = "silence-missing";
    static final String OVER_BROAD = "silence-over-broad";
    static final String NEGATIVE_ABSENT = "silence-negative-matcher-absent-label";
    static final String WITHOUT_RELEASE = "silence-without-release";
    static final String TOO_LONG = "silence-too-long";
    static final String DRIFTED = "silence-window-drifted";
    public static final String AUTHOR = "deploy-pipeline (launch job #4711)";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI alertmanager;
    private final List<String> created = new ArrayList<>();

    ReleaseSilences(URI alertmanager) {
        this.alertmanager = alertmanager;
    }

    /** Creates the silences the plan calls for, bent as the setup says. */
    public void create(SilencePlan plan, Instant t0, String release, AlertingSetup setup) throws IOException {
        Instant start = plan.startsBy().resolve(java.util.Optional.of(t0));
        Instant end = start.plus(plan.duration());
        String comment = "release " + release + ": rollout and warm-up window (" + plan.startsBy() + " for "
                + dev.tminus.profile.Durations.format(plan.duration()) + ")";
        List<Map<String, String>> alerts = plan.alerts();
        for (int i = 0; i < alerts.size(); i++) {
            if (i == 1 && setup.silenceMissing) {
                continue;
            }
            Instant until = end;
            String note = comment;
            String author = AUTHOR;
            if (i == 0 && setup.silenceTooLong) {
                until = t0.plus(Duration.ofMinutes(150));
            }
            if (i == 0 && setup.silenceDrifted) {
                until = end.plus(Duration.ofMinutes(25));
            }
            if (i == 0 && setup.silenceWithoutRelease) {
                note = "rollout window";
                author = "";
            }
            post(equalities(alerts.get(i)), start, until, author, note);
        }
        if (setup.silenceOverBroad) {
            // "silence everything of the rollout": every alert with a service label, any severity
            post(List.of(matcher("service", ".+", true, true), matcher("severity", ".*", true, true)),
                    start, end, AUTHOR, comment + " (all services)");
        }
        if (setup.silenceNegativeMatcherOnAbsentLabel) {
            // meant "gateway alerts except P0", but no rule carries a tier label: tier!="p0" matches them all
            post(List.of(matcher("service", "gateway", false, true), matcher("tier", "p0", false, false)),
                    start, end, AUTHOR, comment + " (gateway, except P0)");
        }
    }

    /** Expires every silence this sandbox created. */
    void expireAll() throws IOException {
        for (String id : created) {
            send(HttpRequest.newBuilder(alertmanager.resolve("/api/v2/silence/" + id)).DELETE(), Set.of(200, 404, 500));
        }
        created.clear();
    }

    private List<ObjectNode> equalities(Map<String, String> labels) {
        var out = new ArrayList<ObjectNode>();
        new LinkedHashMap<>(new java.util.TreeMap<>(labels)).forEach((k, v) -> out.add(matcher(k, v, false, true)));
        return out;
    }

    private ObjectNode matcher(String name, String value, boolean regex, boolean equal) {
        return json.createObjectNode().put("name", name).put("value", value).put("isRegex", regex).put("isEqual", equal);
    }

    private void post(List<ObjectNode> matchers, Instant start, Instant end, String author, String comment)
            throws IOException {
        ObjectNode body = json.createObjectNode();
        ArrayNode array = body.putArray("matchers");
        matchers.forEach(array::add);
        body.put("startsAt", start.toString()).put("endsAt", end.toString())
                .put("createdBy", author).put("comment", comment);
        String answer = send(HttpRequest.newBuilder(alertmanager.resolve("/api/v2/silences"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), Set.of(200));
        created.add(json.readTree(answer).path("silenceID").asText());
    }

    private String send(HttpRequest.Builder request, Set<Integer> expected) throws IOException {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (!expected.contains(response.statusCode())) {
                throw new IOException("Alertmanager answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
