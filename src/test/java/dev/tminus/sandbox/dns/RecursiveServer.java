package dev.tminus.sandbox.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * A small caching recursive resolver in front of the authoritative servers, like an office or ISP
 * resolver: answers from its cache with TTLs counted down, fetches misses from upstream (ns1, then
 * ns2) after a recursion delay, caches negative answers for the SOA's negative TTL, passes queries
 * with a client subnet through uncached. {@link #warmUp} is the launch team's DNS warm-up: it
 * fetches the launch names ahead of time and keeps them fresh (like Unbound's prefetch).
 */
final class RecursiveServer implements DnsListener.Handler, AutoCloseable {

    /** What a cache miss costs: the walk to the authoritative servers on the real internet. */
    static final long RECURSION_MILLIS = 150;

    private record Key(String name, int type) {
    }

    private record Entry(Message response, long storedNanos, long ttl) {
        long age(long now) {
            return TimeUnit.NANOSECONDS.toSeconds(now - storedNanos);
        }
    }

    private final List<SimpleResolver> upstream;
    private final Map<Key, Entry> cache = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher;
    private volatile ScheduledFuture<?> warmUp;

    RecursiveServer(List<InetSocketAddress> upstreams) {
        this.upstream = upstreams.stream().map(a -> {
            SimpleResolver r = new SimpleResolver(a);
            r.setTimeout(Duration.ofMillis(800));
            return r;
        }).toList();
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-dns-edge-warmup");
            t.setDaemon(true);
            return t;
        });
    }

    /** Forgets everything cached and stops warming up: a cold cache. */
    synchronized void flush() {
        if (warmUp != null) {
            warmUp.cancel(false);
            warmUp = null;
        }
        cache.clear();
    }

    /**
     * Fetches the names now, as if warm-up had run {@code aheadBy} earlier, and keeps refreshing
     * each entry the same way when half its TTL has run out: the cache always shows a warm-up that
     * ran a little before the checks, never one that ran in the same second.
     */
    synchronized void warmUp(List<Map.Entry<String, Integer>> names, Duration aheadBy) {
        long backdate = aheadBy.toNanos();
        names.forEach(n -> fetch(new Key(n.getKey().toLowerCase(Locale.ROOT), n.getValue()), backdate));
        warmUp = refresher.scheduleWithFixedDelay(() -> names.forEach(n -> {
            Key key = new Key(n.getKey().toLowerCase(Locale.ROOT), n.getValue());
            Entry e = cache.get(key);
            if (e == null || e.age(System.nanoTime()) * 2 >= e.ttl()) {
                fetch(key, backdate);
            }
        }), 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public DnsListener.Reply answer(Message query, InetAddress client) {
        Record question = query.getQuestion();
        if (question == null) {
            return DnsListener.Reply.now(reply(query, null, 0));
        }
        if (AuthoritativeServer.clientSubnet(query).isPresent()) {
            Message passed = forward(query);
            return new DnsListener.Reply(passed == null ? servfail(query) : reply(query, passed, 0), RECURSION_MILLIS);
        }
        Key key = new Key(question.getName().toString().toLowerCase(Locale.ROOT), question.getType());
        long now = System.nanoTime();
        Entry hit = cache.get(key);
        if (hit != null && hit.age(now) < hit.ttl()) {
            return DnsListener.Reply.now(reply(query, hit.response(), hit.age(now)));
        }
        Entry fresh = fetch(key, 0);
        return new DnsListener.Reply(fresh == null ? servfail(query) : reply(query, fresh.response(), 0), RECURSION_MILLIS);
    }

    private Entry fetch(Key key, long backdateNanos) {
        Message upstreamQuery = Message.newQuery(Record.newRecord(Name.fromConstantString(key.name()), key.type(), DClass.IN));
        Message response = forward(upstreamQuery);
        if (response == null || (response.getRcode() != Rcode.NOERROR && response.getRcode() != Rcode.NXDOMAIN)) {
            return null;
        }
        Entry entry = new Entry(response, System.nanoTime() - backdateNanos, cacheTtl(response));
        cache.put(key, entry);
        return entry;
    }

    private Message forward(Message query) {
        for (SimpleResolver r : upstream) {
            try {
                Message m = query.clone();
                m.getHeader().unsetFlag(Flags.RD);
                return r.send(m);
            } catch (IOException e) {
                // next upstream
            }
        }
        return null;
    }

    private static long cacheTtl(Message response) {
        List<Record> answer = response.getSection(Section.ANSWER);
        if (!answer.isEmpty()) {
            return answer.stream().mapToLong(Record::getTTL).min().orElse(0);
        }
        return response.getSection(Section.AUTHORITY).stream().filter(SOARecord.class::isInstance)
                .map(SOARecord.class::cast).mapToLong(s -> Math.min(s.getTTL(), s.getMinimum())).min().orElse(0);
    }

    private static Message reply(Message query, Message upstream, long age) {
        Message reply = new Message(query.getHeader().getID());
        reply.getHeader().setFlag(Flags.QR);
        reply.getHeader().setFlag(Flags.RA);
        if (query.getHeader().getFlag(Flags.RD)) {
            reply.getHeader().setFlag(Flags.RD);
        }
        if (query.getQuestion() != null) {
            reply.addRecord(query.getQuestion(), Section.QUESTION);
        }
        if (upstream == null) {
            reply.getHeader().setRcode(Rcode.FORMERR);
            return reply;
        }
        reply.getHeader().setRcode(upstream.getRcode());
        for (int section : new int[] {Section.ANSWER, Section.AUTHORITY, Section.ADDITIONAL}) {
            for (Record r : upstream.getSection(section)) {
                if (r.getType() != Type.OPT) {
                    reply.addRecord(Record.newRecord(r.getName(), r.getType(), r.getDClass(),
                            Math.max(0, r.getTTL() - age), r.rdataToWireCanonical()), section);
                }
            }
        }
        if (query.getOPT() != null && upstream.getOPT() != null) {
            reply.addRecord(upstream.getOPT(), Section.ADDITIONAL);
        }
        return reply;
    }

    private static Message servfail(Message query) {
        Message reply = reply(query, null, 0);
        reply.getHeader().setRcode(Rcode.SERVFAIL);
        return reply;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
