package dev.tminus.sandbox.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The sandbox's own PKI, generated at start and kept in memory: a root and an issuing CA that the
 * sandbox profile trusts (through {@code sandbox-ca.pem}, the root only), a rogue root and issuing CA
 * that nobody trusts, and leaves issued on demand. Only the root certificate is written to disk.
 */
public final class SandboxPki {

    /** Written most significant first (DER order), so that RFC 2253 shows the CN first. */
    static final String ROOT = "O=T-Minus Sandbox,CN=T-Minus Sandbox Root CA";
    static final String ISSUING = "O=T-Minus Sandbox,CN=T-Minus Sandbox Issuing CA";
    static final String ROGUE_ROOT = "O=Nobody Trusts This,CN=T-Minus Rogue Root CA";
    static final String ROGUE_ISSUING = "O=Nobody Trusts This,CN=T-Minus Rogue Issuing CA";

    private final SecureRandom random = new SecureRandom();
    private final AtomicLong serials = new AtomicLong(System.currentTimeMillis() * 1000);
    private final Authority root;
    private final Authority issuing;
    private final Authority rogueIssuing;

    /** A CA: its key and certificate. */
    record Authority(KeyPair keys, X509Certificate certificate) {
    }

    /** A leaf key with the chain a server would serve: leaf, then its issuing CA. */
    record Credential(PrivateKey key, List<X509Certificate> chain) {
        Credential {
            chain = List.copyOf(chain);
        }

        X509Certificate leaf() {
            return chain.get(0);
        }

        Credential leafOnly() {
            return new Credential(key, List.of(chain.get(0)));
        }
    }

    public SandboxPki(Instant now) throws GeneralSecurityException {
        Instant from = now.minusSeconds(86400);
        Instant until = now.plusSeconds(3650L * 86400);
        this.root = selfSigned(ROOT, from, until);
        this.issuing = intermediate(ISSUING, root, from, until);
        this.rogueIssuing = intermediate(ROGUE_ISSUING, selfSigned(ROGUE_ROOT, from, until), from, until);
    }

    X509Certificate root() {
        return root.certificate();
    }

    public Authority issuing() {
        return issuing;
    }

    /** Writes the trusted root as PEM, the file the sandbox profile names in {@code tls.trustStore}. */
    public void writeTrustStore(Path pem) throws IOException {
        Files.createDirectories(pem.toAbsolutePath().getParent());
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(root.certificate());
        }
        Files.writeString(pem, text.toString());
    }

    public Credential issue(LeafSpec spec) throws GeneralSecurityException {
        KeyPair keys = spec.keyAlg().equals("RSA") ? rsa(spec.keyBits()) : ec();
        Authority by = spec.rogue() ? rogueIssuing : issuing;
        X509v3CertificateBuilder builder = builder(nameOf(by),
                new X500Name("O=T-Minus Sandbox,CN=" + spec.sans().get(0)), keys.getPublic(), spec.notBefore(), spec.notAfter());
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            int usage = spec.keyAlg().equals("RSA") ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment
                    : KeyUsage.digitalSignature;
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            List<GeneralName> names = new ArrayList<>();
            spec.sans().forEach(n -> names.add(new GeneralName(GeneralName.dNSName, n)));
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(names.toArray(GeneralName[]::new)));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(by.certificate()));
            if (spec.ocspUrl() != null) {
                builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, spec.ocspUrl())));
            }
            X509Certificate leaf = sign(builder, by.keys().getPrivate(), spec.sigAlg());
            return new Credential(keys.getPrivate(), List.of(leaf, by.certificate()));
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot encode an extension", e);
        }
    }

    private Authority selfSigned(String dn, Instant from, Instant until) throws GeneralSecurityException {
        KeyPair keys = ec();
        X509v3CertificateBuilder b = builder(new X500Name(dn), new X500Name(dn), keys.getPublic(), from, until);
        caExtensions(b, keys.getPublic(), null);
        return new Authority(keys, sign(b, keys.getPrivate(), "SHA256withECDSA"));
    }

    private Authority intermediate(String dn, Authority parent, Instant from, Instant until)
            throws GeneralSecurityException {
        KeyPair keys = ec();
        X509v3CertificateBuilder b = builder(nameOf(parent), new X500Name(dn),
                keys.getPublic(), from, until);
        caExtensions(b, keys.getPublic(), parent.certificate());
        return new Authority(keys, sign(b, parent.keys().getPrivate(), "SHA256withECDSA"));
    }

    private void caExtensions(X509v3CertificateBuilder b, PublicKey key, X509Certificate parent)
            throws GeneralSecurityException {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(parent == null ? 1 : 0));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign
                    | KeyUsage.digitalSignature));
            b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
            if (parent != null) {
                b.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(parent));
            }
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot encode an extension", e);
        }
    }

    private X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey key, Instant from,
                                             Instant until) {
        return new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(serials.incrementAndGet()),
                Date.from(from), Date.from(until), subject, key);
    }

    private static X500Name nameOf(Authority authority) {
        return X500Name.getInstance(authority.certificate().getSubjectX500Principal().getEncoded());
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey key, String alg)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder(alg).build(key)));
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign with " + alg, e);
        }
    }

    private KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), random);
        return g.generateKeyPair();
    }

    private KeyPair rsa(int bits) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(bits, random);
        return g.generateKeyPair();
    }
}
