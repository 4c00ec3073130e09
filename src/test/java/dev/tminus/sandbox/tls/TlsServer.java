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
final class TlsServer implements AutoCloseable {

    private static final byte[] NOT_TLS = ("HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"
            + "<html><body>plain HTTP port</body></html>").getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final ExecutorService workers;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerMode mode;

    TlsServer(String address, int port, ServerMode mode) throws IOException {
        this.mode = mode;
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getByName(address), port), 64);
        this.workers = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "sandbox-tls-" + address);
            t.setDaemon(true);
            return t;
        });
        Thread acceptor = new Thread(this::acceptLoop, "sandbox-tls-accept-" + address);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    void mode(ServerMode mode) {
        this.mode = mode;
        open.forEach(TlsServer::closeQuietly);
    }

    private void acceptLoop() {
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
                case TLS -> handshake(socket, mode, hello);
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or the handshake failed: nothing to serve
        } finally {
            open.remove(socket);
            closeQuietly(socket);
        }
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
