package dev.tminus.tls;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Offers each weak family of cipher suites (NULL, EXPORT, RC4, DES/3DES, anonymous) on its own, then
 * the finite-field DHE suites, each in a hand-written TLS 1.2 ClientHello (a server that only speaks
 * an older version answers with that version). A ServerHello choosing an offered weak suite means the
 * server accepts it; the DHE answer is read on to its ServerKeyExchange for the group size. The JDK's
 * own refusal of these suites never enters: nothing here goes through JSSE.
 */
final class KeyExchangeProbe {

    /** Connections one inspection makes: one per weak family and one for DHE. */
    static final int CONNECTIONS = CipherSuites.WEAK.size() + 1;

    private final Duration timeout;
    private final SecureRandom random = new SecureRandom();

    KeyExchangeProbe(Duration timeout) {
        this.timeout = timeout;
    }

    KeyExchange inspect(TlsTarget target) {
        List<String> accepted = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (Map.Entry<String, int[]> family : CipherSuites.WEAK.entrySet()) {
            Optional<ServerFlight> flight = offer(target, family.getValue(), false);
            if (flight.isPresent() && flight.get().hello() && contains(family.getValue(), flight.get().suite())) {
                String chosen = CipherSuites.name(flight.get().suite()) + ", " + ProtocolProbe.name(flight.get().version());
                accepted.add(family.getKey() + " (" + chosen + ")");
                answers.add(family.getKey() + ": accepted (" + chosen + ")");
            } else {
                answers.add(family.getKey() + ": refused (" + describe(flight) + ")");
            }
        }
        Optional<ServerFlight> dhe = offer(target, CipherSuites.DHE, true);
        Optional<Integer> bits = dhe.flatMap(ServerFlight::dhBits);
        boolean composite = dhe.flatMap(ServerFlight::dhPrime).map(p -> !isPrime(p)).orElse(false);
        Optional<String> suite = dhe.filter(ServerFlight::hello).map(f -> CipherSuites.name(f.suite()));
        answers.add("DHE: " + (bits.isPresent() ? bits.get() + "-bit group" + (composite ? " whose modulus is not a prime" : "")
                + " (" + suite.orElseThrow() + ")"
                : suite.map(s -> "chose " + s + ", no group read").orElse("refused (" + describe(dhe) + ")")));
        return new KeyExchange(accepted, bits, bits.isPresent() ? suite : Optional.empty(), answers, composite);
    }

    /** Servers share a few standard groups: each modulus is tested once per run (a few milliseconds). */
    private static final java.util.Map<java.math.BigInteger, Boolean> PRIMES = new java.util.concurrent.ConcurrentHashMap<>();

    static boolean isPrime(java.math.BigInteger p) {
        if (PRIMES.size() > 1_000) {
            PRIMES.clear();
        }
        return PRIMES.computeIfAbsent(p, q -> q.isProbablePrime(64));
    }

    private Optional<ServerFlight> offer(TlsTarget target, int[] suites, boolean keyExchange) {
        try (Socket socket = HandshakeProbe.connect(target, timeout)) {
            socket.getOutputStream().write(ClientHello.record("TLSv1.2", target.host(), random, suites));
            socket.getOutputStream().flush();
            return Optional.of(ServerFlight.read(target, new DataInputStream(socket.getInputStream()), keyExchange));
        } catch (EOFException | SocketException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw Failures.handshake(target, timeout, e);
        }
    }

    private static String describe(Optional<ServerFlight> flight) {
        if (flight.isEmpty()) {
            return ProtocolProbe.CLOSED;
        }
        ServerFlight f = flight.get();
        if (f.alert().isPresent()) {
            return "alert " + f.alert().get();
        }
        if (f.hello()) {
            return "chose " + CipherSuites.name(f.suite()) + ", not offered";
        }
        return f.other().orElse("no answer");
    }

    private static boolean contains(int[] suites, int suite) {
        for (int s : suites) {
            if (s == suite) {
                return true;
            }
        }
        return false;
    }
}
