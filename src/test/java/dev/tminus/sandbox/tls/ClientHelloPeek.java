package dev.tminus.sandbox.tls;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;

/** Reads the first TLS record a client sends, keeping its bytes so JSSE can consume them after. */
final class ClientHelloPeek {

    private final byte[] bytes;
    private final int highestVersion;
    private final List<Integer> suites;

    private ClientHelloPeek(byte[] bytes, int highestVersion, List<Integer> suites) {
        this.bytes = bytes;
        this.highestVersion = highestVersion;
        this.suites = List.copyOf(suites);
    }

    static ClientHelloPeek read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] header = new byte[5];
        data.readFully(header);
        int length = ((header[3] & 0xff) << 8) | (header[4] & 0xff);
        byte[] body = new byte[Math.min(length, 1 << 15)];
        data.readFully(body);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(header);
        all.write(body);
        boolean hello = header[0] == 0x16;
        return new ClientHelloPeek(all.toByteArray(), hello ? highest(body) : 0, hello ? suites(body) : List.of());
    }

    /** The cipher suites offered, in the client's order; empty if unreadable. */
    List<Integer> suites() {
        return suites;
    }

    /** The hello's legacy_version (the highest a TLS 1.2 or older client offers). */
    int legacyVersion() {
        return bytes.length >= 11 ? ((bytes[9] & 0xff) << 8) | (bytes[10] & 0xff) : 0;
    }

    private static List<Integer> suites(byte[] handshake) {
        try {
            ByteBuffer b = ByteBuffer.wrap(handshake);
            b.position(4 + 2 + 32);
            skip(b, b.get() & 0xff);
            int n = (b.getShort() & 0xffff) / 2;
            List<Integer> out = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(b.getShort() & 0xffff);
            }
            return out;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** The highest version offered (supported_versions if present, else legacy_version); 0 if unreadable. */
    int highestVersion() {
        return highestVersion;
    }

    private static int highest(byte[] handshake) {
        try {
            ByteBuffer b = ByteBuffer.wrap(handshake);
            if (b.get() != 1) {
                return 0;
            }
            b.position(4);
            int legacy = b.getShort() & 0xffff;
            b.position(b.position() + 32);
            skip(b, b.get() & 0xff);
            skip(b, b.getShort() & 0xffff);
            skip(b, b.get() & 0xff);
            if (b.remaining() < 2) {
                return legacy;
            }
            int end = b.position() + 2 + (b.getShort() & 0xffff);
            while (b.position() + 4 <= end) {
                int type = b.getShort() & 0xffff;
                int len = b.getShort() & 0xffff;
                if (type == 0x002b) {
                    int max = 0;
                    int n = b.get() & 0xff;
                    for (int i = 0; i < n / 2; i++) {
                        max = Math.max(max, b.getShort() & 0xffff);
                    }
                    return max;
                }
                b.position(b.position() + len);
            }
            return legacy;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Skips {@code n} bytes after a length field (read first: the position moves past it). */
    private static void skip(ByteBuffer b, int n) {
        b.position(b.position() + n);
    }

    /** A ServerHello record choosing {@code version} and TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA. */
    static byte[] serverHello(int version) {
        ByteBuffer hello = ByteBuffer.allocate(4 + 2 + 32 + 1 + 2 + 1);
        hello.put((byte) 2).put((byte) 0).putShort((short) (2 + 32 + 1 + 2 + 1));
        hello.putShort((short) version).put(new byte[32]).put((byte) 0).putShort((short) 0xc013).put((byte) 0);
        ByteBuffer record = ByteBuffer.allocate(5 + hello.capacity());
        record.put((byte) 0x16).putShort((short) version).putShort((short) hello.capacity()).put(hello.array());
        return record.array();
    }
}
