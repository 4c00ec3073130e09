package dev.tminus.cache;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLServerSocketFactory;

/**
 * A loopback server that speaks just enough RESP for the probe: each command (its name, or
 * {@code INFO section}) gets the raw reply a test programs, {@code +OK} otherwise; or it accepts and
 * never answers. It counts the connections it accepted. Over TLS when given a server socket factory.
 */
final class FakeRedis implements AutoCloseable {

    private final ServerSocket server;
    private final Map<String, String> replies = new ConcurrentHashMap<>();
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile boolean silent;

    FakeRedis() throws IOException {
        this(null);
    }

    FakeRedis(SSLServerSocketFactory tls) throws IOException {
        server = tls == null ? new ServerSocket() : tls.createServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        replies.put("PING", "+PONG\r\n");
        Thread t = new Thread(this::accept, "fake-redis");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Accepts connections and never answers. */
    FakeRedis silent() {
        silent = true;
        return this;
    }

    /** {@code command} is {@code ROLE}, {@code TYPE}, {@code INFO replication}, ...; {@code raw} a whole RESP reply. */
    FakeRedis reply(String command, String raw) {
        replies.put(command.toUpperCase(Locale.ROOT), raw);
        return this;
    }

    /** A bulk string reply, as INFO answers. */
    static String bulk(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return "$" + bytes.length + "\r\n" + text + "\r\n";
    }

    int accepted() {
        return accepted.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                accepted.incrementAndGet();
                clients.add(client);
                if (!silent) {
                    Thread t = new Thread(() -> serve(client), "fake-redis-client");
                    t.setDaemon(true);
                    t.start();
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            while (true) {
                List<String> command = read(in);
                if (command == null) {
                    return;
                }
                String name = command.get(0).toUpperCase(Locale.ROOT);
                String key = name.equals("INFO") && command.size() > 1
                        ? name + " " + command.get(1).toUpperCase(Locale.ROOT) : name;
                out.write(replies.getOrDefault(key, replies.getOrDefault(name, "+OK\r\n")).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** One RESP array of bulk strings, or null at the end of the stream. */
    private static List<String> read(InputStream in) throws IOException {
        String header = line(in);
        if (header == null) {
            return null;
        }
        int n = Integer.parseInt(header.substring(1));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int length = Integer.parseInt(line(in).substring(1));
            byte[] bytes = in.readNBytes(length + 2);
            parts.add(new String(bytes, 0, length, StandardCharsets.UTF_8));
        }
        return parts;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                return text.toString().strip();
            }
            text.append((char) c);
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : clients) {
            s.close();
        }
    }
}
