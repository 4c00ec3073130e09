package dev.tminus.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Wraps the real trust manager: records the served chain and the verdict instead of aborting the
 * handshake, so a rejected chain is still reported as served and the rest of the handshake (protocol,
 * cipher, ALPN, staple) is still observed. Counts its calls: a resumed handshake carries no
 * Certificate message and does not call it.
 *
 * <p>The probe sends no application data, so completing a handshake with a rejected chain leaks
 * nothing; the verdict is reported, never ignored.
 */
final class CapturingTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager delegate;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<List<X509Certificate>> served = new AtomicReference<>(List.of());
    private final AtomicReference<CertificateException> rejection = new AtomicReference<>();
    private final AtomicReference<String> authType = new AtomicReference<>("UNKNOWN");

    CapturingTrustManager(X509ExtendedTrustManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        record(chain, authType);
        try {
            delegate.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            rejection.set(e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        record(chain, authType);
        try {
            delegate.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            rejection.set(e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
        record(chain, authType);
        try {
            delegate.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            rejection.set(e);
        }
    }

    /** Path validation alone, without hostname verification: tells a name mismatch from the rest. */
    boolean pathValid() {
        try {
            delegate.checkServerTrusted(served.get().toArray(X509Certificate[]::new), authType.get());
            return true;
        } catch (CertificateException e) {
            return false;
        }
    }

    private void record(X509Certificate[] chain, String authType) {
        calls.incrementAndGet();
        this.authType.set(authType);
        served.set(List.of(chain));
        rejection.set(null);
    }

    int calls() {
        return calls.get();
    }

    List<X509Certificate> served() {
        return served.get();
    }

    CertificateException rejection() {
        return rejection.get();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("the probe is a client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("the probe is a client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the probe is a client only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
