package dev.tminus.tls;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Asks a leaf's OCSP responder (its Authority Information Access URL) for the leaf's status, when the
 * server stapled nothing usable: a revoked certificate must not pass because its server withholds
 * the staple (nginx does that with a revoked status). One request per leaf and run, bounded by the
 * profile's {@code tls.timeout}; only reads. A responder that cannot be reached or answers garbage
 * gives no status: revocation is then not known, as for a browser (soft fail).
 */
public final class OcspQuery {

    private final Duration timeout;
    private final HttpClient http;
    private final Map<String, Optional<OcspStaple>> answers = new ConcurrentHashMap<>();

    public OcspQuery(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The responder's answer for {@code leaf}, issued by {@code issuer}; empty when it gave none. */
    public Optional<OcspStaple> status(X509Certificate leaf, X509Certificate issuer, String url) {
        String serial = leaf.getSerialNumber().toString(16);
        return answers.computeIfAbsent(url + "#" + serial, k -> ask(leaf, issuer, url, serial));
    }

    private Optional<OcspStaple> ask(X509Certificate leaf, X509Certificate issuer, String url, String serial) {
        if (!url.startsWith("http://")) {
            return Optional.empty(); // OCSP is plain HTTP; anything else is not a responder we can ask
        }
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), leaf.getSerialNumber());
            byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/ocsp-request").POST(HttpRequest.BodyPublishers.ofByteArray(request))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            OcspStaple status = OcspStaple.parse(response.body(), serial);
            return status.status() == OcspStaple.Status.UNREADABLE ? Optional.empty() : Optional.of(status);
        } catch (IOException | RuntimeException | java.security.cert.CertificateEncodingException
                 | org.bouncycastle.operator.OperatorCreationException | org.bouncycastle.cert.ocsp.OCSPException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
