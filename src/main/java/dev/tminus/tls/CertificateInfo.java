package dev.tminus.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;

/**
 * One certificate as served, reduced to what operators read in a report.
 *
 * @param subject            the subject DN
 * @param sans               DNS names and IP addresses of the subjectAltName extension, in order
 * @param issuer             the issuer DN
 * @param serial             the serial number in hex
 * @param sha256             the SHA-256 fingerprint of the DER encoding, colon-separated hex
 * @param keyType            RSA, EC, DSA, Ed25519 ...
 * @param keyBits            the key size in bits (field size for EC), 0 when unknown
 * @param signatureAlgorithm how the issuer signed it, e.g. SHA256withRSA
 * @param ocspUrl            the OCSP responder named in the Authority Information Access extension
 * @param selfIssued         subject equals issuer (a root)
 * @param ca                 a CA certificate (basicConstraints CA=true)
 */
public record CertificateInfo(
        String subject,
        List<String> sans,
        String issuer,
        String serial,
        Instant notBefore,
        Instant notAfter,
        String sha256,
        String keyType,
        int keyBits,
        String signatureAlgorithm,
        Optional<String> ocspUrl,
        boolean selfIssued,
        boolean ca) {

    private static final String OCSP_METHOD = "1.3.6.1.5.5.7.48.1";

    public CertificateInfo {
        sans = List.copyOf(sans);
    }

    public static CertificateInfo of(X509Certificate cert) {
        String subject = cert.getSubjectX500Principal().getName();
        String issuer = cert.getIssuerX500Principal().getName();
        return new CertificateInfo(subject, sans(cert), issuer, cert.getSerialNumber().toString(16),
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(), sha256(cert),
                keyType(cert.getPublicKey()), keyBits(cert.getPublicKey()), cert.getSigAlgName(),
                ocspUrl(cert), subject.equals(issuer), cert.getBasicConstraints() >= 0);
    }

    /** Whole days from {@code at} until notAfter (negative once expired). */
    public long daysLeft(Instant at) {
        return Duration.between(at, notAfter).toDays();
    }

    /** The common name of the subject, or the whole DN when it has none. */
    public String subjectCn() {
        return cn(subject);
    }

    public String issuerCn() {
        return cn(issuer);
    }

    static String cn(String dn) {
        for (String part : dn.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (part.trim().startsWith("CN=")) {
                return part.trim().substring(3);
            }
        }
        return dn;
    }

    static String sha256(X509Certificate cert) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint " + cert.getSubjectX500Principal(), e);
        }
    }

    private static List<String> sans(X509Certificate cert) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> entries = cert.getSubjectAlternativeNames();
            if (entries != null) {
                for (List<?> entry : entries) {
                    int type = (Integer) entry.get(0);
                    if (type == GeneralName.dNSName || type == GeneralName.iPAddress) {
                        names.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            names.add("(unreadable subjectAltName: " + e.getMessage() + ")");
        }
        return names;
    }

    private static String keyType(PublicKey key) {
        return key.getAlgorithm();
    }

    private static int keyBits(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof DSAPublicKey dsa) {
            return dsa.getParams().getP().bitLength();
        }
        if (key.getAlgorithm().equals("Ed25519") || key.getAlgorithm().equals("EdDSA")) {
            return 256;
        }
        if (key.getAlgorithm().equals("Ed448")) {
            return 456;
        }
        return 0;
    }

    private static Optional<String> ocspUrl(X509Certificate cert) {
        byte[] ext = cert.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (ext == null) {
            return Optional.empty();
        }
        try {
            var aia = AuthorityInformationAccess.getInstance(ASN1OctetString.getInstance(ext).getOctets());
            for (AccessDescription d : aia.getAccessDescriptions()) {
                if (d.getAccessMethod().getId().equals(OCSP_METHOD)
                        && d.getAccessLocation().getTagNo() == GeneralName.uniformResourceIdentifier) {
                    return Optional.of(d.getAccessLocation().getName().toString());
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
