package dev.tminus.checklist.tls;

import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.check.Check;
import dev.tminus.checklist.TlsChecklist;
import dev.tminus.tls.TlsHandshake;
import dev.tminus.tls.TlsTarget;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Certificate renewal: what every address behind every name serves as its certificate. */
@TlsChecklist
@ExtendWith(TlsItems.class)
@Severity(SeverityLevel.BLOCKER)
class TlsCertificateChecks {

    /**
     * A client with the JDK's trust store plus the profile's {@code trustStore}, SNI and HTTPS hostname
     * verification completes the handshake with this address. A fatal alert from the server is a
     * refusal (NOT READY, the alert named); no TLS server at the address is said here once, and the
     * other checks of that address point here. If this fails: read the reason — a refusal, an
     * expired or not-yet-valid certificate, a name the certificate lacks, a missing intermediate or a
     * CA the clients do not trust — and compare the served chain in the evidence with what was deployed.
     */
    @Check(id = "TLS-01", claim = "handshake trusted, name verified")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TlsItems.class)
    void handshake_is_trusted(TlsTarget target, TlsFacts facts) {
        assertThat(Answered.handshakeOrVerdict(target, facts), facts).isTrusted();
    }

    /**
     * The leaf stays valid at least {@code minValidity} past max(now, T0), and is valid already. If
     * this fails: the renewal (ACME client, cron, deploy hook) did not run or did not reach this
     * address; renew and reload the server.
     */
    @Check(id = "TLS-02", claim = "valid well past launch")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TlsItems.class)
    void stays_valid_past_launch(TlsTarget target, TlsFacts facts) {
        assertThat(handshake(target, facts), facts).staysValid();
    }

    /**
     * The leaf's subject alternative names cover the host (exactly, or by a one-label wildcard). If
     * this fails: the certificate was issued for other names; reissue it with the host among its SANs.
     */
    @Check(id = "TLS-03", claim = "names the host")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TlsItems.class)
    void names_the_host(TlsTarget target, TlsFacts facts) {
        assertThat(handshake(target, facts), facts).namesHost();
    }

    /**
     * The server sends the leaf, then its intermediates, in order, up to a trusted root. If this
     * fails: the server is configured with the leaf alone (cert.pem instead of fullchain.pem) or with
     * the certificates in the wrong order.
     */
    @Check(id = "TLS-04", claim = "complete chain in order")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TlsItems.class)
    void chain_is_complete(TlsTarget target, TlsFacts facts) {
        assertThat(handshake(target, facts), facts).hasCompleteChain();
    }

    /**
     * The issuer DN matches the endpoint's {@code issuer} (the CA the renewal is meant to use). If this
     * fails: the renewal used another CA or a staging directory (ACME staging issues untrusted
     * certificates); check the ACME client's directory URL and account.
     */
    @Check(id = "TLS-09", claim = "issued by the planned CA")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TlsItems.class)
    void issued_by_planned_ca(TlsTarget target, TlsFacts facts) {
        var issuer = target.endpoint().issuer();
        if (issuer.isEmpty()) {
            Assumptions.abort("not configured: tls.endpoints[" + target.endpoint().name()
                + "].issuer is not set");
        }
        assertThat(handshake(target, facts), facts).isIssuedBy(issuer.get());
    }

    /**
     * Every served certificate has an RSA key of at least 2048 bits or an EC key of at least 256 bits,
     * and none (but a root's self-signature) is signed with SHA-1. If this fails: reissue with a
     * modern key and signature; old intermediates may need replacing too.
     */
    @Check(id = "TLS-11", claim = "strong keys and signatures")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TlsItems.class)
    void strong_keys_and_signatures(TlsTarget target, TlsFacts facts) {
        assertThat(handshake(target, facts), facts).hasStrongKeysAndSignatures();
    }

    static TlsHandshake handshake(TlsTarget target, TlsFacts facts) {
        return Answered.handshake(target, facts);
    }
}
