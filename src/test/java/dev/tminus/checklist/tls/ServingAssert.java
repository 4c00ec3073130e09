package dev.tminus.checklist.tls;

import dev.tminus.profile.TlsSection;
import dev.tminus.tls.CertificateInfo;
import dev.tminus.tls.OcspStaple;
import dev.tminus.tls.ProtocolOffer;
import dev.tminus.tls.Resumption;
import dev.tminus.tls.TlsHandshake;
import dev.tminus.tls.TlsTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/** Assertions on how an address serves TLS (TLS-05..08, 10), failing with {@link TlsMessages}. */
final class ServingAssert extends AbstractAssert<ServingAssert, TlsTarget> {

    /** Share of repeated handshakes that must resume when resumption is required. */
    static final double MIN_RESUMPTION = 0.75;

    private final TlsFacts facts;

    private ServingAssert(TlsTarget actual, TlsFacts facts) {
        super(actual, ServingAssert.class);
        this.facts = facts;
    }

    static ServingAssert assertThat(TlsTarget target, TlsFacts facts) {
        return new ServingAssert(target, facts);
    }

    /**
     * TLS-05: the leaf here is the one most addresses serve. A tie (no majority) fails every address
     * of the tie, since none of them can be called current.
     *
     * @param peers the handshakes of the endpoint's other addresses that answered
     */
    ServingAssert servesSameLeafAs(TlsHandshake own, List<TlsHandshake> peers) {
        Map<String, List<TlsHandshake>> byFingerprint = new LinkedHashMap<>();
        byFingerprint.computeIfAbsent(own.leaf().sha256(), k -> new ArrayList<>()).add(own);
        peers.forEach(p -> byFingerprint.computeIfAbsent(p.leaf().sha256(), k -> new ArrayList<>()).add(p));
        int mine = byFingerprint.get(own.leaf().sha256()).size();
        Map.Entry<String, List<TlsHandshake>> other = byFingerprint.entrySet().stream()
                .filter(e -> !e.getKey().equals(own.leaf().sha256()))
                .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size())).orElse(null);
        if (other != null && other.getValue().size() >= mine) {
            CertificateInfo majority = other.getValue().get(0).leaf();
            List<String> at = other.getValue().stream().map(h -> h.target().address()).toList();
            failWithMessage("%s", TlsMessages.differentLeaf(actual, own.leaf(), majority, at, facts.rerun()));
        }
        return this;
    }

    /** TLS-06: the floor is accepted, every version below it refused by the server itself. */
    ServingAssert holdsProtocolFloor(List<ProtocolOffer> offers) {
        String floor = facts.tls().minProtocol();
        int floorIndex = TlsSection.PROTOCOLS.indexOf(floor);
        List<ProtocolOffer> acceptedBelow = offers.stream()
                .filter(o -> TlsSection.PROTOCOLS.indexOf(o.protocol()) < floorIndex && o.accepted()).toList();
        List<ProtocolOffer> atFloor = offers.stream().filter(o -> o.protocol().equals(floor)).toList();
        if (!acceptedBelow.isEmpty() || atFloor.stream().noneMatch(ProtocolOffer::accepted)) {
            failWithMessage("%s", TlsMessages.protocolFloor(actual, floor, acceptedBelow, atFloor, facts.rerun()));
        }
        return this;
    }

    /** TLS-07: a good staple that is still fresh. */
    ServingAssert staplesGoodResponse(TlsHandshake handshake) {
        var staple = handshake.staple();
        boolean good = staple.isPresent() && staple.get().status() == OcspStaple.Status.GOOD
                && staple.get().nextUpdate().map(n -> n.isAfter(facts.now())).orElse(false);
        if (!good) {
            failWithMessage("%s", TlsMessages.badStaple(actual, handshake.leaf(), staple, facts.now(), facts.rerun()));
        }
        return this;
    }

    /** TLS-08. */
    ServingAssert resumes(Resumption resumption) {
        if (resumption.ratio() < MIN_RESUMPTION) {
            failWithMessage("%s", TlsMessages.noResumption(actual, resumption, MIN_RESUMPTION, facts.rerun()));
        }
        return this;
    }

    /** TLS-10. */
    ServingAssert negotiatesAlpn(TlsHandshake handshake, List<String> wanted) {
        if (handshake.alpn().filter(wanted::contains).isEmpty()) {
            failWithMessage("%s", TlsMessages.noAlpn(actual, wanted, handshake.alpn(), facts.rerun()));
        }
        return this;
    }
}
