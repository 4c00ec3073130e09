package dev.tminus.sandbox.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One sandbox TLS server on one loopback address: a plain listener that reads the ClientHello first,
 * then hands the connection to JSSE (or plays one of its faults). It completes the handshake and
 * closes; it never serves application data.
 */
public final class TlsServer implements AutoCloseable {

    private static final byte[] NOT_TLS = ("HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"
            + "<html><body>plain HTTP port</body></html>").getBytes(StandardCharsets.US_ASCII);

    private final InetSocketAddress bound;
    private volatile ServerSocket listener;
    private final ExecutorService workers;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerMode mode;

    public TlsServer(String address, int port, ServerMode mode) throws IOException {
        this.mode = mode;
        this.workers = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "sandbox-tls-" + address);
            t.setDaemon(true);
            return t;
        });
        ServerSocket first = listen(new InetSocketAddress(InetAddress.getByName(address), port));
        this.bound = new InetSocketAddress(first.getInetAddress(), first.getLocalPort());
        if (mode.wire() == ServerMode.Wire.ABSENT) {
            first.close();
        }
    }

    private ServerSocket listen(InetSocketAddress at) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(at, 64);
        listener = socket;
        Thread acceptor = new Thread(() -> acceptLoop(socket), "sandbox-tls-accept-" + at.getAddress().getHostAddress());
        acceptor.setDaemon(true);
        acceptor.start();
        return socket;
    }

    int port() {
        return bound.getPort();
    }

    /** Switches behaviour; {@link ServerMode.Wire#ABSENT} stops listening (connection refused) until the next mode. */
    synchronized void mode(ServerMode mode) throws IOException {
        this.mode = mode;
        open.forEach(TlsServer::closeQuietly);
        boolean listening = !listener.isClosed();
        if (mode.wire() == ServerMode.Wire.ABSENT && listening) {
            listener.close();
        } else if (mode.wire() != ServerMode.Wire.ABSENT && !listening) {
            listen(bound);
        }
    }

    private void acceptLoop(ServerSocket listener) {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                open.add(socket);
                ServerMode current = mode;
                workers.execute(() -> serve(socket, current));
            } catch (IOException e) {
                // closed, or one failed accept: go on until the listener is closed
            }
        }
    }

    private void serve(Socket socket, ServerMode mode) {
        try {
            socket.setSoTimeout(10_000);
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            ClientHelloPeek hello = ClientHelloPeek.read(in);
            switch (mode.wire()) {
                case NOT_TLS -> out.write(NOT_TLS);
                case STALL -> {
                    while (in.read() >= 0) {
                        // hold the connection without answering until the client gives up
                    }
                }
                case ALERT -> out.write(RawAnswers.alert(40));
                case LEGACY_ONLY -> legacyOnly(out, hello);
                case TLS, ABSENT -> tls(socket, mode, hello);
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or the handshake failed: nothing to serve
        } finally {
            open.remove(socket);
            closeQuietly(socket);
        }
    }

    /** A server that speaks only TLS 1.0 and 1.1, as OpenSSL answers: protocol_version to anything newer. */
    private static void legacyOnly(OutputStream out, ClientHelloPeek hello) throws IOException {
        int version = hello.highestVersion();
        out.write(version >= 0x0301 && version <= 0x0302 ? ClientHelloPeek.serverHello(version) : RawAnswers.alert(70));
        out.flush();
    }

    private void tls(Socket socket, ServerMode mode, ClientHelloPeek hello) throws IOException {
        int weak = RawAnswers.weakChoice(mode, hello.suites());
        if (weak >= 0) {
            socket.getOutputStream().write(RawAnswers.flight(Math.min(hello.legacyVersion(), 0x0303), weak, mode.dhBits()));
            socket.getOutputStream().flush();
            return;
        }
        handshake(socket, mode, hello);
    }

    private void handshake(Socket socket, ServerMode mode, ClientHelloPeek hello) throws IOException {
        int version = hello.highestVersion();
        if (mode.acceptLegacy() && version >= 0x0301 && version <= 0x0302) {
            socket.getOutputStream().write(ClientHelloPeek.serverHello(version));
            socket.getOutputStream().flush();
            return;
        }
        try (SSLSocket tls = (SSLSocket) mode.context().get().getSocketFactory()
                .createSocket(socket, new ByteArrayInputStream(hello.bytes()), true)) {
            SSLParameters params = tls.getSSLParameters();
            params.setApplicationProtocols(mode.alpn().toArray(String[]::new));
            if (!mode.suites().isEmpty()) {
                params.setCipherSuites(mode.suites().toArray(String[]::new));
            }
            if (!mode.protocols().isEmpty()) {
                params.setProtocols(mode.protocols().toArray(String[]::new));
            }
            tls.setSSLParameters(params);
            tls.startHandshake();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        open.forEach(TlsServer::closeQuietly);
        workers.shutdownNow();
    }
}
