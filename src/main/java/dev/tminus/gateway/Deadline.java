package dev.tminus.gateway;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * One budget for a sequence of reads on a socket: each read gets the time that is left, so a server
 * that trickles its answer a byte at a time cannot stretch the wait past the profile's timeout.
 */
public final class Deadline {

    private final Socket socket;
    private final long end;
    private final Duration budget;

    private Deadline(Socket socket, Duration budget) {
        this.socket = socket;
        this.budget = budget;
        this.end = System.nanoTime() + budget.toNanos();
    }

    /** A deadline {@code budget} from now for reads on {@code socket} (null: reads that never block, in tests). */
    public static Deadline in(Socket socket, Duration budget) {
        return new Deadline(socket, budget);
    }

    public Duration budget() {
        return budget;
    }

    /** Sets the socket's read timeout to what is left; throws a timeout when nothing is. */
    void arm() throws IOException {
        long left = Math.max(0, end - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("no complete answer within " + budget.toMillis() + "ms");
        }
        if (socket != null) {
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
        }
    }

    /** Like {@link #arm}, but never longer than {@code cap}. */
    void armAtMost(Duration cap) throws IOException {
        long left = Math.max(1, Math.min(cap.toMillis(), Math.max(0, end - System.nanoTime()) / 1_000_000));
        if (socket != null) {
            socket.setSoTimeout((int) left);
        }
    }
}
