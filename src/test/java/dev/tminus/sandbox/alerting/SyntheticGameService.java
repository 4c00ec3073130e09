package dev.tminus.sandbox.alerting;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The game backend of the sandbox, as its metrics see it: an HTTP server on loopback exporting the
 * series the seed checklist names at {@code /metrics}, a health endpoint at {@code /healthz}, and a
 * webhook sink at {@code /hooks/...} for Alertmanager's receivers. Traffic is generated internally at
 * a steady synthetic rate ({@value GameTraffic#REQUESTS_PER_SECOND} requests/s per route), so
 * {@code rate()} queries have data from the first seconds. Every control is a thread-safe setter;
 * {@link #reset()} restores the healthy defaults.
 */
public final class SyntheticGameService implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 19100;
    static final Duration HEALTHY_LATENCY = Duration.ofMillis(40);
    static final int HEALTHY_CONNECTIONS = 1200;

    private final Object lock = new Object();
    private final GameTraffic traffic = new GameTraffic();
    private final List<String> webhooks = new CopyOnWriteArrayList<>();
    private final Map<String, Double> errorRatios = new HashMap<>();
    private Duration latency = HEALTHY_LATENCY;
    private double redisFailuresPerSecond;
    private double duplicateTracesPerSecond;
    private double matchTimeoutRatio;
    private boolean p0Errors;
    private int websocketConnections = HEALTHY_CONNECTIONS;
    private volatile int healthStatus = 200;
    private volatile Duration healthDelay = Duration.ZERO;
    private HttpServer server;
    private ExecutorService handlers;
    private ScheduledExecutorService ticker;
    private long lastTick;

    /** Binds 127.0.0.1:{@value #PORT} and starts generating traffic. */
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(HOST, PORT), 50);
        handlers = Executors.newFixedThreadPool(4, r -> daemon(r, "game-service-http"));
        server.setExecutor(handlers);
        server.createContext("/metrics", this::metrics);
        server.createContext("/healthz", this::health);
        server.createContext("/hooks/", this::hook);
        server.start();
        lastTick = System.nanoTime();
        ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "game-service-traffic"));
        ticker.scheduleAtFixedRate(this::tick, 100, 100, TimeUnit.MILLISECONDS);
    }

    public String baseUrl() {
        return "http://" + HOST + ":" + PORT;
    }

    /** Share of requests on {@code route} ({@code /login}, {@code /match}, {@code /pay}) answered 500. */
    public void errorRatio(String route, double ratio) {
        if (!GameTraffic.ROUTES.contains(route)) {
            throw new IllegalArgumentException("unknown route " + route + "; one of " + GameTraffic.ROUTES);
        }
        synchronized (lock) {
            errorRatios.put(route, ratio);
        }
    }

    /** Latency of every request, as the histogram records it. */
    public void latency(Duration value) {
        synchronized (lock) {
            latency = value;
        }
    }

    public void redisFailuresPerSecond(double value) {
        synchronized (lock) {
            redisFailuresPerSecond = value;
        }
    }

    public void duplicateTracesPerSecond(double value) {
        synchronized (lock) {
            duplicateTracesPerSecond = value;
        }
    }

    /** Share of {@code /match} requests that time out (rule MatchTimeoutRateHigh fires above 3 %). */
    public void matchTimeoutRatio(double value) {
        synchronized (lock) {
            matchTimeoutRatio = value;
        }
    }

    /** While true, P0 errors are counted (rule P0_ERROR_COUNT fires). */
    public void p0Errors(boolean on) {
        synchronized (lock) {
            p0Errors = on;
        }
    }

    public void websocketConnections(int value) {
        synchronized (lock) {
            websocketConnections = value;
        }
    }

    /** The status {@code /healthz} answers. */
    public void healthStatus(int status) {
        healthStatus = status;
    }

    /** How long {@code /healthz} waits before answering. */
    public void healthDelay(Duration delay) {
        healthDelay = delay;
    }

    /** Healthy defaults: no errors, 40 ms latency, 1200 connections, /healthz 200 at once. */
    public void reset() {
        synchronized (lock) {
            errorRatios.clear();
            latency = HEALTHY_LATENCY;
            redisFailuresPerSecond = 0;
            duplicateTracesPerSecond = 0;
            matchTimeoutRatio = 0;
            p0Errors = false;
            websocketConnections = HEALTHY_CONNECTIONS;
        }
        healthStatus = 200;
        healthDelay = Duration.ZERO;
    }

    /** Paths Alertmanager's webhooks posted to so far, e.g. {@code /hooks/pager-l2}. */
    public List<String> webhookCalls() {
        return List.copyOf(webhooks);
    }

    private void tick() {
        synchronized (lock) {
            long now = System.nanoTime();
            double seconds = (now - lastTick) / 1e9;
            lastTick = now;
            traffic.tick(seconds, new GameTraffic.Controls(errorRatios, latency, redisFailuresPerSecond,
                    duplicateTracesPerSecond, matchTimeoutRatio, p0Errors));
        }
    }

    private void metrics(HttpExchange exchange) throws IOException {
        String body;
        synchronized (lock) {
            body = traffic.exposition(websocketConnections);
        }
        respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", body);
    }

    private void health(HttpExchange exchange) throws IOException {
        Duration delay = healthDelay;
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = healthStatus;
        respond(exchange, status, "text/plain; charset=utf-8", status == 200 ? "ok\n" : "unhealthy\n");
    }

    private void hook(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        webhooks.add(exchange.getRequestURI().getPath());
        respond(exchange, 200, "text/plain; charset=utf-8", "ok\n");
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (server != null) {
            server.stop(0);
        }
        if (handlers != null) {
            handlers.shutdownNow();
        }
    }
}
