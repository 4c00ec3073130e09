package dev.tminus.sandbox.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * A certificate of the sandbox PKI for a server outside the JVM (redis-server's {@code tls-cert-file}
 * and {@code tls-key-file}): the chain (leaf, then the issuing CA) and the key as PEM files.
 *
 * @param chain the leaf and its issuing CA, PEM
 * @param key   the leaf's private key, PKCS#8 PEM, readable by the owner only
 */
public record ServerPem(Path chain, Path key) {

    /** A healthy leaf for {@code host} from the trusted issuing CA, written as {@code dir/NAME-chain.pem} and {@code NAME-key.pem}. */
    public static ServerPem write(SandboxPki pki, String host, Path dir, String name)
            throws GeneralSecurityException, IOException {
        SandboxPki.Credential credential = pki.issue(LeafSpec.healthy(host, Instant.now(), null));
        Files.createDirectories(dir);
        StringWriter chain = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(chain)) {
            for (X509Certificate c : credential.chain()) {
                writer.writeObject(c);
            }
        }
        StringWriter key = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(key)) {
            writer.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(credential.key(), null));
        }
        Path chainFile = Files.writeString(dir.resolve(name + "-chain.pem"), chain.toString());
        Path keyFile = dir.resolve(name + "-key.pem");
        Files.deleteIfExists(keyFile);
        Files.createFile(keyFile, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(keyFile, key.toString());
        return new ServerPem(chainFile, keyFile);
    }
}
