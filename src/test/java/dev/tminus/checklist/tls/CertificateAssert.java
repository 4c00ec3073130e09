package dev.tminus.checklist.tls;

import dev.tminus.tls.CertificateInfo;
import dev.tminus.tls.TlsHandshake;
import dev.tminus.tls.TlsTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;

/** Assertions on the certificate an address served (TLS-01..04, 09, 11), failing with {@link TlsMessages}. */
public final class CertificateAssert extends AbstractAssert<CertificateAssert, TlsHandshake> {

    private final TlsFacts facts;

    private CertificateAssert(TlsHandshake actual, TlsFacts facts) {
        super(actual, CertificateAssert.class);
        this.facts = facts;
    }

    public static CertificateAssert assertThat(TlsHandshake handshake, TlsFacts facts) {
        return new CertificateAssert(handshake, facts);
    }

    private TlsTarget target() {
        return actual.target();
    }

    /** TLS-01. */
    public CertificateAssert isTrusted() {
        if (!actual.trust().trusted()) {
            String store = "the JDK trust store" + facts.tls().trustStore().map(p -> " and " + p).orElse("");
            fail(TlsMessages.untrusted(target(), store, actual.trust().reason(), actual.leaf(), facts.rerun()));
        }
        return this;
    }

    /** TLS-02. */
    public CertificateAssert staysValid() {
        CertificateInfo leaf = actual.leaf();
        if (facts.now().isBefore(leaf.notBefore())) {
            fail(TlsMessages.notYetValid(target(), leaf, facts.now(), facts.rerun()));
        }
        Instant until = facts.validFrom().plus(facts.tls().minValidity());
        if (leaf.notAfter().isBefore(until)) {
            fail(TlsMessages.expiresTooSoon(target(), until, facts.validFromLabel(), facts.tls().minValidity(), leaf,
                    facts.now(), facts.rerun()));
        }
        return this;
    }

    /** TLS-03. */
    public CertificateAssert namesHost() {
        if (actual.leaf().sans().stream().noneMatch(san -> covers(san, target().host()))) {
            fail(TlsMessages.wrongName(target(), actual.leaf(), facts.rerun()));
        }
        return this;
    }

    /** TLS-04. */
    public CertificateAssert hasCompleteChain() {
        if (!actual.chain().complete()) {
            fail(TlsMessages.incompleteChain(target(), actual.chain().certificates(), actual.chain().ordered(),
                    facts.rerun()));
        }
        return this;
    }

    /** TLS-09. */
    public CertificateAssert isIssuedBy(Pattern issuer) {
        if (!issuer.matcher(actual.leaf().issuer()).find()) {
            fail(TlsMessages.wrongIssuer(target(), issuer.pattern(), actual.leaf(), facts.rerun()));
        }
        return this;
    }

    /** TLS-11. */
    public CertificateAssert hasStrongKeysAndSignatures() {
        List<String> weak = weaknesses(actual.chain().certificates());
        if (!weak.isEmpty()) {
            fail(TlsMessages.weakCrypto(target(), weak, facts.rerun()));
        }
        return this;
    }

    static List<String> weaknesses(List<CertificateInfo> chain) {
        List<String> weak = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            CertificateInfo c = chain.get(i);
            String which = (i == 0 ? "the leaf " : "certificate " + (i + 1) + " ") + c.subjectCn();
            boolean rsa = c.keyType().equals("RSA");
            boolean ec = c.keyType().equals("EC");
            if ((rsa && c.keyBits() < 2048) || (ec && c.keyBits() < 256) || (!rsa && !ec && !c.keyType().startsWith("Ed"))) {
                weak.add(which + " has a " + c.keyBits() + "-bit " + c.keyType() + " key");
            }
            String sig = c.signatureAlgorithm().toUpperCase(Locale.ROOT);
            if (!c.selfIssued() && (sig.contains("SHA1") || sig.contains("MD5"))) {
                weak.add(which + " is signed with " + c.signatureAlgorithm());
            }
        }
        return weak;
    }

    /** A SAN covers a host exactly (case-insensitive) or as a wildcard for exactly the leftmost label. */
    static boolean covers(String san, String host) {
        String s = san.toLowerCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        if (s.equals(h)) {
            return true;
        }
        if (s.startsWith("*.") && h.contains(".")) {
            return h.substring(h.indexOf('.')).equals(s.substring(1)) && h.indexOf('.') > 0;
        }
        return false;
    }

    private void fail(String message) {
        failWithMessage("%s", message);
    }
}
