package dev.tminus.sandbox.tls;

import java.time.Instant;
import java.util.List;

/**
 * How to issue one sandbox leaf certificate.
 *
 * @param sans       DNS names for subjectAltName
 * @param keyAlg     {@code EC} or {@code RSA}
 * @param keyBits    256 for EC P-256, or the RSA modulus size
 * @param sigAlg     how the issuer signs it, e.g. {@code SHA256withECDSA}
 * @param rogue      issued by the untrusted rogue CA instead of the sandbox issuing CA
 * @param ocspUrl    the responder to name in Authority Information Access (null: none)
 */
public record LeafSpec(List<String> sans, Instant notBefore, Instant notAfter, String keyAlg, int keyBits, String sigAlg,
                boolean rogue, String ocspUrl) {

    public LeafSpec {
        sans = List.copyOf(sans);
    }

    public static LeafSpec healthy(String host, Instant now, String ocspUrl) {
        return new LeafSpec(List.of(host), now.minusSeconds(3600), now.plusSeconds(90L * 86400), "EC", 256,
                "SHA256withECDSA", false, ocspUrl);
    }

    LeafSpec validity(Instant from, Instant until) {
        return new LeafSpec(sans, from, until, keyAlg, keyBits, sigAlg, rogue, ocspUrl);
    }

    LeafSpec names(List<String> names) {
        return new LeafSpec(names, notBefore, notAfter, keyAlg, keyBits, sigAlg, rogue, ocspUrl);
    }

    LeafSpec key(String alg, int bits, String signature) {
        return new LeafSpec(sans, notBefore, notAfter, alg, bits, signature, rogue, ocspUrl);
    }

    LeafSpec rogueIssuer() {
        return new LeafSpec(sans, notBefore, notAfter, keyAlg, keyBits, sigAlg, true, ocspUrl);
    }

    LeafSpec withoutOcsp() {
        return new LeafSpec(sans, notBefore, notAfter, keyAlg, keyBits, sigAlg, rogue, null);
    }
}
