package dev.tminus.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.Message;
import org.xbill.DNS.Record;
import org.xbill.DNS.WireParseException;

/**
 * DNS over UDP on a few connected sockets per server, shared by every query to that server: the
 * caller's thread sends, a selector thread (one of two at most, each with its share of the sockets)
 * reads, matches the answer to its query by message id
 * and question, parses it and completes the query's future in place (no hand-over to another
 * thread), and ends queries whose timeout has passed. Connected sockets only take datagrams from
 * their server and report its ICMP "port unreachable".
 *
 * <p>Every query gets a random id among those free on its socket; an answer that matches no
 * pending query (a late answer to one that timed out, a stray datagram) is dropped, never taken for
 * another's. Dependent stages of the returned futures run on the selector thread: they must not
 * block.
 */
final class UdpExchanger implements AutoCloseable {

    /** Sockets per server: queries are spread over them, each with its own 16-bit id space. */
    static final int SOCKETS = 4;

    /** Reader threads: the sockets are spread over them (two cores' worth of parsing at most). */
    static final int READERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private final long timeoutNanos;
    private final Reader[] readers = new Reader[READERS];
    private final Map<InetSocketAddress, UdpLane[]> lanes = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private volatile boolean open = true;

    UdpExchanger(java.time.Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        for (int i = 0; i < READERS; i++) {
            readers[i] = new Reader(i + 1);
        }
    }

    /** True on a thread that completes the futures. */
    boolean isLoopThread() {
        for (Reader r : readers) {
            if (Thread.currentThread() == r.thread) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends {@code wire} (a query for {@code question}, copied with an id of its own) to
     * {@code server}; completes with the parsed answer,
     * or with {@link TimeoutException}, {@link PortUnreachableException}, {@link WireParseException}
     * or another {@link IOException}.
     */
    CompletableFuture<Message> exchange(InetSocketAddress server, Record question, byte[] query) {
        CompletableFuture<Message> result = new CompletableFuture<>();
        UdpLane lane;
        try {
            lane = lane(server);
        } catch (IOException e) {
            result.completeExceptionally(e);
            return result;
        }
        UdpLane.Pending p = new UdpLane.Pending(lane, question, result, System.nanoTime() + timeoutNanos);
        int id = lane.reserve(p);
        byte[] wire = query.clone();
        wire[0] = (byte) (id >> 8);
        wire[1] = (byte) id;
        lane.deadlines.add(p);
        try {
            int sent = lane.channel.write(ByteBuffer.wrap(wire));
            if (sent == 0) {
                // the socket's send buffer is full: like a datagram lost on the way, the timeout ends it
                return result;
            }
        } catch (IOException e) {
            if (lane.release(id, p)) {
                p.fail(e);
            }
        }
        return result;
    }

    private UdpLane lane(InetSocketAddress server) throws IOException {
        UdpLane[] set = lanes.get(server);
        if (set == null) {
            synchronized (lanes) {
                set = lanes.get(server);
                if (set == null) {
                    if (!open) {
                        throw new ClosedChannelException();
                    }
                    set = new UdpLane[SOCKETS];
                    for (int i = 0; i < SOCKETS; i++) {
                        DatagramChannel ch = DatagramChannel.open();
                        ch.configureBlocking(false);
                        ch.connect(server);
                        set[i] = new UdpLane(ch, readers[i % READERS].deadlines);
                        readers[i % READERS].unregistered.add(set[i]);
                    }
                    lanes.put(server, set);
                    for (Reader r : readers) {
                        r.selector.wakeup();
                    }
                }
            }
        }
        return set[Math.floorMod(next.getAndIncrement(), SOCKETS)];
    }

    /** One selector thread: reads the answers of its sockets and ends their queries that timed out. */
    private final class Reader {
        final Selector selector;
        final Thread thread;
        final ConcurrentLinkedQueue<UdpLane> unregistered = new ConcurrentLinkedQueue<>();
        /** Pending queries in the order they were sent: all share one timeout, so deadlines come in order. */
        final ConcurrentLinkedQueue<UdpLane.Pending> deadlines = new ConcurrentLinkedQueue<>();

        Reader(int n) {
            try {
                this.selector = Selector.open();
            } catch (IOException e) {
                throw new IllegalStateException("cannot open a selector for DNS over UDP", e);
            }
            this.thread = new Thread(this::run, "tminus-dns-udp-" + n);
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            ByteBuffer buffer = ByteBuffer.allocate(65535);
            while (open) {
                try {
                    for (UdpLane lane; (lane = unregistered.poll()) != null; ) {
                        lane.channel.register(selector, SelectionKey.OP_READ, lane);
                    }
                    UdpLane.Pending head = deadlines.peek();
                    long waitMillis = head == null ? 50
                            : Math.max(1, Math.min(50, (head.deadline - System.nanoTime()) / 1_000_000 + 1));
                    selector.select(waitMillis);
                    Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                    while (keys.hasNext()) {
                        SelectionKey key = keys.next();
                        keys.remove();
                        if (key.isValid() && key.isReadable()) {
                            read((UdpLane) key.attachment(), buffer);
                        }
                    }
                    expire();
                } catch (IOException | RuntimeException e) {
                    if (!open) {
                        return;
                    }
                    // one bad datagram or callback must not stop the reader of every query
                }
            }
        }

        private void read(UdpLane lane, ByteBuffer buffer) {
            while (true) {
                buffer.clear();
                int n;
                try {
                    n = lane.channel.read(buffer);
                } catch (PortUnreachableException e) {
                    lane.failAll(e);
                    return;
                } catch (IOException e) {
                    lane.failAll(e);
                    return;
                }
                if (n <= 0) {
                    return;
                }
                if (n < 12) {
                    continue; // not even a header: no query to give it to
                }
                byte[] in = Arrays.copyOf(buffer.array(), n);
                int id = ((in[0] & 0xff) << 8) | (in[1] & 0xff);
                UdpLane.Pending p = lane.slots.get(id);
                if (p == null) {
                    continue; // late or stray
                }
                Message response;
                try {
                    response = new Message(in);
                } catch (IOException e) {
                    if (lane.release(id, p)) {
                        p.fail(e instanceof WireParseException ? e : new WireParseException(e.getMessage()));
                    }
                    continue;
                }
                Record question = p.question;
                if (question == null || !sameQuestion(question, response.getQuestion())) {
                    continue; // an answer to an earlier query that had this id
                }
                if (lane.release(id, p)) {
                    CompletableFuture<Message> result = p.result;
                    p.result = null;
                    p.question = null;
                    result.complete(response);
                }
            }
        }

        private static boolean sameQuestion(Record asked, Record answered) {
            return answered != null && asked.getName().equals(answered.getName()) && asked.getType() == answered.getType()
                    && asked.getDClass() == answered.getDClass();
        }

        private void expire() {
            long now = System.nanoTime();
            for (UdpLane.Pending head; (head = deadlines.peek()) != null && head.deadline - now <= 0; ) {
                deadlines.poll();
                if (head.lane.release(head.id, head)) {
                    head.fail(new TimeoutException("no UDP answer within the timeout"));
                }
            }
        }
    }

    @Override
    public void close() {
        open = false;
        for (Reader r : readers) {
            r.selector.wakeup();
            try {
                r.thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (UdpLane[] set : lanes.values()) {
            for (UdpLane lane : set) {
                lane.failAll(new ClosedChannelException());
                try {
                    lane.channel.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
        }
        for (Reader r : readers) {
            try {
                r.selector.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}
