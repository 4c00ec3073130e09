package dev.tminus.alerting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.profile.Alerting;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Secrets;
import io.qameta.allure.restassured.AllureRestAssured;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One HTTP API (Alertmanager's or Prometheus's) of one profile: a REST Assured request specification
 * with the base URI, the bearer token when the profile gives one (hidden from the report), the
 * profile's timeout for connect and read, and the Allure filter that attaches each exchange. No
 * global REST Assured state is touched. Answers that are not JSON from the service itself become
 * {@link ProbeException}s that say what answered instead.
 */
public final class AlertingHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String service;
    private final URI base;
    private final Duration timeout;
    private final RequestSpecification spec;

    public AlertingHttp(String service, URI base, Alerting alerting) {
        this.service = service;
        this.base = base;
        this.timeout = alerting.timeout();
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        RestAssuredConfig config = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", millis)
                        .setParam("http.socket.timeout", millis)
                        .setParam("http.connection-manager.timeout", (long) millis))
                .logConfig(LogConfig.logConfig().blacklistHeader("Authorization"));
        RequestSpecBuilder builder = new RequestSpecBuilder().setBaseUri(base).setConfig(config)
                .setAccept("application/json").addFilter(new AllureRestAssured());
        alerting.bearerToken().ifPresent(token -> builder.addHeader("Authorization", "Bearer " + token.reveal()));
        this.spec = builder.build();
    }

    public URI base() {
        return base;
    }

    public String service() {
        return service;
    }

    /** GET {@code path} and parse the JSON answer; anything else is a {@link ProbeException}. */
    public JsonNode getJson(String path, Map<String, String> query) {
        Response response = get(path, query);
        String body = response.asString();
        if (response.statusCode() != 200) {
            throw notOk(path, response.statusCode(), response.contentType(), body);
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProbeException.Garbage(couldNot(path) + " answered HTTP 200, but not with JSON (" + describe(response.contentType(), body)
                    + "). Is " + base + " really " + service + "'s API? Fix the URL in the profile, then re-run.", e);
        }
    }

    /** GET {@code path}; the status code (e.g. {@code /-/ready}: 200 ready, 503 not yet). */
    public int status(String path) {
        return get(path, Map.of()).statusCode();
    }

    private Response get(String path, Map<String, String> query) {
        try {
            return RestAssured.given().spec(spec).queryParams(query).get(path);
        } catch (Exception e) { // REST Assured rethrows checked I/O exceptions undeclared
            throw translate(path, e);
        }
    }

    private ProbeException translate(String path, Exception e) {
        Throwable culprit = Cause.culprit(e);
        String what = couldNot(path);
        return switch (Cause.of(e)) {
            case TIMEOUT -> ProbeException.of(Cause.TIMEOUT, what + " got no answer within " + Durations.format(timeout)
                    + " (alerting.timeout). Check that " + service + " is up and not overloaded, then re-run.", e);
            case REFUSED -> ProbeException.of(Cause.REFUSED, what + ": " + service + " is unreachable ("
                    + culprit.getClass().getSimpleName() + ": " + Secrets.mask(String.valueOf(culprit.getMessage()))
                    + "). Start it or fix the URL in the profile, then re-run.", e);
            default -> new ProbeException.Unreachable(what + ": " + service + " is unreachable ("
                    + Secrets.mask(String.valueOf(e)) + "). Check the URL and the network path, then re-run.", e);
        };
    }

    private ProbeException notOk(String path, int status, String contentType, String body) {
        String what = couldNot(path);
        if (looksLikeHtml(contentType, body)) {
            return new ProbeException.Garbage(what + " answered HTTP " + status + " with an HTML error page (" + title(body)
                    + ") instead of " + service + "'s JSON: something in front of " + service
                    + " (a proxy or load balancer) answered, not " + service + " itself. Check the proxy's upstream, then re-run.", null);
        }
        if (status == 401 || status == 403) {
            return new ProbeException.Garbage(what + " was refused with HTTP " + status
                    + ": check alerting.bearerToken and its environment variable, then re-run.", null);
        }
        return new ProbeException.Garbage(what + " answered HTTP " + status + " (" + describe(contentType, body)
                + "). Check " + service + "'s log, then re-run.", null);
    }

    private String couldNot(String path) {
        return "Could not check: " + service + " at " + Secrets.mask(base.toString()) + path;
    }

    private static boolean looksLikeHtml(String contentType, String body) {
        return (contentType != null && contentType.toLowerCase().contains("html")) || body.stripLeading().startsWith("<");
    }

    private static String title(String body) {
        var m = java.util.regex.Pattern.compile("(?is)<title>(.*?)</title>").matcher(body);
        return m.find() ? "\"" + m.group(1).strip() + "\"" : "untitled";
    }

    private static String describe(String contentType, String body) {
        String start = body.strip().replaceAll("\\s+", " ");
        return (contentType == null || contentType.isBlank() ? "no content type" : contentType) + ": \""
                + Secrets.mask(start.length() > 80 ? start.substring(0, 80) + "…" : start) + "\"";
    }
}
