package dev.tminus.dns;

import java.io.IOException;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.Message;
import org.xbill.DNS.Record;
import org.xbill.DNS.WireParseException;

/**
 * One selector thread of the {@link UdpExchanger}: reads the answers of its sockets, matches each to
 * its pending query by id and question, parses it and completes the query in place, and ends the
 * queries whose timeout has passed. A datagram that matches no pending query is dropped.
 */
final class UdpReader {

    private final Selector selector;
    private final Thread thread;
    private final ConcurrentLinkedQueue<UdpLane> unregistered = new ConcurrentLinkedQueue<>();
    private volatile boolean open = true;
    /** Pending queries in the order they were sent: all share one timeout, so deadlines come in order. */
    final ConcurrentLinkedQueue<UdpLane.Pending> deadlines = new ConcurrentLinkedQueue<>();

    UdpReader(int n) {
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

    /** Registers a socket with this reader; its answers are read from the next select on. */
    void add(UdpLane lane) {
        unregistered.add(lane);
        selector.wakeup();
    }

    boolean runs(Thread t) {
        return t == thread;
    }

    /** Stops the thread (waits for it at most a second). */
    void stop() {
        open = false;
        selector.wakeup();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void closeSelector() {
        try {
            selector.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
