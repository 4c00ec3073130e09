package dev.tminus.checklist.tls;

import static dev.tminus.checklist.tls.TlsFixtures.AT_11;
import static dev.tminus.checklist.tls.TlsFixtures.AT_12;
import static dev.tminus.checklist.tls.TlsFixtures.NOW;
import static dev.tminus.checklist.tls.TlsFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.tls.CertificateChain;
import dev.tminus.tls.CertificateInfo;
import dev.tminus.tls.TlsHandshake;
import dev.tminus.tls.TrustVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CertificateAssertTest {

    private static final String RERUN = "then re-run: mvn verify -Denv=staging -Dchecks=tls";

    @Test
    void reports_not_ready_when_the_certificate_expires_inside_min_validity_after_t0() {
        // GIVEN a leaf expiring 17 days after T0, which is 2 days away, and minValidity 30d
        TlsHandshake h = TlsFixtures.handshake(AT_12, TlsFixtures.chain(TlsFixtures.leaf(
                Instant.parse("2026-12-19T08:14:00Z"))), Optional.empty(), Optional.empty());

        // WHEN / THEN
        assertThatThrownBy(() -> CertificateAssert.assertThat(h, TlsFixtures.facts(Optional.of(T0), h)).staysValid())
                .isInstanceOf(AssertionError.class).hasMessage("""
                        Expecting certificate of gateway.game.example.com at 10.0.0.12:443
                          to stay valid until at least 2027-01-01T10:00Z (T0 + 30d)
                        but it expires 2026-12-19T08:14Z (18 days left).
                        Renew it, %s""".formatted(RERUN));
    }

    @Test
    void counts_the_margin_from_now_once_t0_has_passed_and_says_how_long_ago_it_expired() {
        // GIVEN T0 in the past and a leaf that expired 3 days ago
        TlsHandshake h = TlsFixtures.handshake(AT_11, TlsFixtures.chain(TlsFixtures.leaf(NOW.minus(Duration.ofDays(3)))),
                Optional.empty(), Optional.empty());

        // WHEN / THEN
        assertThatThrownBy(() -> CertificateAssert.assertThat(h, TlsFixtures.facts(Optional.of(NOW.minus(Duration.ofDays(1))), h))
                .staysValid()).hasMessage("""
                        Expecting certificate of gateway.game.example.com at 10.0.0.11:443
                          to stay valid until at least 2026-12-30T10:00Z (now + 30d)
                        but it expired 2026-11-27T10:00Z (3 days ago).
                        Renew it, %s""".formatted(RERUN));
    }

    @Test
    void reports_not_ready_when_the_certificate_is_not_yet_valid() {
        // GIVEN a leaf valid only from tomorrow
        CertificateInfo base = TlsFixtures.leaf(Instant.parse("2027-03-01T00:00:00Z"));
        CertificateInfo future = new CertificateInfo(base.subject(), base.sans(), base.issuer(), base.serial(),
                NOW.plus(Duration.ofDays(1)), base.notAfter(), base.sha256(), base.keyType(), base.keyBits(),
                base.signatureAlgorithm(), base.ocspUrl(), false, false);
        TlsHandshake h = TlsFixtures.handshake(AT_11, TlsFixtures.chain(future), Optional.empty(), Optional.empty());

        // WHEN / THEN
        assertThatThrownBy(() -> CertificateAssert.assertThat(h, TlsFixtures.facts(Optional.of(T0), h)).staysValid())
                .hasMessage("""
                        Expecting certificate of gateway.game.example.com at 10.0.0.11:443
                          to be valid now (2026-11-30T10:00Z)
                        but it is not valid before 2026-12-01T10:00Z.
                        Check how it was issued and the server's clock, or serve the current certificate, %s"""
                        .formatted(RERUN));
    }

    @Test
    void reports_not_ready_when_the_sans_do_not_cover_the_host_but_accepts_a_one_label_wildcard() {
        // GIVEN a leaf for other names
        CertificateInfo base = TlsFixtures.healthy(AT_11).leaf();
        CertificateInfo other = new CertificateInfo(base.subject(), List.of("legacy.game.example.com", "*.example.com"),
                base.issuer(), base.serial(), base.notBefore(), base.notAfter(), base.sha256(), base.keyType(),
                base.keyBits(), base.signatureAlgorithm(), base.ocspUrl(), false, false);
        TlsHandshake h = TlsFixtures.handshake(AT_11, TlsFixtures.chain(other), Optional.empty(), Optional.empty());

        // WHEN / THEN
        assertThatThrownBy(() -> CertificateAssert.assertThat(h, TlsFixtures.facts(Optional.of(T0), h)).namesHost())
                .hasMessage("""
                        Expecting certificate of gateway.game.example.com at 10.0.0.11:443
                          to name gateway.game.example.com in its subject alternative names
                        but it does not name gateway.game.example.com: its SANs are [legacy.game.example.com, *.example.com].
                        Reissue it with gateway.game.example.com among its names, %s""".formatted(RERUN));
        assertThat(CertificateAssert.covers("*.game.example.com", "gateway.game.example.com")).isTrue();
        assertThat(CertificateAssert.covers("*.example.com", "gateway.game.example.com")).isFalse();
        assertThat(CertificateAssert.covers("GATEWAY.game.example.com", "gateway.game.example.com")).isTrue();
    }

    @Test
    void reports_a_missing_intermediate_when_the_leaf_is_served_alone() {
        // GIVEN only the leaf, whose issuer is no trusted root
        CertificateInfo leaf = TlsFixtures.healthy(AT_11).leaf();
        TlsHandshake h = TlsFixtures.handshake(AT_11, new CertificateChain(List.of(leaf), true, Optional.empty()),
                Optional.empty(), Optional.empty());

        // WHEN / THEN
        assertThatThrownBy(() -> CertificateAssert.assertThat(h, TlsFixtures.facts(Optional.of(T0), h)).hasCompleteChain())
                .hasMessage("""
                        Expecting the chain served by gateway.game.example.com at 10.0.0.11:443
                          to be complete and in order: the leaf, then its intermediates up to a trusted root
                        but it ends at CN=gateway.game.example.com, whose issuer CN=R3,O=Let's Encrypt,C=US is not sent (missing intermediate).
                        Serve the full chain (leaf first, then intermediates, e.g. fullchain.pem), %s""".formatted(RERUN));
    }

    @Test
    void reports_an_untrusted_chain_with_the_probe_s_reason_and_what_was_served() {
        // GIVEN a handshake whose chain the trust store rejected
        TlsHandshake ok = TlsFixtures.healthy(AT_11);
        TlsHandshake h = new TlsHandshake(AT_11, ok.chain(), TrustVerdict.rejected("the certificate expired on 2026-11-01T00:00:00Z"),
                "TLSv1.3", "TLS_AES_128_GCM_SHA256", Optional.empty(), Optional.empty(), Duration.ZERO);

        // WHEN / THEN
        assertThatThrownBy(() -> CertificateAssert.assertThat(h, TlsFixtures.facts(Optional.of(T0), h)).isTrusted())
                .hasMessage("""
                        Expecting gateway.game.example.com at 10.0.0.11:443
                          to complete a TLS handshake trusted by the JDK trust store and environments/certs/staging-ca.pem, the certificate naming the host
                        but the certificate was rejected: the certificate expired on 2026-11-01T00:00:00Z.
                        Served: CN=gateway.game.example.com, issued by CN=R3,O=Let's Encrypt,C=US.
                        Fix the certificate or the chain the server sends, %s""".formatted(RERUN));
    }

    @Test
    void reports_an_unplanned_issuer() {
        TlsHandshake h = TlsFixtures.healthy(AT_11);
        assertThatThrownBy(() -> CertificateAssert.assertThat(h, TlsFixtures.facts(Optional.of(T0), h))
                .isIssuedBy(Pattern.compile("ZeroSSL"))).hasMessage("""
                        Expecting certificate of gateway.game.example.com at 10.0.0.11:443
                          to be issued by an issuer matching /ZeroSSL/
                        but its issuer is CN=R3,O=Let's Encrypt,C=US.
                        Check which CA the renewal used (ACME directory and account), %s""".formatted(RERUN));
    }

    @Test
    void reports_weak_keys_and_sha1_signatures_but_not_a_root_s_self_signature() {
        // GIVEN an RSA-1024 leaf signed with SHA-1, and a SHA-1 self-signed root
        CertificateInfo base = TlsFixtures.healthy(AT_11).leaf();
        CertificateInfo weak = new CertificateInfo(base.subject(), base.sans(), base.issuer(), base.serial(),
                base.notBefore(), base.notAfter(), base.sha256(), "RSA", 1024, "SHA1withRSA", base.ocspUrl(), false, false);
        CertificateInfo root = new CertificateInfo("CN=Old Root", List.of(), "CN=Old Root", "1", base.notBefore(),
                base.notAfter(), "EE", "RSA", 4096, "SHA1withRSA", Optional.empty(), true, true);
        TlsHandshake h = TlsFixtures.handshake(AT_11, new CertificateChain(List.of(weak, root), false, Optional.empty()),
                Optional.empty(), Optional.empty());

        // WHEN / THEN
        assertThatThrownBy(() -> CertificateAssert.assertThat(h, TlsFixtures.facts(Optional.of(T0), h))
                .hasStrongKeysAndSignatures()).hasMessage("""
                        Expecting every certificate served by gateway.game.example.com at 10.0.0.11:443
                          to have an RSA key of at least 2048 bits or an EC key of at least 256 bits, and no SHA-1 signature
                        but the leaf gateway.game.example.com has a 1024-bit RSA key; the leaf gateway.game.example.com is signed with SHA1withRSA.
                        Reissue with a strong key and a SHA-256 (or better) signature, %s""".formatted(RERUN));
    }

    @Test
    void passes_a_healthy_certificate_on_every_certificate_claim() {
        TlsHandshake h = TlsFixtures.healthy(AT_11);
        assertThatCode(() -> CertificateAssert.assertThat(h, TlsFixtures.facts(Optional.of(T0), h)).isTrusted()
                .staysValid().namesHost().hasCompleteChain().isIssuedBy(Pattern.compile("Let's Encrypt"))
                .hasStrongKeysAndSignatures()).doesNotThrowAnyException();
    }
}
