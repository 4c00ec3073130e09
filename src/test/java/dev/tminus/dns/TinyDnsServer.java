package dev.tminus.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import org.xbill.DNS.Message;

/** A UDP (and optionally TCP) server on 127.0.0.1 whose replies a test scripts byte by byte. */
final class TinyDnsServer implements AutoCloseable {

    /** Builds the reply bytes for a query; {@code null} stays silent. The flag says "over TCP". */
    private final BiFunction<Message, Boolean, byte[]> reply;
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    final List<Message> udpQueries = new CopyOnWriteArrayList<>();
    final List<Message> tcpQueries = new CopyOnWriteArrayList<>();

    TinyDnsServer(boolean withTcp, BiFunction<Message, Boolean, byte[]> reply) throws IOException {
        this.reply = reply;
        // UDP takes a free port; TCP on the same number can be taken meanwhile by another process: try again.
        DatagramSocket u = null;
        ServerSocket t = null;
        for (int attempt = 1; t == null; attempt++) {
            u = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            if (!withTcp) {
                break;
            }
            try {
                t = new ServerSocket(u.getLocalPort(), 5, InetAddress.getLoopbackAddress());
            } catch (java.net.BindException e) {
                u.close();
                if (attempt == 20) {
                    throw e;
                }
            }
        }
        this.udp = u;
        this.tcp = t;
        start(this::serveUdp);
        if (tcp != null) {
            start(this::serveTcp);
        }
    }

    int port() {
        return udp.getLocalPort();
    }

    private static void start(Runnable r) {
        Thread t = new Thread(r, "tiny-dns");
        t.setDaemon(true);
        t.start();
    }

    private void serveUdp() {
        byte[] buffer = new byte[4096];
        while (!udp.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buffer, buffer.length);
                udp.receive(p);
                Message query = new Message(Arrays.copyOf(p.getData(), p.getLength()));
                udpQueries.add(query);
                byte[] out = reply.apply(query, false);
                if (out != null) {
                    udp.send(new DatagramPacket(out, out.length, p.getSocketAddress()));
                }
            } catch (IOException e) {
                // closed, or a query we cannot read: keep serving until closed
            }
        }
    }

    private void serveTcp() {
        while (!tcp.isClosed()) {
            try (Socket s = tcp.accept()) {
                DataInputStream in = new DataInputStream(s.getInputStream());
                Message query = new Message(in.readNBytes(in.readUnsignedShort()));
                tcpQueries.add(query);
                byte[] out = reply.apply(query, true);
                if (out != null) {
                    DataOutputStream o = new DataOutputStream(s.getOutputStream());
                    o.writeShort(out.length);
                    o.write(out);
                    o.flush();
                }
            } catch (IOException e) {
                // next connection
            }
        }
    }

    @Override
    public void close() throws IOException {
        udp.close();
        if (tcp != null) {
            tcp.close();
        }
    }
}
