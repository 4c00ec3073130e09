package dev.tminus.sandbox.tls;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/** Reads the first TLS record a client sends, keeping its bytes so JSSE can consume them after. */
final class ClientHelloPeek {

    private final byte[] bytes;
    private final int highestVersion;

    private ClientHelloPeek(byte[] bytes, int highestVersion) {
        this.bytes = bytes;
        this.highestVersion = highestVersion;
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
        return new ClientHelloPeek(all.toByteArray(), header[0] == 0x16 ? highest(body) : 0);
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
            b.position(b.position() + (b.get() & 0xff));
            b.position(b.position() + (b.getShort() & 0xffff));
            b.position(b.position() + (b.get() & 0xff));
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
