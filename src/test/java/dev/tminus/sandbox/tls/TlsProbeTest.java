package dev.tminus.sandbox.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.ProbeException;
import dev.tminus.tls.OcspStaple;
import dev.tminus.tls.ProtocolOffer;
import dev.tminus.tls.TlsHandshake;
import dev.tminus.tls.TlsInspection;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TLS probe against sandbox servers on a free loopback port: what it reports, and how it breaks. */
class TlsProbeTest extends TlsProbeFixture {

    @Test
    void reports_chain_protocol_alpn_staple_and_resumption_of_a_healthy_server() throws Exception {
        // GIVEN a server with a trusted leaf, stapling, ALPN h2 and one shared context
        ocsp.reset();
        SandboxPki.Credential c = healthy();
        server.mode(shared(c, List.of("h2"), false, ServerMode.Wire.TLS));

        // WHEN
        TlsInspection i = probe.inspect(target(server.port()));

        // THEN
        TlsHandshake h = i.handshake().get();
        assertThat(h.trust().trusted()).isTrue();
        assertThat(h.leaf().sans()).containsExactly(HOST);
        assertThat(h.leaf().serial()).isEqualTo(c.leaf().getSerialNumber().toString(16));
        assertThat(h.chain().certificates()).hasSize(2);
        assertThat(h.chain().complete()).isTrue();
        assertThat(h.protocol()).isEqualTo("TLSv1.3");
        assertThat(h.alpn()).contains("h2");
        assertThat(h.staple()).get().extracting(OcspStaple::status).isEqualTo(OcspStaple.Status.GOOD);
        assertThat(i.resumption().get().describe()).isEqualTo("4/4 resumed");
        assertThat(i.protocols().get()).extracting(ProtocolOffer::describe).containsExactly(
                "TLSv1: refused (alert protocol_version)", "TLSv1.1: refused (alert protocol_version)",
                "TLSv1.2: accepted (ServerHello TLSv1.2)", "TLSv1.3: accepted (ServerHello TLSv1.3)");
    }

    @Test
    void captures_the_served_chain_even_when_the_trust_store_rejects_it() throws Exception {
        // GIVEN a leaf from the rogue CA
        SandboxPki.Credential rogue = pki.issue(LeafSpec.healthy(HOST, Instant.now(), ocsp.url()).rogueIssuer());
        server.mode(shared(rogue, List.of(), false, ServerMode.Wire.TLS));

        // WHEN
        TlsHandshake h = probe.inspect(target(server.port())).handshake().get();

        // THEN what was served is reported, with the reason it is not trusted
        assertThat(h.trust().trusted()).isFalse();
        assertThat(h.trust().reason()).isEqualTo("no trusted path to a root: the served chain ends at "
                + "\"CN=T-Minus Rogue Issuing CA,O=Nobody Trusts This\", issued by \"CN=T-Minus Rogue Root CA,O=Nobody Trusts This\","
                + " which is neither served nor in the trust store (a missing intermediate or an untrusted CA)");
        assertThat(h.leaf().issuer()).isEqualTo("CN=T-Minus Rogue Issuing CA,O=Nobody Trusts This");
    }

    @Test
    void counts_no_resumption_when_every_connection_gets_a_fresh_server_context() throws Exception {
        SandboxPki.Credential c = healthy();
        server.mode(new ServerMode(() -> ServerContexts.of(c), List.of(), false, ServerMode.Wire.TLS));

        assertThat(probe.inspect(target(server.port())).resumption().get().describe()).isEqualTo("0/4 resumed");
    }

    @Test
    void offers_tls_1_0_on_the_wire_and_sees_a_server_accept_it() throws Exception {
        server.mode(shared(healthy(), List.of(), true, ServerMode.Wire.TLS));

        assertThat(probe.inspect(target(server.port())).protocols().get()).extracting(ProtocolOffer::describe)
                .startsWith("TLSv1: accepted (ServerHello TLSv1)", "TLSv1.1: accepted (ServerHello TLSv1.1)");
    }

    @Test
    void reads_a_revoked_staple() throws Exception {
        SandboxPki.Credential c = healthy();
        ocsp.revoke(c.leaf().getSerialNumber());
        server.mode(shared(c, List.of(), false, ServerMode.Wire.TLS));

        assertThat(probe.inspect(target(server.port())).handshake().get().staple()).get()
                .extracting(OcspStaple::status).isEqualTo(OcspStaple.Status.REVOKED);
        ocsp.reset();
    }

    @Test
    void gives_a_server_a_second_full_handshake_to_staple_like_nginx_after_a_reload() throws Exception {
        // GIVEN a server whose first OCSP fetch fails (nginx fetches lazily: no staple on the first handshake)
        ocsp.reset();
        server.mode(shared(healthy(), List.of(), false, ServerMode.Wire.TLS));
        ocsp.refuseNext(1);

        // WHEN
        TlsHandshake h = probe.inspect(target(server.port())).handshake().get();

        // THEN the staple of the second handshake counts
        assertThat(h.staple()).get().extracting(OcspStaple::status).isEqualTo(OcspStaple.Status.GOOD);
    }

    @Test
    void a_server_that_stalls_mid_handshake_is_a_timeout_within_the_profile_timeout() throws Exception {
        server.mode(shared(healthy(), List.of(), false, ServerMode.Wire.STALL));

        assertThatThrownBy(() -> probe.inspect(target(server.port())).handshake().get())
                .isInstanceOf(ProbeException.Timeout.class)
                .hasMessage("Could not check TLS of gateway (gateway.game.tminus.test) at 127.0.0.1:" + server.port()
                        + ": the server accepted the connection but stalled mid-handshake (no answer within 800ms)."
                        + " Check the TLS terminator at that address: overloaded, hung, or a proxy holding the connection.");
    }

    @Test
    void a_port_that_answers_plain_http_is_garbage_not_tls() throws Exception {
        server.mode(shared(healthy(), List.of(), false, ServerMode.Wire.NOT_TLS));

        assertThatThrownBy(() -> probe.inspect(target(server.port())).handshake().get())
                .isInstanceOf(ProbeException.Garbage.class)
                .hasMessage("Could not check TLS of gateway (gateway.game.tminus.test) at 127.0.0.1:" + server.port()
                        + ": the port answered the ClientHello with something that is not TLS (not TLS at all)."
                        + " Check that port " + server.port() + " is the TLS port of that server.");
    }

    @Test
    void a_closed_port_is_unreachable() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertThatThrownBy(() -> probe.inspect(target(closed)).handshake().get())
                .isInstanceOf(ProbeException.Unreachable.class)
                .hasMessage("Could not check TLS of gateway (gateway.game.tminus.test) at 127.0.0.1:" + closed
                        + ": the connection was refused (nothing listens on port " + closed + ")."
                        + " Check that the server is up on that address.");
    }
}
