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

    static final Map<Integer, String> NAMES = Map.of(0x0300, "SSLv3", 0x0301, "TLSv1", 0x0302, "TLSv1.1",
            0x0303, "TLSv1.2", 0x0304, "TLSv1.3");
    static final String CLOSED = "connection closed without a ServerHello";

    private final Duration timeout;
    private final SecureRandom random = new SecureRandom();

    ProtocolProbe(Duration timeout) {
        this.timeout = timeout;
    }

    ProtocolOffer offer(TlsTarget target, String protocol) {
        try (Socket socket = HandshakeProbe.connect(target, timeout)) {
            socket.getOutputStream().write(ClientHello.record(protocol, target.host(), random));
            socket.getOutputStream().flush();
            return answer(protocol, ServerFlight.read(target, new DataInputStream(socket.getInputStream()), false));
        } catch (EOFException | SocketException e) {
            return new ProtocolOffer(protocol, false, CLOSED);
        } catch (IOException e) {
            throw Failures.handshake(target, timeout, e);
        }
    }

    private static ProtocolOffer answer(String protocol, ServerFlight flight) {
        if (flight.alert().isPresent()) {
            return new ProtocolOffer(protocol, false, "alert " + flight.alert().get());
        }
        if (flight.other().isPresent()) {
            return new ProtocolOffer(protocol, false, flight.other().get());
        }
        String name = name(flight.version());
        boolean accepted = flight.version() == ClientHello.VERSIONS.get(protocol);
        return new ProtocolOffer(protocol, accepted, "ServerHello " + name);
    }

    static String name(int version) {
        return NAMES.getOrDefault(version, String.format("0x%04x", version));
    }
}
