package dev.tminus.sandbox.alerting;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Prometheus as it is while it replays its write-ahead log: its API answers, but {@code /-/ready}
 * says {@code 503 Service Unavailable}. Forwards every other GET to the real Prometheus. Used by the
 * fault that points the profile's Prometheus URL here: the server answered, and said "not ready".
 */
final class NotReadyProxy implements AutoCloseable {

    static final int PORT = 19096;
    private static final String NOT_READY = "Service Unavailable";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI upstream;
    private HttpServer server;

    NotReadyProxy(URI upstream) {
        this.upstream = upstream;
    }

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 10);
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        if (path.equals("/-/ready")) {
            answer(exchange, 503, "text/plain; charset=utf-8", NOT_READY.getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                    upstream.resolve(path + (query == null ? "" : "?" + query))).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            answer(exchange, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse("application/json"), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(exchange, 502, "text/plain", new byte[0]);
        } catch (IOException e) {
            answer(exchange, 502, "text/plain", new byte[0]);
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
