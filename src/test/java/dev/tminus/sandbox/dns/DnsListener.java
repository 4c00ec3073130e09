package dev.tminus.sandbox.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;

/**
 * Real DNS transport for a sandbox server: UDP and TCP on one loopback address and port. Answers
 * larger than the client's UDP buffer go out truncated (TC) over UDP, whole over TCP, as real
 * servers do. A reply may be delayed (a slow server) without holding up other queries.
 */
public final class DnsListener implements AutoCloseable {

    /** What a server does with one query: the reply, or {@code null} to stay silent. */
    interface Handler {
        Reply answer(Message query, InetAddress client);
    }

    /**
     * A reply, how long to hold it back (a slow server; 0 for none), and whether to send it cut short
     * (a broken middlebox or server: the last bytes of every answer lost).
     */
    record Reply(Message message, long delayMillis, boolean cutShort) {
        Reply(Message message, long delayMillis) {
            this(message, delayMillis, false);
        }

        static Reply now(Message message) {
            return new Reply(message, 0);
        }

        byte[] bytes(byte[] wire) {
            return cutShort ? java.util.Arrays.copyOf(wire, Math.max(12, wire.length - 3)) : wire;
        }
    }

    private final String name;
    private final Handler handler;
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final ExecutorService workers;
    private final ScheduledExecutorService delays;

    DnsListener(String name, InetSocketAddress address, Handler handler) throws IOException {
        this.name = name;
        this.handler = handler;
        this.udp = new DatagramSocket(null);
        this.udp.setReuseAddress(true);
        this.udp.bind(address);
        this.tcp = new ServerSocket();
        try {
            this.tcp.setReuseAddress(true);
            this.tcp.bind(address, 50);
        } catch (IOException e) {
            udp.close();
            tcp.close();
            throw e;
        }
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(4, r -> daemon(r, "sandbox-dns-" + name + "-" + n.incrementAndGet()));
        this.delays = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sandbox-dns-" + name + "-delay"));
        daemon(this::serveUdp, "sandbox-dns-" + name + "-udp").start();
        daemon(this::serveTcp, "sandbox-dns-" + name + "-tcp").start();
    }

    /** A listener on a free port of {@code host} (the same port for UDP and TCP), retrying on races. */
    public static DnsListener onFreePort(String name, String host, Handler handler) throws IOException {
        IOException last = null;
        for (int i = 0; i < 20; i++) {
            int port;
            try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getByName(host))) {
                port = probe.getLocalPort();
            }
            try {
                return new DnsListener(name, new InetSocketAddress(host, port), handler);
            } catch (java.net.BindException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Where it listens. */
    public InetSocketAddress address() {
        return (InetSocketAddress) udp.getLocalSocketAddress();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void serveUdp() {
        byte[] buffer = new byte[65535];
        while (!udp.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                udp.receive(packet);
                byte[] wire = java.util.Arrays.copyOf(packet.getData(), packet.getLength());
                InetSocketAddress client = (InetSocketAddress) packet.getSocketAddress();
                workers.execute(() -> replyUdp(wire, client));
            } catch (IOException e) {
                if (udp.isClosed()) {
                    return;
                }
            }
        }
    }

    private void replyUdp(byte[] wire, InetSocketAddress client) {
        Message query;
        try {
            query = new Message(wire);
        } catch (IOException e) {
            return;
        }
        Reply answer = handler.answer(query, client.getAddress());
        if (answer == null) {
            return;
        }
        Message reply = answer.message();
        OPTRecord opt = query.getOPT();
        int limit = opt == null ? 512 : Math.max(512, opt.getPayloadSize());
        byte[] out = reply.toWire(limit);
        if (out.length > limit || reply.toWire().length > limit) {
            reply.getHeader().setFlag(Flags.TC);
            out = reply.toWire(limit);
        }
        byte[] bytes = answer.bytes(out);
        later(answer.delayMillis(), () -> {
            try {
                udp.send(new DatagramPacket(bytes, bytes.length, client));
            } catch (IOException ignored) {
                // the client went away; nothing to do
            }
        });
    }

    private void later(long delay, Runnable send) {
        if (delay <= 0) {
            send.run();
        } else {
            delays.schedule(send, delay, TimeUnit.MILLISECONDS);
        }
    }

    private void serveTcp() {
        while (!tcp.isClosed()) {
            try {
                Socket socket = tcp.accept();
                workers.execute(() -> serveConnection(socket));
            } catch (IOException e) {
                if (tcp.isClosed()) {
                    return;
                }
            }
        }
    }

    private void serveConnection(Socket socket) {
        try (socket) {
            socket.setSoTimeout(5_000);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            while (true) {
                int length = in.readUnsignedShort();
                byte[] wire = in.readNBytes(length);
                Reply answer = handler.answer(new Message(wire), socket.getInetAddress());
                if (answer == null) {
                    return;
                }
                byte[] bytes = answer.bytes(answer.message().toWire());
                if (answer.delayMillis() > 0) {
                    Thread.sleep(answer.delayMillis());
                }
                out.writeShort(bytes.length);
                out.write(bytes);
                out.flush();
            }
        } catch (IOException e) {
            // connection closed by the client, or garbage: drop it like a real server
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        udp.close();
        try {
            tcp.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        workers.shutdownNow();
        delays.shutdownNow();
    }

    @Override
    public String toString() {
        return "DnsListener(" + name + " " + udp.getLocalSocketAddress() + ")";
    }

}
