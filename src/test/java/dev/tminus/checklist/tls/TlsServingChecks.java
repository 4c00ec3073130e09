package dev.tminus.checklist.tls;

import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.check.Check;
import dev.tminus.checklist.TlsChecklist;
import dev.tminus.profile.Endpoint;
import dev.tminus.tls.TlsHandshake;
import dev.tminus.tls.TlsInspection;
import dev.tminus.tls.TlsTarget;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Certificate renewal: how every address behind every name serves TLS to long-lived clients. */
@TlsChecklist
@ExtendWith(TlsItems.class)
@Severity(SeverityLevel.BLOCKER)
class TlsServingChecks {

    /**
     * Every address of the endpoint serves the same leaf (SHA-256): one stale backend after a
     * renewal is the classic launch-day bug. Of two leaves, the one issued later (notBefore) is the
     * current one; the address serving the older one fails. If this fails: deploy the renewed
     * certificate to the address named and reload it; check the deploy hook reaches every backend.
     */
    @Check(id = "TLS-05", claim = "same certificate as the other addresses")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TlsItems.class)
    void same_certificate_everywhere(TlsTarget target, TlsFacts facts) {
        TlsHandshake own = TlsCertificateChecks.handshake(target, facts);
        List<TlsHandshake> peers = facts.peers(target).stream().map(TlsInspection::handshake)
                .filter(o -> o.known()).map(o -> o.get()).toList();
        if (peers.isEmpty()) {
            Assumptions.abort("not applicable: no other address of " + target.endpoint().label()
                + " answered a handshake to compare with");
        }
        assertThat(target, facts).servesSameLeafAs(own, peers);
    }

    /**
     * {@code minProtocol} is accepted and every older version is refused by the server, each offered
     * for real with a ClientHello of its own (the JDK's own refusal of TLS 1.0/1.1 never counts).
     * If this fails: set the server's protocols (nginx {@code ssl_protocols TLSv1.2 TLSv1.3;}).
     */
    @Check(id = "TLS-06", claim = "protocol floor held")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TlsItems.class)
    void protocol_floor(TlsTarget target, TlsFacts facts) {
        TlsInspection inspection = facts.inspection(target);
        TlsEvidence.attach(inspection, facts.now());
        assertThat(target, facts).holdsProtocolFloor(
                Answered.withoutHandshake(inspection, inspection.protocols(), facts));
    }

    /**
     * With {@code ocspStapling: required}, a stapled OCSP response is present, says good, and its
     * next update is in the future; a leaf without an OCSP responder URL is not applicable. If this
     * fails: turn stapling on, check the server can reach the responder, and that it refreshes.
     */
    @Check(id = "TLS-07", claim = "OCSP staple good and fresh")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TlsItems.class)
    void ocsp_staple(TlsTarget target, TlsFacts facts) {
        if (target.endpoint().ocspStapling() != Endpoint.Requirement.REQUIRED) {
            Assumptions.abort("not required: tls.endpoints[" + target.endpoint().name() + "].ocspStapling is optional");
        }
        TlsHandshake handshake = TlsCertificateChecks.handshake(target, facts);
        if (handshake.leaf().ocspUrl().isEmpty()) {
            Assumptions.abort("not applicable: the certificate served at "
                + target.socket() + " has no OCSP responder URL");
        }
        assertThat(target, facts).staplesGoodResponse(handshake);
    }

    /**
     * With {@code resumption: required}, repeated handshakes with one client context resume the
     * session (no Certificate message) on at least 75% of attempts. If this fails: enable the session
     * cache or tickets, and share ticket keys across every server behind the load balancer.
     */
    @Check(id = "TLS-08", claim = "sessions resume")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TlsItems.class)
    void sessions_resume(TlsTarget target, TlsFacts facts) {
        if (target.endpoint().resumption() != Endpoint.Requirement.REQUIRED) {
            Assumptions.abort("not required: tls.endpoints[" + target.endpoint().name() + "].resumption is optional");
        }
        TlsInspection inspection = facts.inspection(target);
        TlsEvidence.attach(inspection, facts.now());
        assertThat(target, facts).resumes(Answered.afterHandshake(inspection, inspection.resumption(), facts));
    }

    /**
     * ALPN negotiates one of the endpoint's {@code alpn} protocols. If this fails: the server or the
     * load balancer in front of it does not offer those protocols (nginx {@code http2 on;}).
     */
    @Check(id = "TLS-10", claim = "ALPN negotiated")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TlsItems.class)
    void alpn(TlsTarget target, TlsFacts facts) {
        List<String> wanted = target.endpoint().alpn();
        if (wanted.isEmpty()) {
            Assumptions.abort("not configured: tls.endpoints[" + target.endpoint().name()
                + "].alpn is not set");
        }
        assertThat(target, facts).negotiatesAlpn(TlsCertificateChecks.handshake(target, facts), wanted);
    }

    /**
     * No weak cipher suite or key exchange is accepted: each family (NULL, EXPORT, RC4, DES/3DES,
     * anonymous) is offered on its own in a hand-written ClientHello, and the DH group of a DHE
     * handshake has at least 2048 bits. Needs no completed handshake, so it judges old servers too.
     * If this fails: remove those suites from the server's cipher list and give it a 2048-bit DH
     * group (nginx {@code ssl_ciphers HIGH:!aNULL:!eNULL:!EXPORT:!RC4:!DES:!3DES;}, {@code ssl_dhparam}).
     */
    @Check(id = "TLS-12", claim = "no weak cipher suites or DH groups")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TlsItems.class)
    void no_weak_key_exchange(TlsTarget target, TlsFacts facts) {
        TlsInspection inspection = facts.inspection(target);
        TlsEvidence.attach(inspection, facts.now());
        assertThat(target, facts).acceptsNoWeakKeyExchange(
                Answered.withoutHandshake(inspection, inspection.keyExchange(), facts));
    }
}
