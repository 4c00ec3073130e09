package dev.tminus.tls;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;

/**
 * A ClientHello written by hand, offering exactly one protocol version. The JDK refuses to offer
 * TLS 1.0 and 1.1 itself (jdk.tls.disabledAlgorithms), and a local refusal must never be taken for
 * the server's: this hello goes on the wire whatever the local security settings say.
 */
final class ClientHello {

    static final Map<String, Integer> VERSIONS = Map.of("TLSv1", 0x0301, "TLSv1.1", 0x0302, "TLSv1.2", 0x0303,
            "TLSv1.3", 0x0304);

    private static final int[] TLS13_SUITES = {0x1301, 0x1302, 0x1303};
    private static final int[] GROUPS = {0x001d, 0x0017, 0x0018};
    private static final int[] SIGNATURES = {0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501,
        0x0601, 0x0203, 0x0201};

    private ClientHello() {
    }

    /**
     * The whole record: one handshake record carrying the ClientHello. Up to TLS 1.2 it offers every
     * suite known here ({@link CipherSuites#EVERY}: weak, old and rare ciphers too), so a refusal is the
     * version's, not the cipher list's.
     */
    static byte[] record(String protocol, String host, SecureRandom random) {
        return record(protocol, host, random, CipherSuites.EVERY);
    }

    /** The same, offering exactly {@code legacySuites} below TLS 1.3 (TLS 1.3 has its own suites). */
    static byte[] record(String protocol, String host, SecureRandom random, int[] legacySuites) {
        int version = VERSIONS.get(protocol);
        boolean tls13 = version == 0x0304;
        Bytes body = new Bytes();
        body.u16(tls13 ? 0x0303 : version);
        body.raw(randomBytes(random, 32));
        body.u8(0);
        int[] suites = tls13 ? TLS13_SUITES : legacySuites;
        body.u16(suites.length * 2);
        for (int s : suites) {
            body.u16(s);
        }
        body.u8(1).u8(0);
        Bytes ext = extensions(host, tls13, random);
        // Some load balancers hang on a ClientHello of 256-511 bytes: pad it to 512, as OpenSSL does (RFC 7685).
        int length = 4 + body.size() + 2 + ext.size();
        if (length > 0xff && length < 0x200) {
            int pad = Math.max(0, 0x200 - length - 4);
            ext.u16(0x0015).u16(pad).raw(new byte[pad]);
        }
        body.u16(ext.size()).raw(ext.toByteArray());

        Bytes handshake = new Bytes().u8(1).u24(body.size()).raw(body.toByteArray());
        return new Bytes().u8(0x16).u16(0x0301).u16(handshake.size()).raw(handshake.toByteArray()).toByteArray();
    }

    private static Bytes extensions(String host, boolean tls13, SecureRandom random) {
        Bytes ext = new Bytes();
        if (host != null && !HandshakeProbe.isLiteral(host)) {
            byte[] name = host.getBytes(StandardCharsets.US_ASCII);
            ext.u16(0x0000).u16(name.length + 5).u16(name.length + 3).u8(0).u16(name.length).raw(name);
        }
        ext.u16(0x000a).u16(GROUPS.length * 2 + 2).u16(GROUPS.length * 2);
        for (int g : GROUPS) {
            ext.u16(g);
        }
        ext.u16(0x000b).u16(2).u8(1).u8(0);
        ext.u16(0x000d).u16(SIGNATURES.length * 2 + 2).u16(SIGNATURES.length * 2);
        for (int s : SIGNATURES) {
            ext.u16(s);
        }
        ext.u16(0xff01).u16(1).u8(0);
        if (tls13) {
            ext.u16(0x002b).u16(3).u8(2).u16(0x0304);
            ext.u16(0x0033).u16(38).u16(36).u16(0x001d).u16(32).raw(randomBytes(random, 32));
        }
        return ext;
    }

    private static byte[] randomBytes(SecureRandom random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** A growable big-endian byte buffer. */
    static final class Bytes extends ByteArrayOutputStream {
        Bytes u8(int v) {
            write(v & 0xff);
            return this;
        }

        Bytes u16(int v) {
            return u8(v >> 8).u8(v);
        }

        Bytes u24(int v) {
            return u8(v >> 16).u16(v);
        }

        Bytes raw(byte[] b) {
            write(b, 0, b.length);
            return this;
        }
    }
}
