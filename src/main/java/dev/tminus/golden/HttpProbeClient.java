package dev.tminus.golden;

import dev.tminus.profile.Secrets;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Asks a URL once (GET, redirects not followed: a redirect to a login page is not health) and
 * reports the status. Nothing listening, a reset or the timeout is a {@link dev.tminus.ProbeException}.
 */
public final class HttpProbeClient {

    private static final int BODY = 120;

    private final RequestSpecification spec;
    private final Duration timeout;
    private final Clock clock;

    public HttpProbeClient(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        this.spec = new RequestSpecBuilder()
                .setConfig(RestAssuredConfig.config()
                        .redirect(RedirectConfig.redirectConfig().followRedirects(false))
                        .httpClient(HttpClientConfig.httpClientConfig()
                                .setParam("http.connection.timeout", millis)
                                .setParam("http.socket.timeout", millis)
                                .setParam("http.connection-manager.timeout", (long) millis)))
                .build();
    }

    public HttpAnswer get(URI url) {
        Instant start = clock.instant();
        Response response;
        try {
            response = RestAssured.given(spec).urlEncodingEnabled(false).get(url);
        } catch (Exception e) {
            throw Failures.of("The probe URL", url.toString(), timeout, e);
        }
        Instant end = clock.instant();
        String body = Secrets.mask(response.asString()).replaceAll("\\s+", " ").strip();
        if (body.length() > BODY) {
            body = body.substring(0, BODY) + "…";
        }
        return new HttpAnswer(url, response.statusCode(), end, Duration.between(start, end), body);
    }
}
