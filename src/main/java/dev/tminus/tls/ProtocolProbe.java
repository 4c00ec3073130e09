package dev.tminus.tls;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;

/**
 * Offers one protocol version with a hand-written ClientHello and reads the first thing the server
 * answers: a ServerHello for that version (accepted), an alert, another version, or a closed
 * connection (refused). It stops there: no key exchange is completed.
 */
final class ProtocolProbe {

    private static final Map<Integer, String> NAMES = Map.of(0x0300, "SSLv3", 0x0301, "TLSv1", 0x0302, "TLSv1.1",
            0x0303, "TLSv1.2", 0x0304, "TLSv1.3");
    private static final Map<Integer, String> ALERTS = Map.of(10, "unexpected_message", 40, "handshake_failure",
            47, "illegal_parameter", 50, "decode_error", 70, "protocol_version", 71, "insufficient_security",
            80, "internal_error", 86, "inappropriate_fallback", 112, "unrecognized_name", 120, "no_application_protocol");

    private final Duration timeout;
    private final SecureRandom random = new SecureRandom();

    ProtocolProbe(Duration timeout) {
        this.timeout = timeout;
    }

    ProtocolOffer offer(TlsTarget target, String protocol) {
        try (Socket socket = HandshakeProbe.connect(target, timeout)) {
            socket.getOutputStream().write(ClientHello.record(protocol, target.host(), random));
            socket.getOutputStream().flush();
            return answer(target, protocol, new DataInputStream(socket.getInputStream()));
        } catch (EOFException | SocketException e) {
            return new ProtocolOffer(protocol, false, "connection closed without a ServerHello");
        } catch (IOException e) {
            throw Failures.handshake(target, timeout, e);
        }
    }

    private ProtocolOffer answer(TlsTarget target, String protocol, DataInputStream in) throws IOException {
        int type = in.readUnsignedByte();
        int recordVersion = in.readUnsignedShort();
        int length = in.readUnsignedShort();
        if ((type != 0x15 && type != 0x16) || (recordVersion >> 8) != 3 || length > (1 << 14) + 2048) {
            throw Failures.notTls(target, "the port answered the ClientHello with something that is not TLS", null);
        }
        byte[] body = new byte[length];
        in.readFully(body);
        if (type == 0x15) {
            int code = length >= 2 ? body[1] & 0xff : -1;
            return new ProtocolOffer(protocol, false, "alert " + ALERTS.getOrDefault(code, String.valueOf(code)));
        }
        if (length < 4 || body[0] != 2) {
            return new ProtocolOffer(protocol, false, "handshake message " + (body[0] & 0xff) + " instead of a ServerHello");
        }
        int negotiated = ServerHelloReader.version(body);
        String name = NAMES.getOrDefault(negotiated, String.format("0x%04x", negotiated));
        boolean accepted = negotiated == ClientHello.VERSIONS.get(protocol);
        return new ProtocolOffer(protocol, accepted, "ServerHello " + name);
    }
}
