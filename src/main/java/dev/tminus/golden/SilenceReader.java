package dev.tminus.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tminus.ProbeException;
import dev.tminus.profile.Secret;
import dev.tminus.profile.Secrets;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads every silence from Alertmanager ({@code GET /api/v2/silences}); never creates or expires one. */
public final class SilenceReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestSpecification spec;
    private final String where;
    private final Duration timeout;

    public SilenceReader(URI alertmanager, Optional<Secret> bearerToken, Duration timeout) {
        this.where = Secrets.mask(alertmanager.toString());
        this.timeout = timeout;
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        RequestSpecBuilder builder = new RequestSpecBuilder().setBaseUri(alertmanager.toString())
                .setConfig(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", millis)
                        .setParam("http.socket.timeout", millis)
                        .setParam("http.connection-manager.timeout", (long) millis)));
        bearerToken.ifPresent(token -> builder.addHeader("Authorization", "Bearer " + token.reveal()));
        this.spec = builder.build();
    }

    public String where() {
        return where;
    }

    public List<ReleaseSilence> all() {
        Response response;
        try {
            response = RestAssured.given(spec).get("/api/v2/silences");
        } catch (Exception e) {
            throw Failures.of("Alertmanager", where + "/api/v2/silences", timeout, e);
        }
        String body = response.asString();
        if (response.statusCode() != 200 || !body.strip().startsWith("[")) {
            throw new ProbeException.Garbage("Alertmanager at " + where + " did not list its silences: HTTP "
                    + response.statusCode() + " " + RangeAnswer.snippet(body) + ".\n"
                    + "Check that alerting.alertmanager points at Alertmanager's API (…/api/v2/silences).", null);
        }
        try {
            List<ReleaseSilence> silences = new ArrayList<>();
            for (JsonNode s : JSON.readTree(body)) {
                silences.add(new ReleaseSilence(s.path("id").asText(), s.path("status").path("state").asText(),
                        Instant.parse(s.path("startsAt").asText()), Instant.parse(s.path("endsAt").asText()),
                        s.path("createdBy").asText(), s.path("comment").asText(), matchers(s.path("matchers"))));
            }
            return silences;
        } catch (java.io.IOException | DateTimeParseException e) {
            throw new ProbeException.Garbage("Alertmanager at " + where + " listed silences that cannot be read: "
                    + RangeAnswer.snippet(body), e);
        }
    }

    private static String matchers(JsonNode matchers) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : matchers) {
            boolean equal = m.path("isEqual").asBoolean(true);
            boolean regex = m.path("isRegex").asBoolean(false);
            String op = equal ? (regex ? "=~" : "=") : (regex ? "!~" : "!=");
            out.add(m.path("name").asText() + op + "\"" + m.path("value").asText() + "\"");
        }
        return out.stream().collect(Collectors.joining(", ", "{", "}"));
    }
}
