package dev.tminus.sandbox.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay on loopback between the checks and a database server, playing what sits on a real
 * path: a slow query path ({@link #delay}: every answer after the login exchange arrives that much
 * later; logins stay fast, so only the round-trip check and not the connection burst turns red) or a
 * pooling proxy that keeps server connections after its clients left ({@link #keepServerSide}: the
 * client's goodbye, PostgreSQL Terminate or MySQL COM_QUIT, is swallowed and the server socket stays
 * open until the proxy closes). The cache sandbox uses it as a slow path to Redis too.
 */
public final class LoopbackProxy implements AutoCloseable {

    private static final byte[] PG_TERMINATE = {'X', 0, 0, 0, 4};
    private static final byte[] MYSQL_QUIT = {1, 0, 0, 0, 1};
    /** Server reads that make up a login (greeting, authentication, session set-up) on both servers. */
    private static final int LOGIN_READS = 4;

    private final int port;
    private final InetSocketAddress target;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sandbox-db-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;
    private volatile boolean keepServerSide;
    private ServerSocket server;

    public LoopbackProxy(int port, InetSocketAddress target) {
        this.port = port;
        this.target = target;
    }

    int port() {
        return port;
    }

    public void delay(Duration delay) {
        this.delay = delay;
    }

    void keepServerSide(boolean keep) {
        this.keepServerSide = keep;
    }

    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        ServerSocket listening = server;
        threads.execute(() -> acceptLoop(listening));
    }

    private void acceptLoop(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream = new Socket();
                upstream.connect(target, 5_000);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(upstream);
                threads.execute(() -> pump(client, upstream, false));
                threads.execute(() -> pump(upstream, client, true));
            } catch (IOException e) {
                if (listening.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromServer) {
        byte[] buffer = new byte[16 * 1024];
        int reads = 0;
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (fromServer && ++reads > LOGIN_READS && !delay.isZero()) {
                    Thread.sleep(delay.toMillis());
                }
                int length = !fromServer && keepServerSide ? withoutGoodbye(buffer, n) : n;
                out.write(buffer, 0, length);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side went away; the other side is handled below
        } finally {
            if (fromServer || !keepServerSide) {
                closeQuietly(to);
                closeQuietly(from);
            } else {
                closeQuietly(from); // the client left; the server connection stays, as a pooling proxy keeps it
            }
        }
    }

    private static int withoutGoodbye(byte[] buffer, int n) {
        for (byte[] goodbye : List.of(PG_TERMINATE, MYSQL_QUIT)) {
            if (n >= goodbye.length && Arrays.equals(buffer, n - goodbye.length, n, goodbye, 0, goodbye.length)) {
                return n - goodbye.length;
            }
        }
        return n;
    }

    /** Closes every connection, also those kept on the server side. */
    public void dropConnections() {
        sockets.forEach(LoopbackProxy::closeQuietly);
        sockets.clear();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            closeQuietly(server);
            server = null;
        }
        dropConnections();
        threads.shutdownNow();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
