package dev.tminus.sandbox.tls;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * An OCSP responder in the JVM (HTTP on loopback, GET and POST), signing with the sandbox issuing
 * CA. Every serial is good unless revoked; while {@link #refuse} is on it answers HTTP 503, so a
 * server that staples has nothing to staple.
 */
public final class OcspResponder implements AutoCloseable {

    private final SandboxPki.Authority issuer;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "sandbox-ocsp");
        t.setDaemon(true);
        return t;
    });
    private final Set<BigInteger> revoked = ConcurrentHashMap.newKeySet();
    private volatile boolean refuse;
    private final java.util.concurrent.atomic.AtomicInteger refuseNext = new java.util.concurrent.atomic.AtomicInteger();

    public OcspResponder(SandboxPki.Authority issuer, String address) throws IOException {
        this.issuer = issuer;
        this.server = HttpServer.create(new InetSocketAddress(address, 0), 16);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/ocsp";
    }

    void revoke(BigInteger serial) {
        revoked.add(serial);
    }

    /** Healthy again: nothing revoked, answering. */
    void reset() {
        revoked.clear();
        refuse = false;
        refuseNext.set(0);
    }

    void refuse(boolean refuse) {
        this.refuse = refuse;
    }

    /** Answers the next {@code n} requests with HTTP 503, like a responder that is briefly away. */
    void refuseNext(int n) {
        refuseNext.set(n);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (refuse || refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] body = exchange.getRequestMethod().equals("POST") ? exchange.getRequestBody().readAllBytes()
                    : Base64.getDecoder().decode(URLDecoder.decode(
                    exchange.getRequestURI().getRawPath().replaceFirst("^/ocsp/?", ""), StandardCharsets.US_ASCII));
            byte[] answer = answer(new OCSPReq(body)).getEncoded();
            exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        } catch (Exception e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }

    private OCSPResp answer(OCSPReq request) throws Exception {
        X509CertificateHolder issuerCert = new X509CertificateHolder(issuer.certificate().getEncoded());
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(X500Name.getInstance(
                issuerCert.getSubject().toASN1Primitive())));
        Instant now = Instant.now();
        Date next = Date.from(now.plus(Duration.ofHours(1)));
        for (Req req : request.getRequestList()) {
            BigInteger serial = req.getCertID().getSerialNumber();
            CertificateStatus status = revoked.contains(serial)
                    ? new RevokedStatus(Date.from(now.minus(Duration.ofHours(1))), 1) : CertificateStatus.GOOD;
            builder.addResponse(req.getCertID(), status, Date.from(now.minusSeconds(60)), next, null);
        }
        BasicOCSPResp basic = builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                .build(issuer.keys().getPrivate()), new X509CertificateHolder[] {issuerCert}, new Date());
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
