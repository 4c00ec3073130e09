package dev.tminus.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
    private final UdpReader[] readers = new UdpReader[READERS];
    private final Map<InetSocketAddress, UdpLane[]> lanes = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private volatile boolean open = true;

    UdpExchanger(java.time.Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        for (int i = 0; i < READERS; i++) {
            readers[i] = new UdpReader(i + 1);
        }
    }

    /** True on a thread that completes the futures. */
    boolean isLoopThread() {
        for (UdpReader r : readers) {
            if (r.runs(Thread.currentThread())) {
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
                    }
                    lanes.put(server, set);
                    for (int i = 0; i < SOCKETS; i++) {
                        readers[i % READERS].add(set[i]);
                    }
                }
            }
        }
        return set[Math.floorMod(next.getAndIncrement(), SOCKETS)];
    }

    @Override
    public void close() {
        open = false;
        for (UdpReader r : readers) {
            r.stop();
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
        for (UdpReader r : readers) {
            r.closeSelector();
        }
    }
}
