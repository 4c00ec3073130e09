package dev.tminus.dns;

import java.io.IOException;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.xbill.DNS.Message;
import org.xbill.DNS.Record;

/** One connected UDP socket of {@link UdpExchanger} and the queries pending on it, by message id. */
final class UdpLane {
    final DatagramChannel channel;
    /** The deadline queue of the reader that reads this socket. */
    final ConcurrentLinkedQueue<Pending> deadlines;
    final AtomicReferenceArray<Pending> slots = new AtomicReferenceArray<>(65536);

    UdpLane(DatagramChannel channel, ConcurrentLinkedQueue<Pending> deadlines) {
        this.channel = channel;
        this.deadlines = deadlines;
    }

    /** A random free id for {@code p} (the probe's concurrency bound keeps most ids free). */
    int reserve(Pending p) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            int id = random.nextInt(65536);
            if (slots.compareAndSet(id, null, p)) {
                p.id = id;
                return id;
            }
        }
    }

    /** Frees the id; true for the one caller that may complete {@code p}, which it then must. */
    boolean release(int id, Pending p) {
        return slots.compareAndSet(id, p, null);
    }

    void failAll(IOException e) {
        for (int id = 0; id < slots.length(); id++) {
            Pending p = slots.get(id);
            if (p != null && release(id, p)) {
                p.fail(e);
            }
        }
    }

    /** A query on its way; once ended it only waits in the deadline queue, holding nothing. */
    static final class Pending {
        final UdpLane lane;
        final long deadline;
        Record question;
        CompletableFuture<Message> result;
        volatile int id;

        Pending(UdpLane lane, Record question, CompletableFuture<Message> result, long deadline) {
            this.lane = lane;
            this.question = question;
            this.result = result;
            this.deadline = deadline;
        }

        /** Ends it with {@code e}; only the caller whose {@link UdpLane#release} succeeded may. */
        void fail(Exception e) {
            CompletableFuture<Message> r = result;
            result = null;
            question = null;
            r.completeExceptionally(e);
        }
    }
}
