package dev.tminus.dns;

import dev.tminus.ProbeException;
import dev.tminus.profile.DnsSection;
import dev.tminus.profile.Durations;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks DNS servers directly: one dnsjava {@link SimpleResolver} per server and transport, our own
 * {@link Message}s (no {@code Lookup} cache, no hosts file), UDP first and TCP when the answer is
 * truncated, a timeout per attempt and a bounded number of attempts, on an executor of its own.
 *
 * <p>Every query ends within {@code timeout × attempts} (plus scheduling slack): with an answer, or
 * with a {@link ProbeException} ({@code Timeout}, {@code Unreachable}, {@code Garbage}).
 */
public final class DnsProbe implements AutoCloseable {

    /** The EDNS buffer size we advertise (DNS flag day 2020). */
    static final int UDP_PAYLOAD = 1232;

    private final Duration timeout;
    private final int attempts;
    private final ExecutorService executor;
    private final Semaphore inFlight;
    private final Map<String, SimpleResolver> clients = new ConcurrentHashMap<>();

    /**
     * @param timeout     per attempt (UDP and a TCP retry after truncation share it)
     * @param attempts    tries per query, at least 1
     * @param concurrency queries in flight at once; callers of {@link #ask} wait beyond that
     */
    public DnsProbe(Duration timeout, int attempts, int concurrency) {
        if (timeout.isNegative() || timeout.isZero() || attempts < 1 || concurrency < 1) {
            throw new IllegalArgumentException("timeout > 0, attempts ≥ 1 and concurrency ≥ 1 required");
        }
        this.timeout = timeout;
        this.attempts = attempts;
        this.inFlight = new Semaphore(concurrency);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.min(4, concurrency), r -> {
            Thread t = new Thread(r, "tminus-dns-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
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
        inFlight.acquireUninterruptibly();
        CompletableFuture<DnsAnswer> result;
        try {
            result = attempt(query, 1);
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
        return result.whenComplete((a, e) -> inFlight.release());
    }

    private CompletableFuture<DnsAnswer> attempt(DnsQuery query, int attempt) {
        Message message = message(query);
        long start = System.nanoTime();
        CompletableFuture<Exchange> exchange = send(query, message, false)
                .thenCompose(udp -> udp.getHeader().getFlag(Flags.TC)
                        ? send(query, message, true).handle((tcp, e) -> {
                            if (e != null) {
                                throw new ProbeFailures.TcpRetryFailed(ProbeFailures.unwrap(e));
                            }
                            return new Exchange(tcp, true);
                        })
                        : CompletableFuture.completedFuture(new Exchange(udp, false)))
                .orTimeout(timeout.toMillis() + 50, TimeUnit.MILLISECONDS);
        return exchange.handle((done, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(answer(query, done, Duration.ofNanos(System.nanoTime() - start)));
            }
            ProbeException failure = ProbeFailures.classify(query, error, timeout, attempt);
            boolean retry = !(failure instanceof ProbeException.Garbage) && attempt < attempts;
            return retry ? attempt(query, attempt + 1) : CompletableFuture.<DnsAnswer>failedFuture(failure);
        }).thenCompose(f -> f);
    }

    private CompletableFuture<Message> send(DnsQuery query, Message message, boolean tcp) {
        return client(query, tcp).sendAsync(message.clone(), executor).toCompletableFuture();
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

    static Message message(DnsQuery query) {
        int type = Type.value(query.type());
        if (type < 0) {
            throw new IllegalArgumentException("unknown record type " + query.type());
        }
        Name name;
        try {
            name = Name.fromString(query.name(), Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a DNS name: " + query.name(), e);
        }
        Message message = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        List<EDNSOption> options = query.subnet().map(s -> List.<EDNSOption>of(Subnets.option(s))).orElse(List.of());
        message.addRecord(new OPTRecord(UDP_PAYLOAD, 0, 0, 0, options), Section.ADDITIONAL);
        return message;
    }

    private static DnsAnswer answer(DnsQuery query, Exchange exchange, Duration latency) {
        Message m = exchange.response();
        return new DnsAnswer(query, Rcode.string(m.getRcode()), m.getHeader().getFlag(Flags.AA), exchange.overTcp(),
                m.getSection(Section.ANSWER).stream().map(DnsRr::of).toList(),
                m.getSection(Section.AUTHORITY).stream().map(DnsRr::of).toList(),
                latency, DigText.render(query, m, latency, exchange.overTcp(), Instant.now()), subnetScope(m));
    }

    private static java.util.OptionalInt subnetScope(Message m) {
        OPTRecord opt = m.getOPT();
        if (opt == null) {
            return java.util.OptionalInt.empty();
        }
        return opt.getOptions(EDNSOption.Code.CLIENT_SUBNET).stream()
                .filter(org.xbill.DNS.ClientSubnetOption.class::isInstance)
                .mapToInt(o -> ((org.xbill.DNS.ClientSubnetOption) o).getScopePrefixLength()).findFirst();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "DnsProbe(timeout " + Durations.format(timeout) + " × " + attempts + " attempts)";
    }

    private record Exchange(Message response, boolean overTcp) {
    }
}
