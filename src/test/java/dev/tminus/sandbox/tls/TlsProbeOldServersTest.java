package dev.tminus.sandbox.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.tls.HandshakeRefused;
import dev.tminus.tls.KeyExchange;
import dev.tminus.tls.ProtocolOffer;
import dev.tminus.tls.TlsInspection;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The TLS probe against servers that refuse, speak only old versions or offer weak key exchange. */
class TlsProbeOldServersTest extends TlsProbeFixture {

    @Test
    void a_fatal_alert_is_a_refusal_and_the_protocol_and_key_exchange_offers_still_run() throws Exception {
        // GIVEN a server that answers every ClientHello with handshake_failure
        server.mode(shared(healthy(), List.of(), false, ServerMode.Wire.ALERT));

        // WHEN
        TlsInspection i = probe.inspect(target(server.port()));

        // THEN the refusal is named, and what needs no handshake was still asked
        assertThat(i.refusal()).get().extracting(HandshakeRefused::alert).isEqualTo("handshake_failure");
        assertThat(i.nothingLearned()).isEmpty();
        assertThat(i.protocols().get()).extracting(ProtocolOffer::describe).containsExactly(
                "TLSv1: refused (alert handshake_failure)", "TLSv1.1: refused (alert handshake_failure)",
                "TLSv1.2: refused (alert handshake_failure)", "TLSv1.3: refused (alert handshake_failure)");
        assertThat(i.keyExchange().get().accepted()).isEmpty();
    }

    @Test
    void a_server_speaking_only_tls_1_0_and_1_1_refuses_the_jdk_and_still_has_its_protocols_read() throws Exception {
        server.mode(shared(healthy(), List.of(), false, ServerMode.Wire.LEGACY_ONLY));

        TlsInspection i = probe.inspect(target(server.port()));

        assertThat(i.refusal()).get().extracting(HandshakeRefused::alert).isEqualTo("protocol_version");
        assertThat(i.protocols().get()).extracting(ProtocolOffer::describe).containsExactly(
                "TLSv1: accepted (ServerHello TLSv1)", "TLSv1.1: accepted (ServerHello TLSv1.1)",
                "TLSv1.2: refused (alert protocol_version)", "TLSv1.3: refused (alert protocol_version)");
    }

    @Test
    void reads_weak_suites_offered_on_the_wire_and_a_1024_bit_dh_group() throws Exception {
        // GIVEN a server that also accepts 3DES and RC4, and answers DHE with a 1024-bit group
        server.mode(shared(healthy(), List.of(), false, ServerMode.Wire.TLS).weak(Set.of(0x000a, 0x0005), 1024));

        // WHEN
        KeyExchange k = probe.inspect(target(server.port())).keyExchange().get();

        // THEN each weak family is named with the suite the server chose
        assertThat(k.accepted()).containsExactly("RC4 (TLS_RSA_WITH_RC4_128_SHA, TLSv1.2)",
                "DES/3DES (TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLSv1.2)");
        assertThat(k.dhBits()).contains(1024);
        assertThat(k.describe()).isEqualTo("NULL: refused (alert handshake_failure); EXPORT: refused (alert "
                + "handshake_failure); RC4: accepted (TLS_RSA_WITH_RC4_128_SHA, TLSv1.2); DES/3DES: accepted "
                + "(TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLSv1.2); anonymous: refused (alert handshake_failure); "
                + "DHE: 1024-bit group (TLS_DHE_RSA_WITH_AES_128_GCM_SHA256)");
    }

    @Test
    void a_dhe_rsa_only_tls_1_2_server_is_accepted_at_the_floor_with_its_2048_bit_group() throws Exception {
        // GIVEN a JSSE server with an RSA leaf, TLS 1.2 only, DHE-RSA suites only
        SandboxPki.Credential rsa = pki.issue(LeafSpec.healthy(HOST, Instant.now(), ocsp.url())
                .key("RSA", 2048, "SHA256withECDSA"));
        server.mode(shared(rsa, List.of(), false, ServerMode.Wire.TLS)
                .jsse(List.of("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"), List.of("TLSv1.2")));

        // WHEN
        TlsInspection i = probe.inspect(target(server.port()));

        // THEN TLS 1.2 is accepted (the probe offers DHE too), and the group is read from the wire
        assertThat(i.handshake().get().cipher()).isEqualTo("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256");
        assertThat(i.protocols().get()).extracting(ProtocolOffer::describe)
                .contains("TLSv1.2: accepted (ServerHello TLSv1.2)");
        assertThat(i.keyExchange().get().dhBits()).contains(2048);
        assertThat(i.keyExchange().get().accepted()).isEmpty();
    }

    @Test
    void a_closed_port_is_said_to_have_no_tls_server_and_nothing_more_is_tried() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        TlsInspection i = probe.inspect(target(closed));

        assertThat(i.noServer()).contains("connection refused");
        assertThat(i.protocols().known()).isFalse();
        assertThat(i.keyExchange().known()).isFalse();
    }
}
