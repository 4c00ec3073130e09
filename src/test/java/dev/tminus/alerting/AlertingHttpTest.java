package dev.tminus.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.tminus.ProbeException;
import dev.tminus.profile.Alerting;
import dev.tminus.profile.Secret;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the HTTP layer of the alerting probes makes of real-world answers: COULD NOT CHECK, said clearly. */
class AlertingHttpTest {

    HttpServer server;
    final AtomicReference<String> authorization = new AtomicReference<>();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/json", e -> {
            authorization.set(e.getRequestHeaders().getFirst("Authorization"));
            answer(e, 200, "application/json", "{\"status\":\"success\"}");
        });
        server.createContext("/bad-gateway", e -> answer(e, 502, "text/html",
                "<html>\n<head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center></body></html>"));
        server.createContext("/text", e -> answer(e, 200, "text/plain", "Prometheus Time Series Collection and Processing Server"));
        server.createContext("/slow", e -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            answer(e, 200, "application/json", "{}");
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sends_the_bearer_token_and_parses_json() {
        // GIVEN a profile with a bearer token / WHEN a JSON endpoint is read
        AlertingHttp http = http(base(), Optional.of(new Secret("tok-123456", "ALERTING_TOKEN")));

        // THEN the token went along, and the answer is parsed
        assertThat(http.getJson("/json", Map.of()).path("status").asText()).isEqualTo("success");
        assertThat(authorization.get()).isEqualTo("Bearer tok-123456");
    }

    @Test
    void an_html_error_page_from_a_proxy_is_could_not_check_and_says_who_answered() {
        AlertingHttp http = http(base(), Optional.empty());

        assertThatThrownBy(() -> http.getJson("/bad-gateway", Map.of())).isInstanceOf(ProbeException.Garbage.class)
                .hasMessage("Could not check: Prometheus at " + base() + "/bad-gateway answered HTTP 502 with an HTML error page"
                        + " (\"502 Bad Gateway\") instead of Prometheus's JSON: something in front of Prometheus (a proxy or"
                        + " load balancer) answered, not Prometheus itself. Check the proxy's upstream, then re-run.");
    }

    @Test
    void a_non_json_answer_is_could_not_check() {
        AlertingHttp http = http(base(), Optional.empty());

        assertThatThrownBy(() -> http.getJson("/text", Map.of())).isInstanceOf(ProbeException.Garbage.class)
                .hasMessage("Could not check: Prometheus at " + base() + "/text answered HTTP 200, but not with JSON (text/plain:"
                        + " \"Prometheus Time Series Collection and Processing Server\"). Is " + base()
                        + " really Prometheus's API? Fix the URL in the profile, then re-run.");
    }

    @Test
    void nothing_listening_is_unreachable() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        AlertingHttp http = http(URI.create("http://127.0.0.1:" + port), Optional.empty());

        assertThatThrownBy(() -> http.getJson("/api/v1/rules", Map.of())).isInstanceOf(ProbeException.Unreachable.class)
                .hasMessageStartingWith("Could not check: Prometheus at http://127.0.0.1:" + port
                        + "/api/v1/rules: Prometheus is unreachable (ConnectException: ")
                .hasMessageEndingWith("). Start it or fix the URL in the profile, then re-run.");
    }

    @Test
    void a_silent_server_times_out_within_the_profile_timeout() {
        AlertingHttp http = http(base(), Optional.empty());

        assertThatThrownBy(() -> http.getJson("/slow", Map.of())).isInstanceOf(ProbeException.Timeout.class)
                .hasMessage("Could not check: Prometheus at " + base() + "/slow got no answer within 300ms"
                        + " (alerting.timeout). Check that Prometheus is up and not overloaded, then re-run.");
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static AlertingHttp http(URI base, Optional<Secret> token) {
        Alerting alerting = Alerting.builder(base, base).bearerToken(token).timeout(Duration.ofMillis(300)).build();
        return new AlertingHttp("Prometheus", base, alerting);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange e, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", type);
        e.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }
}
