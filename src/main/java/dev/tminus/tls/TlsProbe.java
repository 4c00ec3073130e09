package dev.tminus.tls;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.check.Fact;
import dev.tminus.profile.TlsSection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Inspects TLS endpoints, addresses in parallel on a bounded executor of its own: one full handshake,
 * {@value #REPEATS} resumption attempts and, beside them on a second bounded executor, one hand-written
 * ClientHello per protocol version and per weak key-exchange family. Nothing waits for a fixed time;
 * every socket operation is bounded by the profile's {@code tls.timeout}.
 */
public final class TlsProbe implements AutoCloseable {

    /** Handshakes after the first, used to measure resumption. */
    public static final int REPEATS = 4;

    private final Duration timeout;
    private final HandshakeProbe handshakes;
    private final ProtocolProbe protocols;
    private final KeyExchangeProbe keyExchanges;
    private final Clock clock;
    private final ExecutorService executor;
    /** Runs the hand-written ClientHellos of an address beside its JSSE handshakes; never submits further. */
    private final ExecutorService parts;

    public TlsProbe(Duration timeout, TrustMaterial trust, Clock clock, int concurrency) {
        this.timeout = timeout;
        this.handshakes = new HandshakeProbe(trust, timeout);
        this.protocols = new ProtocolProbe(timeout);
        this.keyExchanges = new KeyExchangeProbe(timeout);
        this.clock = clock;
        this.executor = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "tls-probe");
            t.setDaemon(true);
            return t;
        });
        this.parts = Executors.newFixedThreadPool(2 * concurrency, r -> {
            Thread t = new Thread(r, "tls-probe-hello");
            t.setDaemon(true);
            return t;
        });
    }

    /** A probe for a profile's TLS section: its timeout and trust store, the system clock. */
    public static TlsProbe of(TlsSection tls) {
        return new TlsProbe(tls.timeout(), TrustMaterial.load(tls.trustStore()), Clock.systemUTC(), 8);
    }

    /** Inspects every target concurrently; one target's failure stays in its own inspection. */
    public Map<TlsTarget, TlsInspection> inspectAll(List<TlsTarget> targets) {
        Map<TlsTarget, Future<TlsInspection>> futures = new LinkedHashMap<>();
        targets.forEach(t -> futures.put(t, executor.submit(() -> inspect(t))));
        Map<TlsTarget, TlsInspection> out = new LinkedHashMap<>();
        long budget = timeout.toMillis() * (REPEATS + 2L + ClientHello.VERSIONS.size() + KeyExchangeProbe.CONNECTIONS)
                + 1000;
        long deadline = System.currentTimeMillis() + budget;
        futures.forEach((target, future) -> out.put(target, await(target, future, deadline)));
        return out;
    }

    /**
     * One endpoint at one address; never throws: failures are kept in the inspection. When the full
     * handshake fails but a server answered (a fatal alert, a reset, a local limit), the parts that
     * need no completed handshake still run; when nothing answers (refused, no connection, a stall,
     * not TLS) nothing more is tried.
     */
    public TlsInspection inspect(TlsTarget target) {
        HandshakeProbe.Session session = handshakes.session();
        TlsHandshake first;
        try {
            first = handshakes.full(target, session, clock.instant());
        } catch (ProbeException e) {
            if (Failures.isNoServer(e)) {
                return TlsInspection.failed(target, e);
            }
            Future<Fact<List<ProtocolOffer>>> offers = parts.submit(() -> offers(target));
            Fact<KeyExchange> keyExchange = keyExchange(target);
            return new TlsInspection(target, Fact.failed(e), Fact.failed(e), joined(target, offers), keyExchange);
        }
        // A server answered: the ClientHellos need no session, so they go beside the resumptions.
        Future<Fact<List<ProtocolOffer>>> offers = parts.submit(() -> offers(target));
        Future<Fact<KeyExchange>> keyExchange = parts.submit(() -> keyExchange(target));
        TlsHandshake stapled = restapled(target, first);
        Fact<Resumption> resumption = resumption(target, session);
        return new TlsInspection(target, Fact.of(stapled), resumption, joined(target, offers), joined(target, keyExchange));
    }

    /** A part run beside the handshakes; it is bounded by the socket timeouts it runs under. */
    private static <T> Fact<T> joined(TlsTarget target, Future<Fact<T>> part) {
        try {
            return part.get();
        } catch (ExecutionException e) {
            return Fact.failed(new ProbeException(Failures.prefix(target) + e.getCause(), e.getCause()));
        } catch (InterruptedException e) {
            part.cancel(true);
            Thread.currentThread().interrupt();
            return Fact.failed(new ProbeException(Failures.prefix(target) + "interrupted", e));
        }
    }

    private Fact<KeyExchange> keyExchange(TlsTarget target) {
        try {
            return Fact.of(keyExchanges.inspect(target));
        } catch (ProbeException e) {
            return Fact.failed(e);
        }
    }

    /**
     * nginx fetches its OCSP response lazily: the first handshake after a start or reload carries no
     * staple. When a leaf that names a responder came without one, one more full handshake (a new
     * session) gets the server's second chance.
     */
    private TlsHandshake restapled(TlsTarget target, TlsHandshake first) {
        if (first.staple().isPresent() || first.leaf().ocspUrl().isEmpty()) {
            return first;
        }
        try {
            TlsHandshake second = handshakes.full(target, handshakes.session(), clock.instant());
            return second.staple().isPresent() && second.leaf().sha256().equals(first.leaf().sha256()) ? second : first;
        } catch (ProbeException e) {
            return first;
        }
    }

    private Fact<Resumption> resumption(TlsTarget target, HandshakeProbe.Session session) {
        try {
            int resumed = 0;
            for (int i = 0; i < REPEATS; i++) {
                resumed += handshakes.resumed(target, session) ? 1 : 0;
            }
            return Fact.of(new Resumption(REPEATS, resumed));
        } catch (ProbeException e) {
            return Fact.failed(e);
        }
    }

    private Fact<List<ProtocolOffer>> offers(TlsTarget target) {
        try {
            List<ProtocolOffer> offers = new ArrayList<>();
            for (String protocol : TlsSection.PROTOCOLS) {
                offers.add(protocols.offer(target, protocol));
            }
            if (offers.stream().allMatch(o -> o.answer().equals(ProtocolProbe.CLOSED))) {
                return Fact.failed(ProbeException.of(Cause.RESET, Failures.prefix(target) + "the server closed the "
                        + "connection on every ClientHello (TLSv1 to TLSv1.3) without an answer. Check the TLS terminator "
                        + "at that address and its logs.", null));
            }
            return Fact.of(offers);
        } catch (ProbeException e) {
            return Fact.failed(e);
        }
    }

    private TlsInspection await(TlsTarget target, Future<TlsInspection> future, long deadline) {
        try {
            return future.get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return TlsInspection.failed(target, new ProbeException.Timeout(Failures.prefix(target)
                    + "the inspection did not finish within its budget. Check the server at that address.", e));
        } catch (ExecutionException e) {
            return TlsInspection.failed(target, new ProbeException(Failures.prefix(target) + e.getCause(), e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TlsInspection.failed(target, new ProbeException(Failures.prefix(target) + "interrupted", e));
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        parts.shutdownNow();
    }
}
