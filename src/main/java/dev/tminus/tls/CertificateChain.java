package dev.tminus.tls;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chain a server served, leaf first, and how it hangs together.
 *
 * @param certificates the certificates in the order the server sent them
 * @param ordered      each certificate is signed by the one after it
 * @param anchor       the trusted root the last served certificate chains to (or is), if any
 */
public record CertificateChain(List<CertificateInfo> certificates, boolean ordered, Optional<String> anchor) {

    public CertificateChain {
        certificates = List.copyOf(certificates);
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("a served chain has at least the leaf");
        }
    }

    /** Analyses a served chain against the trust anchors the probe uses. */
    public static CertificateChain of(List<X509Certificate> served, List<X509Certificate> anchors) {
        List<CertificateInfo> infos = new ArrayList<>();
        served.forEach(c -> infos.add(CertificateInfo.of(c)));
        boolean ordered = true;
        for (int i = 0; i + 1 < served.size(); i++) {
            ordered &= signedBy(served.get(i), served.get(i + 1));
        }
        X509Certificate last = served.get(served.size() - 1);
        Optional<String> anchor = anchors.stream()
                .filter(a -> a.equals(last) || signedBy(last, a))
                .map(a -> a.getSubjectX500Principal().getName())
                .findFirst();
        return new CertificateChain(infos, ordered, anchor);
    }

    public CertificateInfo leaf() {
        return certificates.get(0);
    }

    /**
     * The server sends its intermediates: the chain is ordered and either reaches a trusted root or
     * ends with a CA certificate (whether that CA is trusted is TLS-01's business). A leaf served
     * alone whose issuer is no trusted root is a missing intermediate; a self-signed leaf lacks nothing
     * (that nobody trusts it is TLS-01's finding).
     */
    public boolean complete() {
        CertificateInfo last = certificates.get(certificates.size() - 1);
        return ordered && (anchor.isPresent() || (certificates.size() > 1 && last.ca())
                || (certificates.size() == 1 && last.selfIssued()));
    }

    /** Certificates after the leaf that are not roots. */
    public List<CertificateInfo> intermediates() {
        return certificates.stream().skip(1).filter(c -> !c.selfIssued()).toList();
    }

    private static boolean signedBy(X509Certificate cert, X509Certificate issuer) {
        if (!cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            cert.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
