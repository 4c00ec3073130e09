package dev.tminus.tls;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a server sends back to a hand-written ClientHello, in clear: an alert, or a ServerHello
 * (version, chosen suite) and, for a finite-field DHE suite, on to its ServerKeyExchange for the size
 * of the DH group. It never completes a key exchange.
 *
 * @param alert   the fatal alert the server answered with, if it refused
 * @param version the version of its ServerHello (0 when there was none)
 * @param suite   the suite it chose (-1 when there was none)
 * @param dhPrime the DH group's modulus (meant to be a prime), when it sent a DHE ServerKeyExchange
 * @param other   what it sent instead of a ServerHello or an alert, if anything else
 */
record ServerFlight(Optional<String> alert, int version, int suite, Optional<BigInteger> dhPrime, Optional<String> other) {

    /** The DH modulus's size in bits. */
    Optional<Integer> dhBits() {
        return dhPrime.map(BigInteger::bitLength);
    }

    static final Map<Integer, String> ALERTS = Map.ofEntries(Map.entry(0, "close_notify"),
            Map.entry(10, "unexpected_message"), Map.entry(40, "handshake_failure"), Map.entry(42, "bad_certificate"),
            Map.entry(43, "unsupported_certificate"), Map.entry(44, "certificate_revoked"),
            Map.entry(45, "certificate_expired"), Map.entry(46, "certificate_unknown"),
            Map.entry(47, "illegal_parameter"), Map.entry(48, "unknown_ca"), Map.entry(49, "access_denied"),
            Map.entry(50, "decode_error"), Map.entry(51, "decrypt_error"), Map.entry(70, "protocol_version"),
            Map.entry(71, "insufficient_security"), Map.entry(80, "internal_error"),
            Map.entry(86, "inappropriate_fallback"), Map.entry(90, "user_canceled"),
            Map.entry(109, "missing_extension"), Map.entry(112, "unrecognized_name"),
            Map.entry(116, "certificate_required"), Map.entry(120, "no_application_protocol"));

    private static final int MAX_FLIGHT = 1 << 18;

    boolean hello() {
        return suite >= 0;
    }

    static ServerFlight read(TlsTarget target, DataInputStream in, boolean keyExchange) throws IOException {
        try {
            return parse(target, in, keyExchange);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("the server's handshake messages are truncated or malformed", e);
        }
    }

    private static ServerFlight parse(TlsTarget target, DataInputStream in, boolean keyExchange) throws IOException {
        Reader reader = new Reader(target, in);
        byte[] hello = reader.message();
        if (reader.alert != null) {
            return new ServerFlight(Optional.of(reader.alert), 0, -1, Optional.empty(), Optional.empty());
        }
        if (hello.length < 4 || hello[0] != 2) {
            return new ServerFlight(Optional.empty(), 0, -1, Optional.empty(),
                    Optional.of("handshake message " + (hello[0] & 0xff) + " instead of a ServerHello"));
        }
        int version = ServerHelloReader.version(hello);
        int suite = ServerHelloReader.suite(hello);
        if (!keyExchange || !CipherSuites.isDhe(suite) || version == 0x0304) {
            return new ServerFlight(Optional.empty(), version, suite, Optional.empty(), Optional.empty());
        }
        for (int i = 0; i < 8; i++) {
            byte[] message = reader.message();
            if (reader.alert != null || message.length < 4 || message[0] == 14) {
                break;
            }
            if (message[0] == 12) {
                ByteBuffer b = ByteBuffer.wrap(message, 4, message.length - 4);
                byte[] p = new byte[b.getShort() & 0xffff];
                b.get(p);
                return new ServerFlight(Optional.empty(), version, suite, Optional.of(new BigInteger(1, p)), Optional.empty());
            }
        }
        return new ServerFlight(Optional.empty(), version, suite, Optional.empty(), Optional.empty());
    }

    /** Handshake messages reassembled from records; the first record must look like TLS. */
    private static final class Reader {
        private final TlsTarget target;
        private final DataInputStream in;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private int records;
        private int total;
        private String alert;

        Reader(TlsTarget target, DataInputStream in) {
            this.target = target;
            this.in = in;
        }

        byte[] message() throws IOException {
            while (true) {
                byte[] buffered = pending.toByteArray();
                if (buffered.length >= 4) {
                    int length = ((buffered[1] & 0xff) << 16) | ((buffered[2] & 0xff) << 8) | (buffered[3] & 0xff);
                    if (buffered.length >= 4 + length) {
                        pending.reset();
                        pending.write(buffered, 4 + length, buffered.length - 4 - length);
                        return Arrays.copyOf(buffered, 4 + length);
                    }
                }
                int type = in.readUnsignedByte();
                int recordVersion = in.readUnsignedShort();
                int length = in.readUnsignedShort();
                if ((type != 0x15 && type != 0x16) || (recordVersion >> 8) != 3 || length > (1 << 14) + 2048) {
                    if (records == 0) {
                        throw Failures.notTls(target, "the port answered the ClientHello with something that is not TLS", null);
                    }
                    throw new IOException("record type " + type + " in the server's flight");
                }
                records++;
                total += length;
                if (total > MAX_FLIGHT) {
                    throw new IOException("the server's first flight exceeds " + MAX_FLIGHT / 1024 + " KiB");
                }
                byte[] body = new byte[length];
                in.readFully(body);
                if (type == 0x15) {
                    int code = length >= 2 ? body[1] & 0xff : -1;
                    alert = ALERTS.getOrDefault(code, String.valueOf(code));
                    return new byte[0];
                }
                pending.write(body);
            }
        }
    }
}
