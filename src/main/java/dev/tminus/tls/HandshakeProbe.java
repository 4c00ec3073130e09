package dev.tminus.tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * JSSE handshakes with one address: a plain socket to the IP, then TLS layered over it with SNI and
 * HTTPS hostname verification for the endpoint's host, trusting the probe's trust material.
 */
final class HandshakeProbe {

    private final TrustMaterial trust;
    private final Duration timeout;
    private final OcspQuery ocsp;

    HandshakeProbe(TrustMaterial trust, Duration timeout) {
        this.trust = trust;
        this.timeout = timeout;
        this.ocsp = new OcspQuery(timeout);
    }

    /** A client context of its own: its session cache is what resumption is measured with. */
    Session session() {
        CapturingTrustManager tm = new CapturingTrustManager(trust.trustManager());
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {tm}, null);
            return new Session(context, tm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no TLS client context", e);
        }
    }

    record Session(SSLContext context, CapturingTrustManager trustManager) {
    }

    /** The first, full handshake of a session, with everything it showed. */
    TlsHandshake full(TlsTarget target, Session session, Instant now) {
        long start = System.nanoTime();
        try (SSLSocket socket = handshake(target, session)) {
            SSLSession s = socket.getSession();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            CapturingTrustManager tm = session.trustManager();
            if (tm.served().isEmpty()) {
                throw Failures.handshake(target, timeout, new IOException("the server sent no certificate"));
            }
            CertificateChain chain = CertificateChain.of(tm.served(), trust.anchors());
            Optional<OcspStaple> staple = staple(s, chain.leaf());
            TrustVerdict verdict = Verdicts.of(target, chain, tm, now);
            if (verdict.trusted()) {
                verdict = revocation(chain, tm.served(), staple).orElse(verdict);
            }
            String alpn = socket.getApplicationProtocol();
            TlsHandshake handshake = new TlsHandshake(target, chain, verdict, s.getProtocol(), s.getCipherSuite(),
                    alpn == null || alpn.isEmpty() ? Optional.empty() : Optional.of(alpn), staple, elapsed);
            awaitTicket(socket, s);
            return handshake;
        } catch (IOException e) {
            throw Failures.handshake(target, timeout, e);
        }
    }

    /**
     * A trusted leaf that is revoked is not trusted: by the server's own staple, or, when it stapled no
     * usable status, by asking the leaf's OCSP responder (once per leaf; no answer leaves it unknown).
     */
    private Optional<TrustVerdict> revocation(CertificateChain chain, java.util.List<java.security.cert.X509Certificate> served,
                                              Optional<OcspStaple> staple) {
        Optional<OcspStaple> status = staple.filter(st -> st.status() == OcspStaple.Status.GOOD
                || st.status() == OcspStaple.Status.REVOKED);
        String source = "the server's own stapled OCSP response";
        if (status.isEmpty() && chain.leaf().ocspUrl().isPresent()) {
            Optional<java.security.cert.X509Certificate> issuer = served.size() > 1 ? Optional.of(served.get(1))
                    : trust.anchors().stream().filter(a -> a.getSubjectX500Principal()
                            .equals(served.get(0).getIssuerX500Principal())).findFirst();
            if (issuer.isPresent()) {
                status = ocsp.status(served.get(0), issuer.get(), chain.leaf().ocspUrl().get());
                source = "its OCSP responder " + chain.leaf().ocspUrl().get();
            }
        }
        String by = source;
        return status.filter(st -> st.status() == OcspStaple.Status.REVOKED)
                .map(st -> TrustVerdict.revoked("the certificate is revoked (since "
                        + st.revokedAt().map(java.time.Instant::toString).orElse("an unknown time") + ", says " + by + ")"));
    }

    /** A later handshake of the same session: true when it resumed (the trust manager was not asked). */
    boolean resumed(TlsTarget target, Session session) {
        int before = session.trustManager().calls();
        try (SSLSocket socket = handshake(target, session)) {
            awaitTicket(socket, socket.getSession());
            return session.trustManager().calls() == before;
        } catch (IOException e) {
            throw Failures.handshake(target, timeout, e);
        }
    }

    private SSLSocket handshake(TlsTarget target, Session session) throws IOException {
        Socket raw = connect(target, timeout);
        SSLSocket socket = (SSLSocket) session.context().getSocketFactory()
                .createSocket(raw, target.host(), target.endpoint().port(), true);
        SSLParameters params = socket.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        if (!isLiteral(target.host())) {
            params.setServerNames(List.of(new SNIHostName(target.host())));
        }
        if (!target.endpoint().alpn().isEmpty()) {
            params.setApplicationProtocols(target.endpoint().alpn().toArray(String[]::new));
        }
        socket.setSSLParameters(params);
        try {
            socket.startHandshake();
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
        return socket;
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address); // a literal: parsed, never looked up
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + address, e);
        }
    }

    /** A plain TCP connection to the address itself, within the profile's timeout. */
    static Socket connect(TlsTarget target, Duration timeout) {
        InetAddress address = isLiteral(target.address()) ? literal(target.address())
                : SystemLookup.allByName(target.address(), timeout)[0]; // addresses: host
        Socket raw = new Socket();
        try {
            raw.connect(new InetSocketAddress(address, target.endpoint().port()),
                    (int) timeout.toMillis());
            raw.setSoTimeout((int) timeout.toMillis());
            raw.setTcpNoDelay(true);
            return raw;
        } catch (IOException e) {
            try {
                raw.close();
            } catch (IOException ignored) {
                // closing a socket that never connected
            }
            throw Failures.connect(target, timeout, e);
        }
    }

    /**
     * TLS 1.3 sends its session tickets after the handshake; JSSE only takes them in while reading. The
     * probe says goodbye at once (close_notify, no application data is ever sent) and reads until the
     * server's own close_notify or end of stream: every ticket the server sent comes before that, and
     * nothing waits longer than the exchange takes. A server that neither answers nor closes is waited
     * for at most the profile's timeout.
     */
    private void awaitTicket(SSLSocket socket, SSLSession session) {
        if (!"TLSv1.3".equals(session.getProtocol())) {
            return;
        }
        try {
            socket.setSoTimeout((int) timeout.toMillis());
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            byte[] sink = new byte[512];
            long deadline = System.nanoTime() + timeout.toNanos();
            while (in.read(sink) >= 0 && System.nanoTime() < deadline) {
                // application data the server sent unasked (an HTTP/2 preface): not ours to read
            }
        } catch (SocketTimeoutException e) {
            // the server kept the connection open without a word: tickets, if any, were read
        } catch (IOException e) {
            // the server closed without close_notify: the tickets, if any, were read before
        }
    }

    private static Optional<OcspStaple> staple(SSLSession session, CertificateInfo leaf) {
        if (session instanceof ExtendedSSLSession ext) {
            List<byte[]> responses = ext.getStatusResponses();
            if (!responses.isEmpty() && responses.get(0).length > 0) {
                return Optional.of(OcspStaple.parse(responses.get(0), leaf.serial()));
            }
        }
        return Optional.empty();
    }

    static boolean isLiteral(String host) {
        return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
}
