package dev.tminus.sandbox.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The sandbox's own small HTTP needs: readiness waits and reloads, each bounded. */
public final class LocalHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();

    /** The body when the URL answers 200, else empty (refused, timeout, other status). */
    public Optional<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    public Optional<JsonNode> getJson(String url) {
        return get(url).flatMap(body -> {
            try {
                return Optional.of(json.readTree(body));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** POSTs an empty body (Prometheus and Alertmanager {@code /-/reload}); true on 200. */
    boolean post(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody())).isPresent();
    }

    private Optional<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Polls every 200 ms until {@code condition} holds on the value, or fails naming what it waited for. */
    static <T> T await(String what, Duration budget, Supplier<T> value, Predicate<T> condition,
                       Supplier<String> diagnosis) {
        long deadline = System.nanoTime() + budget.toNanos();
        while (true) {
            T current = value.get();
            if (condition.test(current)) {
                return current;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Sandbox: gave up after " + budget.toSeconds() + "s waiting for "
                        + what + ".\n" + diagnosis.get());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }
}
