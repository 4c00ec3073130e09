package dev.tminus.checklist.tls;

import static dev.tminus.checklist.tls.TlsFixtures.AT_11;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.profile.Endpoint;
import dev.tminus.tls.ProtocolOffer;
import dev.tminus.tls.TlsTarget;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** TLS-01's verdicts when there is no handshake: a refusal (NOT READY) and no TLS server (one line). */
class TlsRefusalMessagesTest {

    private static final String RERUN = "mvn verify -Denv=staging -Dchecks=tls";

    @Test
    void names_the_alert_and_what_a_server_that_speaks_only_old_versions_accepts() {
        // GIVEN a server that refused the JDK's handshake and accepts only TLS 1.0 and 1.1 when offered one by one
        List<ProtocolOffer> offers = List.of(new ProtocolOffer("TLSv1", true, "ServerHello TLSv1"),
                new ProtocolOffer("TLSv1.1", true, "ServerHello TLSv1.1"),
                new ProtocolOffer("TLSv1.2", false, "alert protocol_version"),
                new ProtocolOffer("TLSv1.3", false, "alert protocol_version"));

        // WHEN / THEN
        assertThat(TlsMessages.refused(AT_11, "protocol_version", Optional.of(offers), "TLSv1.2", RERUN)).isEqualTo("""
                Expecting gateway.game.example.com at 10.0.0.11:443
                  to complete a TLS handshake with a modern client (TLSv1.2 and TLSv1.3, the JDK's default cipher suites, SNI gateway.game.example.com)
                but the server refused it with a fatal alert: protocol_version.
                Offered one version at a time, it accepts: TLSv1, TLSv1.1 (TLS-06).
                Enable TLSv1.2 (or later) on the server (nginx: ssl_protocols TLSv1.2 TLSv1.3;), then re-run: %s"""
                .formatted(RERUN));
    }

    @Test
    void names_the_alert_of_a_server_that_refuses_every_version() {
        List<ProtocolOffer> offers = List.of(new ProtocolOffer("TLSv1.2", false, "alert handshake_failure"));

        assertThat(TlsMessages.refused(AT_11, "handshake_failure", Optional.of(offers), "TLSv1.2", RERUN)).isEqualTo("""
                Expecting gateway.game.example.com at 10.0.0.11:443
                  to complete a TLS handshake with a modern client (TLSv1.2 and TLSv1.3, the JDK's default cipher suites, SNI gateway.game.example.com)
                but the server refused it with a fatal alert: handshake_failure.
                Offered one version at a time, it accepts: none (TLS-06).
                Check what the server's TLS configuration refuses (protocols, cipher suites, certificate; its error log names the reason), then re-run: %s"""
                .formatted(RERUN));
    }

    @Test
    void says_in_one_line_that_an_address_has_no_tls_server_and_what_to_remove() {
        // GIVEN the same missing server behind a name (addresses: all), a listed address and the host itself
        Endpoint listed = new Endpoint("gateway", "gateway.game.example.com", 443,
                new Endpoint.Addresses.Listed(List.of("2001:db8::13")), Optional.empty(), Endpoint.Requirement.OPTIONAL,
                Endpoint.Requirement.OPTIONAL, List.of());
        Endpoint host = new Endpoint("gateway", "gateway.game.example.com", 443, new Endpoint.Addresses.Host(),
                Optional.empty(), Endpoint.Requirement.OPTIONAL, Endpoint.Requirement.OPTIONAL, List.of());

        // WHEN / THEN
        assertThat(TlsMessages.noServer(new TlsTarget(TlsFixtures.GATEWAY, "10.0.0.13"), "connection refused", RERUN))
                .isEqualTo("No TLS server at 10.0.0.13:443 (connection refused), yet gateway.game.example.com resolves to "
                        + "10.0.0.13: remove 10.0.0.13 from the DNS records of gateway.game.example.com or start TLS there."
                        + "\nThen re-run: " + RERUN);
        assertThat(TlsMessages.noServer(new TlsTarget(listed, "2001:db8::13"), "no TCP connection within 5s", RERUN))
                .isEqualTo("No TLS server at [2001:db8::13]:443 (no TCP connection within 5s), an address listed in "
                        + "tls.endpoints[gateway].addresses: remove it from the list or start TLS there.\nThen re-run: " + RERUN);
        assertThat(TlsMessages.noServer(new TlsTarget(host, "gateway.game.example.com"), "connection refused", RERUN))
                .isEqualTo("No TLS server at gateway.game.example.com:443 (connection refused): start TLS there or "
                        + "correct tls.endpoints[gateway].\nThen re-run: " + RERUN);
    }
}
