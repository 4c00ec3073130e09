package dev.tminus.tls;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.profile.Durations;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/** Turns what went wrong on the wire into COULD NOT CHECK, in operator language. */
final class Failures {

    /** JSSE's words for a handshake message above {@code jdk.tls.maxHandshakeMessageSize}. */
    private static final java.util.regex.Pattern TOO_LARGE =
            java.util.regex.Pattern.compile("handshake message \\((\\d+)\\) exceeds the maximum allowed size \\((\\d+)\\)");

    private Failures() {
    }

    /** While opening the TCP connection. */
    static ProbeException connect(TlsTarget target, Duration timeout, Exception e) {
        if (e instanceof SocketTimeoutException) {
            return ProbeException.of(Cause.TIMEOUT, prefix(target) + "no TCP connection within "
                    + Durations.format(timeout) + ". Check that the address is right and a firewall lets the port through.", e,
                    "no TCP connection within " + Durations.format(timeout));
        }
        if (e instanceof ConnectException) {
            return ProbeException.of(Cause.REFUSED, prefix(target) + "the connection was refused (nothing listens on port "
                    + target.endpoint().port() + "). Check that the server is up on that address.", e, "connection refused");
        }
        if (e instanceof UnknownHostException) {
            return ProbeException.of(Cause.REFUSED, prefix(target) + "the name " + target.address()
                    + " does not resolve on this machine. Check its DNS.", e);
        }
        if (e instanceof NoRouteToHostException) {
            return ProbeException.of(Cause.REFUSED, prefix(target) + "no route to the address. Check the network path.", e,
                    "no route to it");
        }
        return ProbeException.of(Cause.REFUSED, prefix(target) + "cannot connect: " + e, e);
    }

    /** While reading the server's side of the handshake. */
    static ProbeException handshake(TlsTarget target, Duration timeout, Exception e) {
        String text = String.valueOf(e.getMessage());
        if (e instanceof SocketTimeoutException || e.getCause() instanceof SocketTimeoutException) {
            return ProbeException.of(Cause.TIMEOUT, prefix(target) + "the server accepted the connection but stalled "
                    + "mid-handshake (no answer within " + Durations.format(timeout)
                    + "). Check the TLS terminator at that address: overloaded, hung, or a proxy holding the connection.", e,
                    "it accepted the connection, then stalled mid-handshake: no answer within " + Durations.format(timeout));
        }
        if (text.contains("Unsupported or unrecognized SSL message") || text.contains("plaintext connection")) {
            return notTls(target, "the port answered the ClientHello with something that is not TLS", e);
        }
        if (text.startsWith("Received fatal alert: ")) {
            return new HandshakeRefused(target, text.substring("Received fatal alert: ".length()).trim(), e);
        }
        if (text.contains("Could not generate DH keypair") || text.contains("DH ServerKeyExchange does not comply")
                || text.contains("Invalid DH ServerKeyExchange")) {
            return new HandshakeUnusable(target, "a Diffie-Hellman group a client cannot compute with (JSSE: " + text
                    + "): a malformed or composite prime", "Give the server a standard DH group (RFC 7919 ffdhe2048; nginx:"
                    + " ssl_dhparam) or offer ECDHE only", e);
        }
        java.util.regex.Matcher tooLarge = TOO_LARGE.matcher(text);
        if (tooLarge.find()) {
            return new HandshakeUnusable(target, "a handshake message of " + tooLarge.group(1) + " bytes, more than clients"
                    + " accept (Java " + tooLarge.group(2) + " by default, OpenSSL 102400 for a certificate chain): usually a"
                    + " certificate with too many names or a chain with extra certificates", "Serve a certificate with fewer"
                    + " names (split it across certificates) and only the intermediates the chain needs", e);
        }
        if (text.contains("flight exceeds")) {
            return ProbeException.of(Cause.OUR_LIMIT, prefix(target) + "a limit on our side: " + text
                    + ", more than this probe reads (usually an oversized certificate chain, which TLS-01 reports).", e);
        }
        if (text.contains("algorithm constraints") || text.contains("No appropriate protocol")
                || text.contains("No negotiable cipher suite")) {
            return ProbeException.of(Cause.OUR_LIMIT, prefix(target) + "a limit on our side: this JDK refused what "
                    + "the server offered (" + text + "), so the server's answer was not judged. The other TLS checks "
                    + "of this address (TLS-06, TLS-12) show what it offers; the JDK's limits are "
                    + "jdk.tls.disabledAlgorithms in java.security.", e);
        }
        if (Cause.of(e) == Cause.RESET) {
            return ProbeException.of(Cause.RESET, prefix(target) + "the server closed or reset the connection "
                    + "mid-handshake. Check the TLS terminator at that address and its logs.", e);
        }
        if (e instanceof SSLException) {
            return ProbeException.of(Cause.GARBAGE, prefix(target) + "the handshake broke: " + sentence(text), e);
        }
        return ProbeException.of(Cause.REFUSED, prefix(target) + "the handshake broke: " + sentence(text), e);
    }

    /** The JDK's words as a sentence (its messages end without a full stop). */
    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    static ProbeException notTls(TlsTarget target, String what, Exception cause) {
        return ProbeException.of(Cause.GARBAGE, prefix(target) + what + " (not TLS at all). Check that port "
                + target.endpoint().port() + " is the TLS port of that server.", cause, what + " (not TLS at all)");
    }

    /**
     * Whether {@code e} says no TLS server answered at the address at all (refused, timed out, not
     * TLS): only those failures carry their reason in a few words ({@link ProbeException#summary()}),
     * said once by TLS-01.
     */
    static boolean isNoServer(ProbeException e) {
        return e.summary().isPresent();
    }

    static String prefix(TlsTarget target) {
        return "Could not check TLS of " + target.endpoint().label() + " at " + target.socket() + ": ";
    }
}
