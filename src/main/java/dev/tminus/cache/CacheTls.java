package dev.tminus.cache;

import dev.tminus.ProbeException;
import dev.tminus.tls.TrustMaterial;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * What {@code rediss://} trusts: the same as the TLS checks, the JDK's trust store plus the profile's
 * {@code tls.trustStore} ({@link TrustMaterial}), with the URL's host name verified against the
 * certificate as HTTPS does. Loaded once per probe, only when a cache asks for TLS.
 */
final class CacheTls {

    private final Optional<Path> trustStore;
    private SSLSocketFactory factory;
    private ProbeException unusable;

    /** @param trustStore the profile's {@code tls.trustStore}, resolved against the project directory */
    CacheTls(Optional<Path> trustStore) {
        this.trustStore = trustStore;
    }

    /** The socket factory of every {@code rediss://} cache; a trust store that cannot be read fails each of them. */
    synchronized SSLSocketFactory factory() {
        if (factory == null && unusable == null) {
            try {
                List<java.security.cert.X509Certificate> anchors = TrustMaterial.load(trustStore).anchors();
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                for (int i = 0; i < anchors.size(); i++) {
                    store.setCertificateEntry("anchor-" + i, anchors.get(i));
                }
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(store);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, tmf.getTrustManagers(), null);
                factory = context.getSocketFactory();
            } catch (ProbeException e) {
                unusable = e;
            } catch (GeneralSecurityException | java.io.IOException e) {
                unusable = new ProbeException("cannot build the trust store for rediss://: " + e.getMessage(), e);
            }
        }
        if (unusable != null) {
            throw unusable;
        }
        return factory;
    }

    /** The host name of the URL must be one the certificate names, as for HTTPS. */
    static SSLParameters parameters() {
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        return parameters;
    }
}
