package dev.tminus.checklist.tls;

import static dev.tminus.checklist.tls.TlsFixtures.AT_11;
import static dev.tminus.checklist.tls.TlsFixtures.AT_12;
import static dev.tminus.checklist.tls.TlsFixtures.T0;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.tls.CertificateInfo;
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

    @Test
    void reports_the_address_that_serves_another_certificate_than_the_majority() {
        // GIVEN .11 and .12 serve the renewed leaf, .13 the old one
        TlsHandshake renewed11 = TlsFixtures.healthy(AT_11);
        TlsHandshake renewed12 = TlsFixtures.healthy(AT_12);
        CertificateInfo old = new CertificateInfo("CN=gateway.game.example.com", List.of("gateway.game.example.com"),
                "CN=R3,O=Let's Encrypt,C=US", "17", Instant.parse("2026-08-01T00:00:00Z"),
                Instant.parse("2026-12-30T00:00:00Z"), "00:11:22", "EC", 256, "SHA256withECDSA", Optional.empty(), false, false);
        TlsHandshake stale = TlsFixtures.handshake(AT_13, TlsFixtures.chain(old), Optional.empty(), Optional.empty());
        TlsFacts facts = TlsFixtures.facts(Optional.of(T0), renewed11, renewed12, stale);

        // WHEN / THEN the stale address fails, the others pass
        assertThatThrownBy(() -> ServingAssert.assertThat(AT_13, facts).servesSameLeafAs(stale, List.of(renewed11, renewed12)))
                .hasMessage("""
                        Expecting gateway.game.example.com at 10.0.0.13:443
                          to serve the same certificate as the other addresses: SHA-256 AB:CD:01 (serial 4a1f, expires 2027-02-28T08:14Z) at 10.0.0.11, 10.0.0.12
                        but it serves a different one: SHA-256 00:11:22 (serial 17, expires 2026-12-30T00:00Z).
                        Deploy the current certificate on 10.0.0.13 (a backend missed the renewal), %s""".formatted(RERUN));
        assertThatCode(() -> ServingAssert.assertThat(AT_11, facts).servesSameLeafAs(renewed11, List.of(renewed12, stale)))
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
                Enable TLSv1.2 on the server, %s""".formatted(RERUN));
    }

    @Test
    void reports_a_missing_staple() {
        TlsHandshake h = TlsFixtures.handshake(AT_11, TlsFixtures.healthy(AT_11).chain(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> ServingAssert.assertThat(AT_11, TlsFixtures.facts(Optional.of(T0), h)).staplesGoodResponse(h))
                .hasMessage("""
                        Expecting gateway.game.example.com at 10.0.0.11:443
                          to staple a good OCSP response for serial 4a1f with its next update in the future (ocspStapling: required)
                        but it staples none.
                        Turn stapling on (nginx: ssl_stapling on;), give the server the issuer's certificate (the intermediate) and check it reaches http://r3.o.lencr.org, %s"""
                        .formatted(RERUN));
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
