package dev.tminus.sandbox.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** Server-side JSSE contexts for sandbox credentials, with OCSP stapling on. */
public final class ServerContexts {

    /**
     * JSSE reads this per server context when it is created, default off. The sandbox plays the
     * servers, so it turns stapling on for the contexts it creates; client contexts ignore it.
     */
    static final String STAPLING = "jdk.tls.server.enableStatusRequestExtension";

    private ServerContexts() {
    }

    public static SSLContext of(SandboxPki.Credential credential) {
        System.setProperty(STAPLING, "true");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] pass = "sandbox".toCharArray();
            store.setKeyEntry("server", credential.key(), pass, credential.chain().toArray(X509Certificate[]::new));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, pass);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build a sandbox server context", e);
        }
    }
}
