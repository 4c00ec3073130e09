package dev.tminus.dns;

import dev.tminus.ProbeException;
import dev.tminus.profile.DnsSection;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Resolver;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.SimpleResolver;

/**
 * Asks DNS servers directly with our own {@link Message}s (no {@code Lookup} cache, no hosts file):
 * UDP first, on a few sockets per server shared by all queries ({@link UdpExchanger}: sent from the
 * caller's thread, answers read and completed by one selector thread), and TCP through dnsjava's
 * {@link SimpleResolver} when the answer is truncated; a timeout per attempt, a bounded number of
 * attempts and a bounded number of queries in flight.
 *
 * <p>Every query ends within {@code timeout × attempts} (plus scheduling slack): with an answer, or
 * with a {@link ProbeException} ({@code Timeout}, {@code Unreachable}, {@code Garbage}).
 */
public final class DnsProbe implements AutoCloseable {

    private final Duration timeout;
    private final int attempts;
    private final ExecutorService executor;
    private final Semaphore inFlight;
    private final Map<String, SimpleResolver> clients = new ConcurrentHashMap<>();
    private final UdpExchanger udp;
    private final QueryWire wire = new QueryWire();
    private final ConcurrentLinkedQueue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final int queueHigh;
    private final Object room = new Object();
    private static final ThreadLocal<Boolean> DRAINING = ThreadLocal.withInitial(() -> false);
    private final Map<Resolver, InetSocketAddress> endpoints = new ConcurrentHashMap<>();

    /**
     * @param timeout     per attempt (UDP and a TCP retry after truncation share it)
     * @param attempts    tries per query, at least 1
     * @param concurrency queries in flight at once; beyond that {@link #ask} queues the query (in order)
     */
    public DnsProbe(Duration timeout, int attempts, int concurrency) {
        if (timeout.isNegative() || timeout.isZero() || attempts < 1 || concurrency < 1) {
            throw new IllegalArgumentException("timeout > 0, attempts ≥ 1 and concurrency ≥ 1 required");
        }
        this.timeout = timeout;
        this.attempts = attempts;
        this.inFlight = new Semaphore(concurrency);
        this.queueHigh = Math.max(64, 16 * concurrency);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.min(4, concurrency), r -> {
            Thread t = new Thread(r, "tminus-dns-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.udp = new UdpExchanger(timeout);
    }

    /** A probe with the profile's timeout and attempts. */
    public static DnsProbe of(DnsSection dns) {
        return new DnsProbe(dns.timeout(), dns.attempts(), 32);
    }

    public Duration timeout() {
        return timeout;
    }

    public int attempts() {
        return attempts;
    }

    /** Asks and waits. Throws {@link ProbeException} when no usable answer came. */
    public DnsAnswer query(DnsQuery query) {
        try {
            return ask(query).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof ProbeException p ? p : new ProbeException(query.describe() + ": " + e.getCause(), e.getCause());
        }
    }

    /** Asks without waiting; completes with the answer or a {@link ProbeException}. */
    public CompletableFuture<DnsAnswer> ask(DnsQuery query) {
        Waiting w = new Waiting(query, wire.template(query), new CompletableFuture<>());
        if (queued.get() >= queueHigh && !udp.isLoopThread()) {
            awaitRoom();
        }
        queued.incrementAndGet();
        waiting.add(w);
        drain();
        return w.result();
    }

    /**
     * A caller far ahead of the answers waits until the queue is half empty (one wake-up per many
     * queries, not one per answer); the UDP reader itself never waits, it only queues.
     */
    private void awaitRoom() {
        synchronized (room) {
            while (queued.get() > queueHigh / 2) {
                try {
                    room.wait(100); // woken by the drain at half; the bound only guards a missed wake-up
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Starts waiting queries while fewer than the concurrency are in flight. Runs on the thread that
     * asked or on the one that completed a query (the UDP reader): nobody blocks for a slot, and a
     * query that ends at once does not recurse into the next.
     */
    private void drain() {
        if (DRAINING.get()) {
            return;
        }
        DRAINING.set(true);
        try {
            while (!waiting.isEmpty() && inFlight.tryAcquire()) {
                Waiting next = waiting.poll();
                if (next == null) {
                    inFlight.release();
                    continue;
                }
                if (queued.decrementAndGet() == queueHigh / 2) {
                    synchronized (room) {
                        room.notifyAll();
                    }
                }
                attempt(next.query(), next.template(), 1).whenComplete((a, e) -> {
                    if (e == null) {
                        next.result().complete(a);
                    } else {
                        next.result().completeExceptionally(ProbeFailures.unwrap(e));
                    }
                    inFlight.release();
                    drain();
                });
            }
        } finally {
            DRAINING.set(false);
        }
        if (!waiting.isEmpty() && inFlight.availablePermits() > 0) {
            drain(); // a slot freed while this thread was leaving
        }
    }

    private CompletableFuture<DnsAnswer> attempt(DnsQuery query, QueryWire.Template template, int attempt) {
        Message message = template.message();
        long start = System.nanoTime();
        CompletableFuture<Exchange> exchange = udp.exchange(endpoint(query), template.question(), template.wire())
                .thenCompose(answer -> answer.getHeader().getFlag(Flags.TC) ? overTcp(query, message, start)
                        : CompletableFuture.completedFuture(new Exchange(answer, false)));
        return exchange.handle((done, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(
                        QueryWire.answer(query, done.response(), done.overTcp(), Duration.ofNanos(System.nanoTime() - start)));
            }
            ProbeException failure = ProbeFailures.classify(query, error, timeout, attempt);
            boolean retry = !(failure instanceof ProbeException.Garbage) && attempt < attempts;
            return retry ? attempt(query, template, attempt + 1) : CompletableFuture.<DnsAnswer>failedFuture(failure);
        }).thenCompose(f -> f);
    }

    /** The truncated UDP answer's repeat over TCP, within what is left of the attempt's timeout. */
    private CompletableFuture<Exchange> overTcp(DnsQuery query, Message message, long start) {
        long left = Math.max(1, timeout.toMillis() - (System.nanoTime() - start) / 1_000_000);
        return client(query, true).sendAsync(message.clone(), executor).toCompletableFuture()
                .orTimeout(left + 50, TimeUnit.MILLISECONDS)
                .handle((tcp, e) -> {
                    if (e != null) {
                        throw new ProbeFailures.TcpRetryFailed(ProbeFailures.unwrap(e));
                    }
                    return new Exchange(tcp, true);
                });
    }

    private InetSocketAddress endpoint(DnsQuery query) {
        return endpoints.computeIfAbsent(query.resolver(), r -> new InetSocketAddress(r.address(), r.port()));
    }

    private SimpleResolver client(DnsQuery query, boolean tcp) {
        return clients.computeIfAbsent(query.resolver().endpoint() + (tcp ? "/tcp" : "/udp"), key -> {
            SimpleResolver r = new SimpleResolver(new InetSocketAddress(query.resolver().address(), query.resolver().port()));
            r.setTimeout(timeout);
            r.setTCP(tcp);
            r.setIgnoreTruncation(true);
            return r;
        });
    }

    @Override
    public void close() {
        udp.close();
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "DnsProbe(timeout " + Durations.format(timeout) + " × " + attempts + " attempts)";
    }

    private record Exchange(Message response, boolean overTcp) {
    }

    private record Waiting(DnsQuery query, QueryWire.Template template, CompletableFuture<DnsAnswer> result) {
    }
}
