package dev.tminus.tls;

import java.security.cert.CertificateException;
import java.time.Instant;

/** Explains in operator language why the probe's trust store or hostname verification rejected a chain. */
final class Verdicts {

    private Verdicts() {
    }

    static TrustVerdict of(TlsTarget target, CertificateChain chain, CapturingTrustManager tm, Instant now) {
        CertificateException rejection = tm.rejection();
        if (rejection == null) {
            return TrustVerdict.ok();
        }
        CertificateInfo leaf = chain.leaf();
        if (now.isAfter(leaf.notAfter())) {
            return TrustVerdict.rejected("the certificate expired on " + leaf.notAfter());
        }
        if (now.isBefore(leaf.notBefore())) {
            return TrustVerdict.rejected("the certificate is not valid before " + leaf.notBefore());
        }
        if (tm.pathValid()) {
            return TrustVerdict.rejected("the certificate does not name " + target.host() + " (SANs: "
                    + String.join(", ", leaf.sans()) + ")");
        }
        if (chain.anchor().isEmpty()) {
            CertificateInfo last = chain.certificates().get(chain.certificates().size() - 1);
            if (last.selfIssued() && chain.certificates().size() == 1) {
                return TrustVerdict.rejected("the certificate is self-signed (\"" + last.subject() + "\" issued by itself)"
                        + " and not in the trust store: clients will not trust it");
            }
            if (last.selfIssued()) {
                return TrustVerdict.rejected("no trusted path to a root: the served chain ends at the root \"" + last.subject()
                        + "\", which the server sends but the trust store does not hold (an untrusted or private CA)");
            }
            return TrustVerdict.rejected("no trusted path to a root: the served chain ends at \"" + last.subject()
                    + "\", issued by \"" + last.issuer() + "\", which is neither served nor in the trust store"
                    + " (a missing intermediate or an untrusted CA)");
        }
        return TrustVerdict.rejected(String.valueOf(rejection.getMessage()));
    }
}
