package dev.tminus.tls;

import java.nio.ByteBuffer;

/** Reads the negotiated version (supported_versions wins over legacy_version) and suite from a ServerHello. */
final class ServerHelloReader {

    private ServerHelloReader() {
    }

    /** @param handshake the handshake message: type, 3-byte length, body (at least its first part) */
    static int version(byte[] handshake) {
        ByteBuffer b = ByteBuffer.wrap(handshake);
        b.position(4);
        int legacy = b.getShort() & 0xffff;
        try {
            b.position(b.position() + 32);
            int sessionId = b.get() & 0xff;
            b.position(b.position() + sessionId + 2 + 1);
            if (b.remaining() < 2) {
                return legacy;
            }
            int end = b.position() + 2 + (b.getShort() & 0xffff);
            while (b.position() + 4 <= Math.min(end, b.limit())) {
                int type = b.getShort() & 0xffff;
                int len = b.getShort() & 0xffff;
                if (type == 0x002b && len == 2) {
                    return b.getShort() & 0xffff;
                }
                b.position(b.position() + len);
            }
        } catch (RuntimeException e) {
            return legacy;
        }
        return legacy;
    }

    /** The cipher suite the server chose; -1 when the message is too short to say. */
    static int suite(byte[] handshake) {
        try {
            ByteBuffer b = ByteBuffer.wrap(handshake);
            b.position(4 + 2 + 32);
            int sessionId = b.get() & 0xff;
            b.position(b.position() + sessionId);
            return b.getShort() & 0xffff;
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
