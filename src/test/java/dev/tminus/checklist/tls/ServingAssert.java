package dev.tminus.checklist.tls;

import dev.tminus.profile.TlsSection;
import dev.tminus.tls.KeyExchange;
import dev.tminus.tls.OcspStaple;
import dev.tminus.tls.ProtocolOffer;
import dev.tminus.tls.Resumption;
import dev.tminus.tls.TlsHandshake;
import dev.tminus.tls.TlsTarget;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on how an address serves TLS (TLS-05..08, 10), failing with {@link TlsMessages}. */
public final class ServingAssert extends AbstractAssert<ServingAssert, TlsTarget> {

    /** Share of repeated handshakes that must resume when resumption is required. */
    static final double MIN_RESUMPTION = 0.75;

    private final TlsFacts facts;

    private ServingAssert(TlsTarget actual, TlsFacts facts) {
        super(actual, ServingAssert.class);
        this.facts = facts;
    }

    public static ServingAssert assertThat(TlsTarget target, TlsFacts facts) {
        return new ServingAssert(target, facts);
    }

    /**
     * TLS-05: the leaf here is the current one. Of the leaves the endpoint's addresses serve, the one
     * issued last (latest notBefore) is current; an address serving an older one fails and is told to
     * take the renewal. Two different leaves issued at the same instant fail both: none can be called
     * current.
     *
     * @param peers the handshakes of the endpoint's other addresses that answered
     */
    public ServingAssert servesSameLeafAs(TlsHandshake own, List<TlsHandshake> peers) {
        List<TlsHandshake> others = peers.stream().filter(p -> !p.leaf().sha256().equals(own.leaf().sha256())).toList();
        if (others.isEmpty()) {
            return this;
        }
        Instant latest = others.stream().map(h -> h.leaf().notBefore()).max(Instant::compareTo).orElseThrow();
        List<TlsHandshake> newest = others.stream().filter(h -> h.leaf().notBefore().equals(latest)).toList();
        List<String> at = newest.stream().map(h -> h.target().address()).toList();
        if (own.leaf().notBefore().isBefore(latest)) {
            failWithMessage("%s", TlsMessages.olderLeaf(actual, own.leaf(), newest.get(0).leaf(), at, facts.rerun()));
        } else if (own.leaf().notBefore().equals(latest)) {
            failWithMessage("%s", TlsMessages.sameAgeLeaf(actual, own.leaf(), newest.get(0).leaf(), at, facts.rerun()));
        }
        return this;
    }

    /** TLS-06: the floor is accepted, every version below it refused by the server itself. */
    public ServingAssert holdsProtocolFloor(List<ProtocolOffer> offers) {
        String floor = facts.tls().minProtocol();
        int floorIndex = TlsSection.PROTOCOLS.indexOf(floor);
        List<ProtocolOffer> acceptedBelow = offers.stream()
                .filter(o -> TlsSection.PROTOCOLS.indexOf(o.protocol()) < floorIndex && o.accepted()).toList();
        List<ProtocolOffer> atFloor = offers.stream().filter(o -> o.protocol().equals(floor)).toList();
        if (!acceptedBelow.isEmpty() || atFloor.stream().noneMatch(ProtocolOffer::accepted)) {
            failWithMessage("%s", TlsMessages.protocolFloor(actual, floor, acceptedBelow, atFloor,
                    offers.stream().noneMatch(ProtocolOffer::accepted), facts.rerun()));
        }
        return this;
    }

    /** TLS-07: a good staple that is still fresh. */
    public ServingAssert staplesGoodResponse(TlsHandshake handshake) {
        var staple = handshake.staple();
        boolean good = staple.isPresent() && staple.get().status() == OcspStaple.Status.GOOD
                && staple.get().nextUpdate().map(n -> n.isAfter(facts.now())).orElse(false);
        if (!good && staple.isEmpty() && handshake.trust().revoked()) {
            failWithMessage("%s", "Expecting " + actual.host() + " at " + actual.socket() + "\n  to staple a good OCSP"
                    + " response for serial " + handshake.leaf().serial() + " (ocspStapling: required)\nbut it staples none,"
                    + " and " + handshake.trust().reason() + " (TLS-01): servers withhold a revoked status (nginx does).\n"
                    + "Issue and deploy a new certificate, then re-run: " + facts.rerun());
        }
        if (!good) {
            failWithMessage("%s", TlsMessages.badStaple(actual, handshake.leaf(), staple, facts.now(), facts.rerun()));
        }
        return this;
    }

    /** TLS-08. */
    public ServingAssert resumes(Resumption resumption) {
        if (resumption.ratio() < MIN_RESUMPTION) {
            failWithMessage("%s", TlsMessages.noResumption(actual, resumption, MIN_RESUMPTION, facts.rerun()));
        }
        return this;
    }

    /** TLS-10. */
    public ServingAssert negotiatesAlpn(TlsHandshake handshake, List<String> wanted) {
        if (handshake.alpn().filter(wanted::contains).isEmpty()) {
            failWithMessage("%s", TlsMessages.noAlpn(actual, wanted, handshake.alpn(), facts.rerun()));
        }
        return this;
    }

    /** TLS-12: no weak family of cipher suites accepted, no DH group under 2048 bits. */
    public ServingAssert acceptsNoWeakKeyExchange(KeyExchange keyExchange) {
        if (!keyExchange.accepted().isEmpty() || keyExchange.weakDh()) {
            failWithMessage("%s", TlsMessages.weakKeyExchange(actual, keyExchange, facts.rerun()));
        }
        return this;
    }
}
