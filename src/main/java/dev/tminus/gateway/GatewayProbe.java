package dev.tminus.gateway;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.check.Fact;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Gateway;
import dev.tminus.tls.TrustMaterial;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;

/**
 * One read-only pass per address of a gateway, on one WebSocket connection each, all addresses at
 * once: the upgrade, a ping, the heartbeat when planned, then the connection held open for
 * {@code holdFor} when planned, and a close. Every wait is bounded by the gateway's {@code timeout}
 * (the hold by {@code holdFor}); nothing is sent but the upgrade, pings, the planned heartbeat, the
 * pongs and the close the protocol demands.
 */
public final class GatewayProbe implements AutoCloseable {

    /** The close handshake at the end is a courtesy: never waited for longer than this. */
    static final Duration LINGER = Duration.ofMillis(500);

    private final Optional<TrustMaterial> trust;
    private final String rerun;
    private final ExecutorService executor;

    /**
     * @param trust       for {@code wss}: the JDK's CAs and {@code tls.trustStore}; loaded lazily when empty
     * @param rerun       the command that re-runs the gateway checks, for messages
     * @param parallelism connections open at once
     */
    public GatewayProbe(Optional<TrustMaterial> trust, String rerun, int parallelism) {
        this.trust = trust;
        this.rerun = rerun;
        this.executor = Executors.newFixedThreadPool(Math.max(1, parallelism), r -> {
            Thread t = new Thread(r, "gateway-probe");
            t.setDaemon(true);
            return t;
        });
    }

    /** Every target at once (bounded by the parallelism), in the order given. */
    public Map<GatewayTarget, GatewayObservation> observeAll(List<GatewayTarget> targets) {
        Map<GatewayTarget, Future<GatewayObservation>> running = new LinkedHashMap<>();
        targets.forEach(t -> running.put(t, executor.submit(() -> observe(t))));
        Map<GatewayTarget, GatewayObservation> all = new LinkedHashMap<>();
        running.forEach((target, future) -> {
            try {
                all.put(target, future.get());
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                ProbeException why = GatewayFailures.upgrade(target, target.gateway().timeout(),
                        e.getCause() != null ? e.getCause() : e, rerun);
                all.put(target, failed(target, why, new Transcript()));
            }
        });
        return all;
    }

    /** One connection to one address. */
    public GatewayObservation observe(GatewayTarget target) {
        Gateway gateway = target.gateway();
        Transcript transcript = new Transcript();
        UpgradeRequest request = UpgradeRequest.of(gateway);
        WebSocketConnection connection;
        Upgrade upgrade;
        long upgraded;
        try {
            Optional<SSLContext> tls = gateway.secure() ? Optional.of(trust.orElseGet(
                    () -> TrustMaterial.load(Optional.empty())).clientContext()) : Optional.empty();
            connection = WebSocketConnection.open(target, tls, gateway.timeout(), transcript);
        } catch (IOException | RuntimeException e) {
            return failed(target, e instanceof ProbeException p ? p
                    : GatewayFailures.upgrade(target, gateway.timeout(), e, rerun), transcript);
        }
        try {
            UpgradeResponse response = connection.upgrade(request, gateway.timeout());
            upgraded = System.nanoTime();
            upgrade = new Upgrade(request, response, Duration.ofNanos(upgraded - connection.startNanos()));
        } catch (IOException | RuntimeException e) {
            connection.close();
            return failed(target, GatewayFailures.upgrade(target, gateway.timeout(), e, rerun), transcript);
        }
        if (!upgrade.upgraded()) {
            connection.close();
            ProbeException why = GatewayFailures.notConnected(target, "speak WebSocket", "the upgrade did not succeed ("
                    + String.join("; ", upgrade.problems()) + "), see GW-01", rerun);
            return new GatewayObservation(target, Fact.of(upgrade), Fact.failed(why),
                    gateway.heartbeat().map(h -> Fact.failed(why)), gateway.holdFor().map(h -> Fact.failed(why)), transcript);
        }
        try {
            connection.startReading(target.socket());
            Fact<PingResult> ping = step(target, connection, "ping", () -> ping(connection, gateway));
            Optional<Fact<HeartbeatResult>> heartbeat = gateway.heartbeat().map(h ->
                    step(target, connection, "send the heartbeat", () -> heartbeat(connection, gateway, h)));
            Optional<Fact<HoldResult>> hold = gateway.holdFor().map(d -> Fact.attempt(() ->
                    hold(connection, d, upgraded), e -> unexpected(target, "hold the connection", e)));
            return new GatewayObservation(target, Fact.of(upgrade), ping, heartbeat, hold, transcript);
        } catch (IOException e) {
            ProbeException why = GatewayFailures.upgrade(target, gateway.timeout(), e, rerun);
            return new GatewayObservation(target, Fact.of(upgrade), Fact.failed(why),
                    gateway.heartbeat().map(h -> Fact.failed(why)), gateway.holdFor().map(h -> Fact.failed(why)), transcript);
        } finally {
            connection.finish(LINGER);
        }
    }

    private interface Step<T> {
        T run() throws IOException, InterruptedException;
    }

    /** A step on the open connection; one that finds the connection already gone could not check. */
    private <T> Fact<T> step(GatewayTarget target, WebSocketConnection connection, String what, Step<T> step) {
        Optional<WebSocketConnection.Ended> end = connection.end();
        if (end.isPresent()) {
            return Fact.failed(end.get().garbage() ? GatewayFailures.garbage(target, what, end.get().cause().getMessage(), rerun)
                    : GatewayFailures.notConnected(target, what, "the connection had already ended at +"
                    + millis(end.get().atNanos() - connection.startNanos()) + "ms: " + end.get().how() + " (see GW-04)", rerun));
        }
        try {
            return Fact.of(step.run());
        } catch (Garbage g) {
            return Fact.failed(GatewayFailures.garbage(target, what, g.getMessage(), rerun));
        } catch (IOException e) {
            return Fact.failed(GatewayFailures.upgrade(target, target.gateway().timeout(), e, rerun));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Fact.failed(unexpected(target, what, e));
        } catch (RuntimeException e) {
            return Fact.failed(unexpected(target, what, e));
        }
    }

    private ProbeException unexpected(GatewayTarget target, String what, Exception e) {
        return ProbeException.of(Cause.OTHER, "Could not " + what + " at " + target.describe() + ": "
                + GatewayFailures.firstLine(e) + "; re-run: " + rerun, e);
    }

    /** The server sent bytes that are not WebSocket while a step waited. */
    private static final class Garbage extends IOException {
        Garbage(String message) {
            super(message);
        }
    }

    private static PingResult ping(WebSocketConnection connection, Gateway gateway) throws IOException, InterruptedException {
        byte[] payload = ("tminus-" + Long.toHexString(System.nanoTime())).getBytes(StandardCharsets.US_ASCII);
        long sent = System.nanoTime();
        connection.send(Frame.ping(payload));
        Wait wait = awaitFrame(connection, gateway.timeout(), f -> f.opcode() == Frame.PONG
                && java.util.Arrays.equals(f.payload(), payload), sent);
        return new PingResult(wait.after(), gateway.timeout(), wait.ended());
    }

    private static HeartbeatResult heartbeat(WebSocketConnection connection, Gateway gateway, Gateway.Heartbeat heartbeat)
            throws IOException, InterruptedException {
        List<String> others = new ArrayList<>();
        long sent = System.nanoTime();
        connection.send(Frame.text(heartbeat.send()));
        Wait wait = awaitFrame(connection, gateway.timeout(), f -> {
            if (f.opcode() != Frame.TEXT) {
                return false;
            }
            boolean matches = heartbeat.expect().matcher(f.text()).find();
            if (!matches && others.size() < 5) {
                others.add(Frame.excerpt(f.text(), 120));
            }
            return matches;
        }, sent);
        return new HeartbeatResult(wait.after(), wait.frame().map(Frame::text), others, gateway.timeout(), wait.ended());
    }

    /** Waits, sending nothing, until {@code holdFor} has passed since the upgrade, or the connection ends. */
    private static HoldResult hold(WebSocketConnection connection, Duration holdFor, long upgraded) throws InterruptedException {
        long until = upgraded + holdFor.toNanos();
        while (true) {
            Optional<WebSocketConnection.Ended> end = connection.end();
            if (end.isPresent()) {
                return new HoldResult(holdFor, Duration.ofNanos(Math.max(0, end.get().atNanos() - upgraded)),
                        Optional.of(end.get().how()));
            }
            long left = until - System.nanoTime();
            if (left <= 0) {
                Duration held = Duration.ofNanos(System.nanoTime() - upgraded);
                connection.note("held open " + held.toMillis() + "ms since the upgrade (holdFor " + format(holdFor) + ")");
                return new HoldResult(holdFor, held, Optional.empty());
            }
            connection.await(Duration.ofNanos(Math.min(left, Duration.ofMillis(200).toNanos()) + 999_999));
        }
    }

    /**
     * What a wait ended with.
     *
     * @param after from {@code since} to the wanted frame's arrival
     */
    private record Wait(Optional<Frame> frame, Optional<Duration> after, Optional<String> ended) {
    }

    private static Wait awaitFrame(WebSocketConnection connection, Duration budget, Predicate<Frame> wanted, long since)
            throws InterruptedException, Garbage {
        long deadline = since + budget.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return new Wait(Optional.empty(), Optional.empty(), Optional.empty());
            }
            WebSocketConnection.Event event = connection.await(Duration.ofNanos(left));
            if (event instanceof WebSocketConnection.Received r) {
                if (wanted.test(r.frame())) {
                    return new Wait(Optional.of(r.frame()), Optional.of(Duration.ofNanos(r.atNanos() - since)), Optional.empty());
                }
                if (r.frame().opcode() == Frame.CLOSE) {
                    return new Wait(Optional.empty(), Optional.empty(), connection.end().map(e -> e.how() + " at +"
                            + millis(e.atNanos() - connection.startNanos()) + "ms"));
                }
            } else if (event instanceof WebSocketConnection.Ended e) {
                if (e.garbage()) {
                    throw new Garbage(e.cause().getMessage());
                }
                return new Wait(Optional.empty(), Optional.empty(),
                        Optional.of(e.how() + " at +" + millis(e.atNanos() - connection.startNanos()) + "ms"));
            }
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static GatewayObservation failed(GatewayTarget target, ProbeException why, Transcript transcript) {
        Gateway gateway = target.gateway();
        return new GatewayObservation(target, Fact.failed(why), Fact.failed(why),
                gateway.heartbeat().map(h -> Fact.failed(why)), gateway.holdFor().map(h -> Fact.failed(why)), transcript);
    }

    /** Durations in messages: {@code 2s}, {@code 250ms}. */
    static String format(Duration d) {
        return Durations.format(d);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
