package dev.tminus.gateway;

import dev.tminus.tls.SystemLookup;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * A WebSocket client connection to one address behind a gateway's host, written for the check
 * rather than taken from a library: RFC 6455 over a plain {@link Socket} (an {@link SSLSocket} layered
 * over it for {@code wss}).
 *
 * <p>Why not the JDK's {@code java.net.http.WebSocket}: it connects to whatever the URL's host
 * resolves to, and refuses a {@code Host} header of one's own ({@code IllegalArgumentException:
 * restricted header name}), so it cannot open a connection to one chosen address behind the name
 * while sending that name (Host and SNI) — which is the point of checking every address behind a
 * load balancer. The libraries that could (Jetty's client, Java-WebSocket) bring an event loop or a
 * dependency tree for what is a few hundred lines here, and hide the raw answer a check must judge
 * (a plain HTTP 200 with its body, a wrong accept key, a control frame between fragments).
 *
 * <p>The connection: TCP to the address within the profile's timeout; for {@code wss} a TLS
 * handshake with SNI and HTTPS hostname verification for the gateway's host, trusting the JDK's CAs
 * and {@code tls.trustStore}; then the upgrade ({@link UpgradeRequest}, {@link UpgradeResponse}),
 * read with one deadline. After a 101 a reader thread takes every frame off the wire as it arrives
 * (its arrival time is the timing), answers the server's pings with pongs as RFC 6455 §5.5.2 obliges,
 * echoes a close, and hands the rest to whoever {@link #await awaits} it with a bound. The check
 * itself sends only pings, the planned heartbeat and a final close (client frames masked, §5.3).
 */
final class WebSocketConnection implements Closeable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final Transcript transcript;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private volatile boolean closeSent;
    private volatile Ended ended;

    private WebSocketConnection(Socket socket, Transcript transcript) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.transcript = transcript;
    }

    /** What the reader thread saw: a frame (or a whole message), or the end of the connection. */
    sealed interface Event {
        long atNanos();
    }

    record Received(Frame frame, int fragments, long atNanos) implements Event {
    }

    /**
     * The connection ended without (or after) a close frame.
     *
     * @param cause why reading stopped: end of stream, a reset, bytes that are not WebSocket, or the close frame
     * @param how   in operator words: {@code the server closed it with close 1001 "going away"}
     */
    record Ended(IOException cause, long atNanos, String how) implements Event {
        boolean garbage() {
            return cause instanceof WebSocketProtocolException;
        }
    }

    /** TCP (and TLS for {@code wss}) to the target's address, each within {@code timeout}. */
    static WebSocketConnection open(GatewayTarget target, Optional<SSLContext> tls, Duration timeout,
                                    Transcript transcript) throws IOException {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        InetAddress address = literal(target.address()) ? InetAddress.getByName(target.address())
                : SystemLookup.allByName(target.address(), timeout, "gateways[].addresses")[0];
        Socket raw = new Socket();
        try {
            raw.connect(new InetSocketAddress(address, target.gateway().port()), millis);
            raw.setSoTimeout(millis);
            raw.setTcpNoDelay(true);
            transcript.note("connected to " + target.socket());
            Socket socket = raw;
            if (tls.isPresent()) {
                SSLSocket ssl = (SSLSocket) tls.get().getSocketFactory()
                        .createSocket(raw, target.gateway().host(), target.gateway().port(), true);
                SSLParameters params = ssl.getSSLParameters();
                params.setEndpointIdentificationAlgorithm("HTTPS");
                if (!literal(target.gateway().host())) {
                    params.setServerNames(List.of(new SNIHostName(target.gateway().host())));
                }
                params.setApplicationProtocols(new String[] {"http/1.1"}); // never h2: the upgrade is HTTP/1.1
                ssl.setSSLParameters(params);
                ssl.startHandshake();
                transcript.note("TLS " + ssl.getSession().getProtocol() + " with " + target.gateway().host()
                        + " (SNI and hostname verified)");
                socket = ssl;
            }
            return new WebSocketConnection(socket, transcript);
        } catch (IOException | RuntimeException e) {
            try {
                raw.close();
            } catch (IOException ignored) {
                // closing a socket that failed
            }
            throw e;
        }
    }

    static boolean literal(String host) {
        return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    /** Sends the request and reads the answer's head within {@code timeout}. */
    UpgradeResponse upgrade(UpgradeRequest request, Duration timeout) throws IOException {
        Deadline deadline = Deadline.in(socket, timeout);
        out.write(request.bytes());
        out.flush();
        transcript.note("upgrade request sent (GET " + request.resource() + ", Host " + request.host() + ")");
        UpgradeResponse response = UpgradeResponse.read(in, deadline);
        transcript.note("answer: " + response.statusLine());
        return response;
    }

    /** From now on a reader thread takes frames off the wire; waits are {@link #await}'s. */
    void startReading(String name) throws IOException {
        socket.setSoTimeout(0); // the reader blocks; every wait for what it reads is bounded in await
        MessageReader reader = new MessageReader(in, FrameCodec.MAX_PAYLOAD);
        Thread thread = new Thread(() -> read(reader), "gateway-reader " + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void read(MessageReader reader) {
        while (true) {
            try {
                MessageReader.Received received = reader.next();
                long at = System.nanoTime();
                Frame frame = received.frame();
                transcript.received(frame, received.fragments(), at);
                if (frame.opcode() == Frame.CLOSE) { // known as the end before anyone sees the frame
                    end(new Ended(new IOException("closed by the server"), at, "the server closed it with close "
                            + frame.closeDescription()));
                }
                events.add(new Received(frame, received.fragments(), at));
                if (frame.opcode() == Frame.PING) {
                    send(Frame.pong(frame.payload())); // RFC 6455 §5.5.2: a pong for every ping
                } else if (frame.opcode() == Frame.CLOSE) {
                    if (!closeSent) {
                        send(Frame.close(frame.closeCode() == Frame.NO_STATUS ? 1000 : frame.closeCode(), ""));
                    }
                    return;
                }
            } catch (IOException e) {
                long at = System.nanoTime();
                if (!socket.isClosed()) {
                    transcript.note("connection ended: " + e.getMessage());
                }
                Ended end = new Ended(e, at, e instanceof WebSocketProtocolException ? "the server sent " + e.getMessage()
                        : "the connection ended without a close frame (" + e.getMessage() + ")");
                end(end);
                events.add(end);
                return;
            }
        }
    }

    private void end(Ended end) {
        if (ended == null) {
            ended = end;
        }
    }

    /** How and when the connection ended, once it has. */
    Optional<Ended> end() {
        return Optional.ofNullable(ended);
    }

    /** Whether reading has stopped: the server closed, the connection dropped, or garbage arrived. */
    boolean ended() {
        return ended != null;
    }

    /** A masked client frame; writes never interleave with the reader's pongs. */
    synchronized void send(Frame frame) throws IOException {
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        FrameCodec.write(out, frame, mask);
        if (frame.opcode() == Frame.CLOSE) {
            closeSent = true;
        }
        transcript.sent(frame);
    }

    /** The next thing the reader saw, within {@code within}; null when nothing came. */
    Event await(Duration within) throws InterruptedException {
        long millis = Math.max(0, within.toMillis());
        return events.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** A line of the transcript from the probe (what it waited for, what it concluded). */
    void note(String text) {
        transcript.note(text);
    }

    /** Nanos of the transcript's start, for timings relative to the socket's opening. */
    long startNanos() {
        return transcript.startNanos();
    }

    /** Ends politely when still open: a close 1000, its echo awaited at most {@code linger}, then the socket. */
    void finish(Duration linger) {
        try {
            if (!ended() && !closeSent) {
                send(Frame.close(1000, "T-Minus check done"));
                long end = System.nanoTime() + linger.toNanos();
                while (!ended() && System.nanoTime() < end) {
                    Event e = await(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
                    if (e == null) {
                        break;
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
