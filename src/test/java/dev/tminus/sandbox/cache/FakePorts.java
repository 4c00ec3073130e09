package dev.tminus.sandbox.cache;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Loopback ports that are not Redis: one accepts connections and never answers (a node hung, or a
 * firewall that swallows packets after the handshake), one answers HTTP (the URL names the wrong port).
 */
final class FakePorts implements AutoCloseable {

    private static final byte[] HTTP = ("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

    void start(int silentPort, int garbagePort) throws IOException {
        ServerSocket silent = bind(silentPort);
        ServerSocket garbage = bind(garbagePort);
        daemon("sandbox-cache-silent", () -> {
            while (!silent.isClosed()) {
                open.add(silent.accept()); // held open, never read or written
            }
        });
        daemon("sandbox-cache-garbage", () -> {
            while (!garbage.isClosed()) {
                try (Socket client = garbage.accept()) {
                    client.getOutputStream().write(HTTP);
                    client.getOutputStream().flush();
                    client.setSoTimeout(500);
                    client.getInputStream().read(new byte[1024]); // let the client's command arrive, then close
                } catch (IOException e) {
                    // the next client
                }
            }
        });
    }

    private ServerSocket bind(int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        open.add(server);
        return server;
    }

    private interface Loop {
        void run() throws IOException;
    }

    private static void daemon(String name, Loop loop) {
        Thread t = new Thread(() -> {
            try {
                loop.run();
            } catch (IOException e) {
                // closed
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        open.forEach(c -> {
            try {
                c.close();
            } catch (Exception ignored) {
                // already closed
            }
        });
        open.clear();
    }
}
