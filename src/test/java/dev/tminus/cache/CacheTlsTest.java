package dev.tminus.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.profile.Cache;
import dev.tminus.sandbox.tls.SandboxPki;
import dev.tminus.sandbox.tls.ServerPem;
import java.io.FileReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocketFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rediss://} trusts the JDK's trust store plus the profile's {@code tls.trustStore} and verifies
 * the URL's host name; a certificate it does not accept is the server's answer (NOT READY), an
 * unreadable trust store is COULD NOT CHECK. Against a scripted RESP server behind JSSE with
 * certificates of the sandbox PKI.
 */
class CacheTlsTest {

    private static final String RERUN = "mvn verify -Denv=test -Dchecks=cache";

    @TempDir
    Path dir;

    private SandboxPki pki;
    private Path trustStore;

    @BeforeEach
    void pki() throws Exception {
        pki = new SandboxPki(Instant.now());
        trustStore = dir.resolve("ca.pem");
        pki.writeTrustStore(trustStore);
    }

    private SSLServerSocketFactory serving(String host) throws Exception {
        ServerPem pem = ServerPem.write(pki, host, dir, host);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        Certificate[] chain;
        try (InputStream in = Files.newInputStream(pem.chain())) {
            chain = CertificateFactory.getInstance("X.509").generateCertificates(in).toArray(Certificate[]::new);
        }
        PrivateKey key;
        try (PEMParser parser = new PEMParser(new FileReader(pem.key().toFile()))) {
            key = new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) parser.readObject());
        }
        store.setKeyEntry("server", key, new char[0], chain);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, new char[0]);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context.getServerSocketFactory();
    }

    private static Cache cache(FakeRedis server) {
        return Cache.of("sessions", "rediss://localhost:" + server.port() + "/0").withTimeout(Duration.ofSeconds(2), 2);
    }

    @Test
    void logs_in_over_tls_with_a_certificate_from_the_profiles_trust_store() throws Exception {
        try (FakeRedis server = new FakeRedis(serving("localhost"))) {
            CacheObservation seen = new CacheProbe(RERUN, Optional.of(trustStore)).observe(cache(server));

            assertThat(seen.login().known()).as("login: %s", seen.login().failure()).isTrue();
            assertThat(seen.pings().get().samples()).hasSize(CacheProbe.PINGS);
        }
    }

    @Test
    void a_certificate_for_another_name_is_refused_once_as_the_servers_answer() throws Exception {
        try (FakeRedis server = new FakeRedis(serving("other.tminus.test"))) {
            ProbeException why = new CacheProbe(RERUN, Optional.of(trustStore)).observe(cache(server)).login()
                    .failure().orElseThrow();

            assertThat(why.kind()).isEqualTo(Cause.REFUSED_BY_SERVER);
            assertThat(why.getMessage()).isEqualTo("sessions (rediss://localhost:" + server.port() + "/0) served a"
                    + " certificate the checks do not accept: No subject alternative DNS name matching localhost found."
                    + " Clients that verify it refuse it too: serve a certificate for localhost from a CA in the"
                    + " JDK trust store or tls.trustStore; re-run: " + RERUN);
            assertThat(server.accepted()).as("attempts: a certificate is an answer, not retried").isEqualTo(1);
        }
    }

    @Test
    void without_the_trust_store_the_sandbox_ca_is_not_trusted() throws Exception {
        try (FakeRedis server = new FakeRedis(serving("localhost"))) {
            ProbeException why = new CacheProbe(RERUN).observe(cache(server)).login().failure().orElseThrow();

            assertThat(why.kind()).isEqualTo(Cause.REFUSED_BY_SERVER);
            assertThat(why.getMessage()).contains("served a certificate the checks do not accept: PKIX path building failed");
        }
    }

    @Test
    void an_unreadable_trust_store_is_could_not_check_naming_the_file() throws Exception {
        try (FakeRedis server = new FakeRedis(serving("localhost"))) {
            Path missing = dir.resolve("missing.pem");
            ProbeException why = new CacheProbe(RERUN, Optional.of(missing)).observe(cache(server)).login()
                    .failure().orElseThrow();

            assertThat(why.kind().broken()).isTrue();
            assertThat(why.getMessage()).startsWith("sessions (rediss://localhost:" + server.port() + "/0) cannot be"
                    + " asked over TLS: cannot read tls.trustStore " + missing);
            assertThat(server.accepted()).isZero();
        }
    }
}
