package dev.tminus.checklist.tls;

import static dev.tminus.checklist.tls.TlsFixtures.AT_11;
import static dev.tminus.checklist.tls.TlsFixtures.AT_12;
import static dev.tminus.checklist.tls.TlsFixtures.T0;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.tls.CertificateInfo;
import dev.tminus.tls.KeyExchange;
import dev.tminus.tls.OcspStaple;
import dev.tminus.tls.ProtocolOffer;
import dev.tminus.tls.Resumption;
import dev.tminus.tls.TlsHandshake;
import dev.tminus.tls.TlsTarget;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServingAssertTest {

    private static final String RERUN = "then re-run: mvn verify -Denv=staging -Dchecks=tls";
    private static final TlsTarget AT_13 = new TlsTarget(TlsFixtures.GATEWAY, "10.0.0.13");

    private static CertificateInfo leafIssued(String notBefore, String notAfter, String sha256, String serial) {
        return new CertificateInfo("CN=gateway.game.example.com", List.of("gateway.game.example.com"),
                "CN=R3,O=Let's Encrypt,C=US", serial, Instant.parse(notBefore), Instant.parse(notAfter), sha256, "EC",
                256, "SHA256withECDSA", Optional.empty(), false, false);
    }

    @Test
    void tells_the_address_serving_the_older_certificate_to_take_the_renewal() {
        // GIVEN .11 and .12 serve the renewed leaf (issued 2026-09-20), .13 the one from before (issued 2026-08-01)
        TlsHandshake renewed11 = TlsFixtures.healthy(AT_11);
        TlsHandshake renewed12 = TlsFixtures.healthy(AT_12);
        TlsHandshake stale = TlsFixtures.handshake(AT_13, TlsFixtures.chain(leafIssued("2026-08-01T00:00:00Z",
                "2026-12-30T00:00:00Z", "00:11:22", "17")), Optional.empty(), Optional.empty());
        TlsFacts facts = TlsFixtures.facts(Optional.of(T0), renewed11, renewed12, stale);

        // WHEN / THEN the stale address fails, told to take the renewal; the renewed ones pass
        assertThatThrownBy(() -> ServingAssert.assertThat(AT_13, facts).servesSameLeafAs(stale, List.of(renewed11, renewed12)))
                .hasMessage("""
                        Expecting gateway.game.example.com at 10.0.0.13:443
                          to serve the current certificate, the one served at 10.0.0.11, 10.0.0.12: SHA-256 AB:CD:01 (serial 4a1f, issued 2026-09-20T08:14Z, expires 2027-02-28T08:14Z)
                        but it serves an older one: SHA-256 00:11:22 (serial 17, issued 2026-08-01T00:00Z, expires 2026-12-30T00:00Z).
                        Deploy the renewed certificate on 10.0.0.13 (it missed the renewal) and reload it there, %s""".formatted(RERUN));
        assertThatCode(() -> ServingAssert.assertThat(AT_11, facts).servesSameLeafAs(renewed11, List.of(renewed12, stale)))
                .doesNotThrowAnyException();
    }

    @Test
    void blames_the_older_certificate_even_when_it_is_the_majority() {
        // GIVEN one address renewed (.13, issued later), the two others still on the old leaf
        TlsHandshake old11 = TlsFixtures.healthy(AT_11);
        TlsHandshake old12 = TlsFixtures.healthy(AT_12);
        TlsHandshake renewed = TlsFixtures.handshake(AT_13, TlsFixtures.chain(leafIssued("2026-11-29T00:00:00Z",
                "2027-02-27T00:00:00Z", "EE:FF:03", "5b")), Optional.empty(), Optional.empty());
        TlsFacts facts = TlsFixtures.facts(Optional.of(T0), old11, old12, renewed);

        // WHEN / THEN the renewed backend is never told to redeploy; each old one is told to take the renewal
        assertThatCode(() -> ServingAssert.assertThat(AT_13, facts).servesSameLeafAs(renewed, List.of(old11, old12)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, facts).servesSameLeafAs(old11, List.of(old12, renewed)))
                .hasMessage("""
                        Expecting gateway.game.example.com at 10.0.0.11:443
                          to serve the current certificate, the one served at 10.0.0.13: SHA-256 EE:FF:03 (serial 5b, issued 2026-11-29T00:00Z, expires 2027-02-27T00:00Z)
                        but it serves an older one: SHA-256 AB:CD:01 (serial 4a1f, issued 2026-09-20T08:14Z, expires 2027-02-28T08:14Z).
                        Deploy the renewed certificate on 10.0.0.11 (it missed the renewal) and reload it there, %s""".formatted(RERUN));
    }

    @Test
    void fails_both_of_two_different_certificates_issued_at_the_same_instant() {
        TlsHandshake one = TlsFixtures.healthy(AT_11);
        TlsHandshake other = TlsFixtures.handshake(AT_12, TlsFixtures.chain(leafIssued("2026-09-20T08:14:00Z",
                "2027-02-28T08:14:00Z", "99:88:77", "6c")), Optional.empty(), Optional.empty());
        TlsFacts facts = TlsFixtures.facts(Optional.of(T0), one, other);

        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, facts).servesSameLeafAs(one, List.of(other)))
                .hasMessage("""
                        Expecting gateway.game.example.com at 10.0.0.11:443
                          to serve the same certificate as the other addresses
                        but it serves SHA-256 AB:CD:01 (serial 4a1f, issued 2026-09-20T08:14Z, expires 2027-02-28T08:14Z), and 10.0.0.12 another one issued at the same instant: SHA-256 99:88:77 (serial 6c, issued 2026-09-20T08:14Z, expires 2027-02-28T08:14Z).
                        Decide which certificate is current and deploy it on every address of gateway.game.example.com, %s"""
                        .formatted(RERUN));
    }

    @Test
    void reports_a_server_that_accepts_only_protocols_below_the_floor() {
        // GIVEN a server that speaks only TLS 1.0 and 1.1
        List<ProtocolOffer> offers = List.of(new ProtocolOffer("TLSv1", true, "ServerHello TLSv1"),
                new ProtocolOffer("TLSv1.1", true, "ServerHello TLSv1.1"),
                new ProtocolOffer("TLSv1.2", false, "alert protocol_version"),
                new ProtocolOffer("TLSv1.3", false, "alert protocol_version"));
        TlsFacts facts = TlsFixtures.facts(Optional.of(T0), TlsFixtures.healthy(AT_11));

        // WHEN / THEN
        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, facts).holdsProtocolFloor(offers)).hasMessage("""
                Expecting gateway.game.example.com at 10.0.0.11:443
                  to accept TLSv1.2 and refuse every protocol below it (tls.minProtocol)
                but it accepts TLSv1, TLSv1.1; refuses TLSv1.2 (ServerHello TLSv1, ServerHello TLSv1.1; TLSv1.2 offered: alert protocol_version).
                Enable TLSv1.2 and disable every protocol below it on the server (nginx: ssl_protocols TLSv1.2 TLSv1.3;), %s"""
                .formatted(RERUN));
    }

    @Test
    void does_not_blame_the_version_when_the_server_refuses_every_version_with_the_same_alert() {
        // GIVEN a server that rejects every ClientHello (nginx ssl_reject_handshake: unrecognized_name)
        List<ProtocolOffer> offers = List.of(new ProtocolOffer("TLSv1", false, "alert unrecognized_name"),
                new ProtocolOffer("TLSv1.1", false, "alert unrecognized_name"),
                new ProtocolOffer("TLSv1.2", false, "alert unrecognized_name"),
                new ProtocolOffer("TLSv1.3", false, "alert unrecognized_name"));
        TlsFacts facts = TlsFixtures.facts(Optional.of(T0), TlsFixtures.healthy(AT_11));

        // WHEN / THEN still NOT READY (the floor is not accepted), without the advice to enable it
        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, facts).holdsProtocolFloor(offers)).hasMessage("""
                Expecting gateway.game.example.com at 10.0.0.11:443
                  to accept TLSv1.2 and refuse every protocol below it (tls.minProtocol)
                but it refuses TLSv1.2 with alert unrecognized_name, as it refuses every version: the refusal is not about the version.
                Fix what the server refuses (TLS-01 names it; its error log says why), %s""".formatted(RERUN));
    }

    @Test
    void reports_weak_cipher_suites_and_a_small_dh_group() {
        KeyExchange weak = new KeyExchange(List.of("DES/3DES (TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLSv1.2)",
                "RC4 (TLS_RSA_WITH_RC4_128_SHA, TLSv1.2)"), Optional.of(1024),
                Optional.of("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"), List.of());
        TlsFacts facts = TlsFixtures.facts(Optional.of(T0), TlsFixtures.healthy(AT_11));

        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, facts).acceptsNoWeakKeyExchange(weak)).hasMessage("""
                Expecting gateway.game.example.com at 10.0.0.11:443
                  to refuse NULL, EXPORT, RC4, DES/3DES and anonymous cipher suites and to use DH groups of at least 2048 bits
                but it accepts DES/3DES (TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLSv1.2), RC4 (TLS_RSA_WITH_RC4_128_SHA, TLSv1.2); its DHE group has 1024 bits (TLS_DHE_RSA_WITH_AES_128_GCM_SHA256).
                Remove them from the server's cipher list (nginx: ssl_ciphers HIGH:!aNULL:!eNULL:!EXPORT:!RC4:!DES:!3DES;), and give the server a DH group of at least 2048 bits (nginx: ssl_dhparam with a 2048-bit group such as RFC 7919 ffdhe2048) or offer ECDHE only, %s"""
                .formatted(RERUN));
    }

    @Test
    void reports_a_small_dh_group_alone_and_passes_a_2048_bit_one() {
        KeyExchange dh1024 = new KeyExchange(List.of(), Optional.of(1024), Optional.of("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"),
                List.of());
        KeyExchange dh2048 = new KeyExchange(List.of(), Optional.of(2048), Optional.of("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"),
                List.of());
        TlsFacts facts = TlsFixtures.facts(Optional.of(T0), TlsFixtures.healthy(AT_11));

        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, facts).acceptsNoWeakKeyExchange(dh1024)).hasMessage("""
                Expecting gateway.game.example.com at 10.0.0.11:443
                  to refuse NULL, EXPORT, RC4, DES/3DES and anonymous cipher suites and to use DH groups of at least 2048 bits
                but its DHE group has 1024 bits (TLS_DHE_RSA_WITH_AES_128_GCM_SHA256).
                Give the server a DH group of at least 2048 bits (nginx: ssl_dhparam with a 2048-bit group such as RFC 7919 ffdhe2048) or offer ECDHE only, %s"""
                .formatted(RERUN));
        assertThatCode(() -> ServingAssert.assertThat(AT_11, facts).acceptsNoWeakKeyExchange(dh2048)).doesNotThrowAnyException();
        assertThatCode(() -> ServingAssert.assertThat(AT_11, facts).acceptsNoWeakKeyExchange(KeyExchange.strong()))
                .doesNotThrowAnyException();
    }

    @Test
    void reports_protocols_below_the_floor_that_the_server_accepts() {
        List<ProtocolOffer> offers = List.of(new ProtocolOffer("TLSv1", true, "ServerHello TLSv1"),
                new ProtocolOffer("TLSv1.1", false, "alert protocol_version"),
                new ProtocolOffer("TLSv1.2", true, "ServerHello TLSv1.2"),
                new ProtocolOffer("TLSv1.3", true, "ServerHello TLSv1.3"));
        TlsFacts facts = TlsFixtures.facts(Optional.of(T0), TlsFixtures.healthy(AT_11));

        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, facts).holdsProtocolFloor(offers)).hasMessage("""
                Expecting gateway.game.example.com at 10.0.0.11:443
                  to accept TLSv1.2 and refuse every protocol below it (tls.minProtocol)
                but it accepts TLSv1 (ServerHello TLSv1).
                Disable every protocol below TLSv1.2 on the server (nginx: ssl_protocols TLSv1.2 TLSv1.3;), %s"""
                .formatted(RERUN));
    }

    @Test
    void reports_a_floor_protocol_the_server_refuses() {
        List<ProtocolOffer> offers = List.of(new ProtocolOffer("TLSv1", false, "alert protocol_version"),
                new ProtocolOffer("TLSv1.1", false, "alert protocol_version"),
                new ProtocolOffer("TLSv1.2", false, "alert protocol_version"),
                new ProtocolOffer("TLSv1.3", true, "ServerHello TLSv1.3"));
        TlsFacts facts = TlsFixtures.facts(Optional.of(T0), TlsFixtures.healthy(AT_11));

        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, facts).holdsProtocolFloor(offers)).hasMessage("""
                Expecting gateway.game.example.com at 10.0.0.11:443
                  to accept TLSv1.2 and refuse every protocol below it (tls.minProtocol)
                but it refuses TLSv1.2 (alert protocol_version).
                Enable TLSv1.2 on the server, as clients that stop at TLSv1.2 cannot connect otherwise (if the launch \
                means to serve only later versions, raise tls.minProtocol instead), %s""".formatted(RERUN));
    }

    @Test
    void reports_a_missing_staple() {
        TlsHandshake h = TlsFixtures.handshake(AT_11, TlsFixtures.healthy(AT_11).chain(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, TlsFixtures.facts(Optional.of(T0), h)).staplesGoodResponse(h))
                .hasMessage("""
                        Expecting gateway.game.example.com at 10.0.0.11:443
                          to staple a good OCSP response for serial 4a1f with its next update in the future (ocspStapling: required)
                        but it staples none.
                        Turn stapling on (nginx: ssl_stapling on;), give the server the issuer's certificate (the intermediate) and check it reaches http://r3.o.lencr.org; if it does, ask the responder yourself (openssl ocsp -issuer … -cert … -url …): nginx withholds a staple whose status is revoked, and its error log says so, %s"""
                        .formatted(RERUN));
    }

    @Test
    void a_missing_staple_of_a_revoked_leaf_says_it_is_revoked_not_to_turn_stapling_on() {
        // real nginx: stapling on, the responder says revoked, nginx withholds the staple; the probe asked the responder
        TlsHandshake ok = TlsFixtures.handshake(AT_11, TlsFixtures.healthy(AT_11).chain(), Optional.empty(), Optional.empty());
        TlsHandshake h = new TlsHandshake(AT_11, ok.chain(), dev.tminus.tls.TrustVerdict.revoked("the certificate is revoked"
                + " (since 2026-12-03T13:25:22Z, says its OCSP responder http://r3.o.lencr.org)"), ok.protocol(), ok.cipher(),
                ok.alpn(), Optional.empty(), ok.elapsed());
        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, TlsFixtures.facts(Optional.of(T0), h)).staplesGoodResponse(h))
                .hasMessageContaining("but it staples none, and the certificate is revoked (since 2026-12-03T13:25:22Z, says its"
                        + " OCSP responder http://r3.o.lencr.org) (TLS-01): servers withhold a revoked status (nginx does).")
                .hasMessageContaining("Issue and deploy a new certificate");
    }

    @Test
    void reports_a_revoked_staple() {
        OcspStaple revoked = new OcspStaple(OcspStaple.Status.REVOKED, Optional.empty(),
                Optional.of(Instant.parse("2026-12-01T00:00:00Z")), Optional.of(Instant.parse("2026-11-29T00:00:00Z")), "");
        TlsHandshake h = TlsFixtures.handshake(AT_11, TlsFixtures.healthy(AT_11).chain(), Optional.of(revoked), Optional.empty());
        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, TlsFixtures.facts(Optional.of(T0), h)).staplesGoodResponse(h))
                .hasMessage("""
                        Expecting gateway.game.example.com at 10.0.0.11:443
                          to staple a good OCSP response for serial 4a1f with its next update in the future (ocspStapling: required)
                        but the stapled response says revoked at 2026-11-29T00:00:00Z, next update 2026-12-01T00:00:00Z.
                        The certificate is revoked: issue and deploy a new one, %s""".formatted(RERUN));
    }

    @Test
    void reports_a_good_staple_whose_next_update_has_passed() {
        OcspStaple stale = new OcspStaple(OcspStaple.Status.GOOD, Optional.empty(),
                Optional.of(Instant.parse("2026-11-29T00:00:00Z")), Optional.empty(), "");
        TlsHandshake h = TlsFixtures.handshake(AT_11, TlsFixtures.healthy(AT_11).chain(), Optional.of(stale), Optional.empty());
        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, TlsFixtures.facts(Optional.of(T0), h)).staplesGoodResponse(h))
                .hasMessage("""
                        Expecting gateway.game.example.com at 10.0.0.11:443
                          to staple a good OCSP response for serial 4a1f with its next update in the future (ocspStapling: required)
                        but the stapled response is stale: its next update 2026-11-29T00:00Z is not after 2026-11-30T10:00Z.
                        Check that the server refreshes its staple from http://r3.o.lencr.org, %s""".formatted(RERUN));
    }

    @Test
    void reports_a_low_resumption_ratio() {
        TlsFacts facts = TlsFixtures.facts(Optional.of(T0), TlsFixtures.healthy(AT_11));
        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, facts).resumes(new Resumption(4, 2))).hasMessage("""
                Expecting gateway.game.example.com at 10.0.0.11:443
                  to resume the session on at least 75%% of repeated handshakes (resumption: required)
                but 2 of 4 resumed.
                Enable the session cache or tickets and share ticket keys across every server behind gateway.game.example.com, %s"""
                .formatted(RERUN));
        assertThatCode(() -> ServingAssert.assertThat(AT_11, facts).resumes(new Resumption(4, 3))).doesNotThrowAnyException();
    }

    @Test
    void reports_an_unplanned_alpn_protocol() {
        TlsHandshake h = TlsFixtures.handshake(AT_11, TlsFixtures.healthy(AT_11).chain(), Optional.empty(), Optional.of("spdy/3"));
        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, TlsFixtures.facts(Optional.of(T0), h))
                .negotiatesAlpn(h, List.of("h2", "http/1.1"))).hasMessage("""
                        Expecting gateway.game.example.com at 10.0.0.11:443
                          to negotiate one of [h2, http/1.1] by ALPN
                        but it negotiated "spdy/3".
                        Enable ALPN for those protocols on the server (nginx: http2 on;), %s""".formatted(RERUN));
    }
}
