package dev.tminus.tls;

import dev.tminus.ProbeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * What the probe trusts: the JDK's default trust store plus the profile's optional PEM file of extra
 * CAs. Built once per run; the trust manager is stateless and shared by every handshake.
 */
public final class TrustMaterial {

    private final List<X509Certificate> anchors;
    private final X509ExtendedTrustManager trustManager;

    private TrustMaterial(List<X509Certificate> anchors, X509ExtendedTrustManager trustManager) {
        this.anchors = List.copyOf(anchors);
        this.trustManager = trustManager;
    }

    /** The JDK's trust store plus every certificate of {@code pem}, when given. */
    public static TrustMaterial load(Optional<Path> pem) {
        try {
            List<X509Certificate> anchors = new ArrayList<>(Arrays.asList(defaultTrustManager(null).getAcceptedIssuers()));
            if (pem.isPresent()) {
                anchors.addAll(readPem(pem.get()));
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < anchors.size(); i++) {
                store.setCertificateEntry("anchor-" + i, anchors.get(i));
            }
            return new TrustMaterial(anchors, defaultTrustManager(store));
        } catch (GeneralSecurityException | IOException e) {
            throw new ProbeException("cannot build the trust store: " + e.getMessage(), e);
        }
    }

    static List<X509Certificate> readPem(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                throw new ProbeException("tls.trustStore " + pem + " holds no PEM certificate");
            }
            return certs;
        } catch (IOException | GeneralSecurityException e) {
            throw new ProbeException("cannot read tls.trustStore " + pem + ": " + e.getMessage()
                    + ". Point tls.trustStore at a PEM file of CA certificates.", e);
        }
    }

    private static X509ExtendedTrustManager defaultTrustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X509ExtendedTrustManager from " + tmf.getAlgorithm());
    }

    /**
     * A client context trusting exactly this material, for another area's TLS connections (a
     * {@code wss://} gateway); the caller sets SNI and hostname verification on each socket.
     */
    public javax.net.ssl.SSLContext clientContext() {
        try {
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no TLS client context", e);
        }
    }

    public List<X509Certificate> anchors() {
        return anchors;
    }

    X509ExtendedTrustManager trustManager() {
        return trustManager;
    }
}
