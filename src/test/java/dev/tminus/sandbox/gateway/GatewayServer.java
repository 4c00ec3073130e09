package dev.tminus.sandbox.gateway;

import dev.tminus.gateway.Frame;
import dev.tminus.gateway.FrameCodec;
import dev.tminus.gateway.MessageReader;
import dev.tminus.gateway.UpgradeRequest;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * One sandbox gateway backend on one loopback address and port, {@code ws} or {@code wss}: the
 * upgrade on {@value GatewayFaults#PATH} (404 elsewhere), pongs for pings, the app heartbeat
 * ({@code {"op":"ping"}} → {@code {"op":"pong","build":…,"ts":…}}), close echoed, and whatever its
 * {@link Behaviour} says instead. Its frames go through the probe's {@link FrameCodec} (server
 * frames unmasked); its HTTP is its own.
 */
final class GatewayServer implements AutoCloseable {

    /** What this backend does; swapped at run time when the active faults change. */
    record Behaviour(String subprotocol, boolean pongs, long heartbeatDelayMillis, String build, boolean plainHttp,
                     long closeAfterMillis, boolean closeFrame) {
    }

    private static final String LOBBY = "<!doctype html><html><head><title>PixelRush</title></head>"
            + "<body><h1>PixelRush lobby</h1><p>Download the game to play.</p></body></html>";

    private final ServerSocket listener;
    private final String name;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timers;
    private volatile Behaviour behaviour;

    /** @param tls a server context for wss; null for ws */
    GatewayServer(String address, int port, SSLContext tls, Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.name = (tls == null ? "ws " : "wss ") + address + ":" + port;
        ServerSocket socket = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getByName(address), port), 64);
        this.listener = socket;
        this.timers = Executors.newScheduledThreadPool(2, r -> daemon(r, "sandbox-gateway-timer " + name));
        daemon(this::accept, "sandbox-gateway-accept " + name).start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The port it listens on (the one asked for, or the free one it got for port 0). */
    int port() {
        return listener.getLocalPort();
    }

    /** The healthy behaviour of the sandbox's backends. */
    static Behaviour healthy() {
        return new Behaviour(GatewayFaults.SUBPROTOCOL, true, 0, GatewayFaults.BUILD, false, 0, true);
    }

    void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
        dropConnections();
    }

    void dropConnections() {
        open.forEach(GatewayServer::closeQuietly);
        open.clear();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                open.add(client);
                daemon(() -> serve(client), "sandbox-gateway " + name).start();
            } catch (IOException e) {
                // closed, or one failed accept (a TLS client that gave up)
            }
        }
    }

    private void serve(Socket client) {
        Behaviour now = behaviour;
        try (client) {
            client.setSoTimeout(30_000);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            Map<String, String> headers = new LinkedHashMap<>();
            String requestLine = head(in, headers);
            if (requestLine == null) {
                return;
            }
            String[] parts = requestLine.split(" ");
            String path = parts.length > 1 ? parts[1] : "";
            if (now.plainHttp()) {
                http(out, "200 OK", "text/html; charset=utf-8", LOBBY);
                return;
            }
            if (!path.equals(GatewayFaults.PATH) && !path.startsWith(GatewayFaults.PATH + "?")) {
                http(out, "404 Not Found", "text/plain", "no route for " + path);
                return;
            }
            String key = headers.get("sec-websocket-key");
            if (key == null || !"websocket".equalsIgnoreCase(headers.getOrDefault("upgrade", ""))
                    || !"13".equals(headers.get("sec-websocket-version"))) {
                http(out, "426 Upgrade Required", "text/plain", "this is a WebSocket endpoint");
                return;
            }
            StringBuilder answer = new StringBuilder("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Accept: " + UpgradeRequest.accept(key) + "\r\n");
            List<String> offered = headers.containsKey("sec-websocket-protocol")
                    ? List.of(headers.get("sec-websocket-protocol").split("\\s*,\\s*")) : List.of();
            if (!offered.isEmpty()) {
                answer.append("Sec-WebSocket-Protocol: ").append(now.subprotocol()).append("\r\n");
            }
            answer.append("Server: pixelrush-gateway/").append(now.build()).append("\r\n\r\n");
            out.write(answer.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            client.setSoTimeout(0);
            if (now.closeAfterMillis() > 0) {
                timers.schedule(() -> closeEarly(client, out, now), now.closeAfterMillis(), TimeUnit.MILLISECONDS);
            }
            frames(client, in, out, now);
        } catch (IOException e) {
            // the client went away, or the sandbox dropped the connection
        } finally {
            open.remove(client);
        }
    }

    private void frames(Socket client, InputStream in, OutputStream out, Behaviour now) throws IOException {
        MessageReader reader = new MessageReader(in, FrameCodec.MAX_PAYLOAD);
        while (!client.isClosed()) {
            Frame frame = reader.next().frame();
            switch (frame.opcode()) {
                case Frame.PING -> {
                    if (now.pongs()) {
                        send(out, Frame.pong(frame.payload()));
                    }
                }
                case Frame.CLOSE -> {
                    send(out, Frame.close(frame.closeCode() == Frame.NO_STATUS ? 1000 : frame.closeCode(), ""));
                    return;
                }
                case Frame.TEXT -> {
                    if (frame.text().contains("\"op\":\"ping\"")) {
                        Frame reply = Frame.text("{\"op\":\"pong\",\"build\":\"" + now.build() + "\",\"ts\":"
                                + System.currentTimeMillis() + "}");
                        timers.schedule(() -> sendQuietly(out, reply), now.heartbeatDelayMillis(), TimeUnit.MILLISECONDS);
                    } else {
                        send(out, Frame.text("{\"op\":\"error\",\"reason\":\"unknown op\"}"));
                    }
                }
                default -> { }
            }
        }
    }

    private void closeEarly(Socket client, OutputStream out, Behaviour now) {
        if (now.closeFrame()) {
            sendQuietly(out, Frame.close(1001, "backend draining"));
        }
        closeQuietly(client);
    }

    private static void send(OutputStream out, Frame frame) throws IOException {
        synchronized (out) {
            FrameCodec.write(out, frame, null);
        }
    }

    private static void sendQuietly(OutputStream out, Frame frame) {
        try {
            send(out, frame);
        } catch (IOException e) {
            // the connection is gone
        }
    }

    private static void http(OutputStream out, String status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    /** The request line, and the headers by lower-case name; null when the client sent nothing. */
    private static String head(InputStream in, Map<String, String> headers) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        String requestLine = null;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).replaceAll("\r$", "");
                line.reset();
                if (text.isEmpty()) {
                    return requestLine;
                }
                if (requestLine == null) {
                    requestLine = text;
                } else if (text.indexOf(':') > 0) {
                    headers.put(text.substring(0, text.indexOf(':')).trim().toLowerCase(Locale.ROOT),
                            text.substring(text.indexOf(':') + 1).trim());
                }
            } else if (line.size() < 8192) {
                line.write(b);
            }
        }
        return null;
    }

    private static void closeQuietly(java.io.Closeable socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        closeQuietly(listener);
        dropConnections();
        timers.shutdownNow();
    }
}
