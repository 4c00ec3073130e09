package dev.tminus.checklist.tls;

import dev.tminus.profile.Durations;
import dev.tminus.profile.Endpoint;
import dev.tminus.profile.TlsSection;
import dev.tminus.tls.CertificateInfo;
import dev.tminus.tls.KeyExchange;
import dev.tminus.tls.OcspStaple;
import dev.tminus.tls.ProtocolOffer;
import dev.tminus.tls.Resumption;
import dev.tminus.tls.TlsTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The failure messages of the TLS checks, in the AssertJ shape and operator language: what was
 * expected, what was found, where, and what to do next, ending with the re-run command. Each one's
 * exact text is pinned by {@code TlsMessagesTest}.
 */
final class TlsMessages {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private TlsMessages() {
    }

    static String at(Instant instant) {
        return MINUTES.format(instant);
    }

    static String untrusted(TlsTarget t, String trusted, String reason, CertificateInfo leaf, String rerun) {
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to complete a TLS handshake trusted by " + trusted + ", the certificate naming the host\n"
                + "but the certificate was rejected: " + reason + ".\n"
                + "Served: " + leaf.subject() + ", issued by " + leaf.issuer() + ".\n"
                + "Fix the certificate or the chain the server sends, then re-run: " + rerun;
    }

    static String expiresTooSoon(TlsTarget t, Instant until, String from, Duration margin, CertificateInfo leaf,
                                 Instant now, String rerun) {
        String found = leaf.notAfter().isBefore(now)
                ? "but it expired " + at(leaf.notAfter()) + " (" + Duration.between(leaf.notAfter(), now).toDays() + " days ago)."
                : "but it expires " + at(leaf.notAfter()) + " (" + leaf.daysLeft(now) + " days left).";
        return "Expecting certificate of " + t.host() + " at " + t.socket() + "\n"
                + "  to stay valid until at least " + at(until) + " (" + from + " + " + Durations.format(margin) + ")\n"
                + found + "\n"
                + "Renew it, then re-run: " + rerun;
    }

    static String notYetValid(TlsTarget t, CertificateInfo leaf, Instant now, String rerun) {
        return "Expecting certificate of " + t.host() + " at " + t.socket() + "\n"
                + "  to be valid now (" + at(now) + ")\n"
                + "but it is not valid before " + at(leaf.notBefore()) + ".\n"
                + "Check how it was issued and the server's clock, or serve the current certificate, then re-run: " + rerun;
    }

    static String wrongName(TlsTarget t, CertificateInfo leaf, String rerun) {
        return "Expecting certificate of " + t.host() + " at " + t.socket() + "\n"
                + "  to name " + t.host() + " in its subject alternative names\n"
                + "but it does not name " + t.host() + ": its SANs are " + leaf.sans() + ".\n"
                + "Reissue it with " + t.host() + " among its names, then re-run: " + rerun;
    }

    static String incompleteChain(TlsTarget t, List<CertificateInfo> chain, boolean ordered, String rerun) {
        String found = !ordered
                ? "but it is out of order: " + chain.stream().map(CertificateInfo::subject)
                .collect(Collectors.joining(" → ")) + "."
                : "but it ends at " + chain.get(chain.size() - 1).subject() + ", whose issuer "
                + chain.get(chain.size() - 1).issuer() + " is not sent (missing intermediate).";
        return "Expecting the chain served by " + t.host() + " at " + t.socket() + "\n"
                + "  to be complete and in order: the leaf, then its intermediates up to a trusted root\n"
                + found + "\n"
                + "Serve the full chain (leaf first, then intermediates, e.g. fullchain.pem), then re-run: " + rerun;
    }

    static String olderLeaf(TlsTarget t, CertificateInfo own, CertificateInfo current, List<String> currentAt,
                            String rerun) {
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to serve the current certificate, the one served at " + String.join(", ", currentAt) + ": "
                + leaf(current) + "\n"
                + "but it serves an older one: " + leaf(own) + ".\n"
                + "Deploy the renewed certificate on " + t.address() + " (it missed the renewal) and reload it there, "
                + "then re-run: " + rerun;
    }

    static String sameAgeLeaf(TlsTarget t, CertificateInfo own, CertificateInfo other, List<String> otherAt,
                              String rerun) {
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to serve the same certificate as the other addresses\n"
                + "but it serves " + leaf(own) + ", and " + String.join(", ", otherAt) + " another one issued at the "
                + "same instant: " + leaf(other) + ".\n"
                + "Decide which certificate is current and deploy it on every address of " + t.host()
                + ", then re-run: " + rerun;
    }

    private static String leaf(CertificateInfo c) {
        return "SHA-256 " + c.sha256() + " (serial " + c.serial() + ", issued " + at(c.notBefore()) + ", expires "
                + at(c.notAfter()) + ")";
    }

    static String refused(TlsTarget t, String alert, Optional<List<ProtocolOffer>> offers, String floor,
                          String rerun) {
        List<String> accepted = offers.orElse(List.of()).stream().filter(ProtocolOffer::accepted)
                .map(ProtocolOffer::protocol).toList();
        int floorIndex = TlsSection.PROTOCOLS.indexOf(floor);
        boolean onlyOld = !accepted.isEmpty()
                && accepted.stream().allMatch(p -> TlsSection.PROTOCOLS.indexOf(p) < floorIndex);
        String next = onlyOld
                ? "Enable " + floor + " (or later) on the server (nginx: ssl_protocols TLSv1.2 TLSv1.3;)"
                : "Check what the server's TLS configuration refuses (protocols, cipher suites, certificate; its error "
                + "log names the reason)";
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to complete a TLS handshake with a modern client (TLSv1.2 and TLSv1.3, the JDK's default cipher "
                + "suites, SNI " + t.host() + ")\n"
                + "but the server refused it with a fatal alert: " + alert + ".\n"
                + offers.map(o -> "Offered one version at a time, it accepts: "
                        + (accepted.isEmpty() ? "none" : String.join(", ", accepted)) + " (TLS-06)"
                        + (!onlyOld && !accepted.isEmpty() ? ", each offered with every cipher suite: it speaks them only with"
                        + " suites a modern client does not offer (TLS-12 names any weak ones)" : "") + ".\n").orElse("")
                + next + ", then re-run: " + rerun;
    }

    /** One line per address that has no TLS server, said once (TLS-01), with what to do about it. */
    static String noServer(TlsTarget t, String why, String rerun) {
        Endpoint e = t.endpoint();
        String fix;
        if (e.addresses() instanceof Endpoint.Addresses.All) {
            fix = ", yet " + t.host() + " resolves to " + t.address() + ": remove " + t.address()
                    + " from the DNS records of " + t.host() + " or start TLS there.";
        } else if (e.addresses() instanceof Endpoint.Addresses.Listed) {
            fix = ", an address listed in tls.endpoints[" + e.name() + "].addresses: remove it from the list or "
                    + "start TLS there.";
        } else {
            fix = ": start TLS there or correct tls.endpoints[" + e.name() + "].";
        }
        return "No TLS server at " + t.socket() + " (" + why + ")" + fix + "\nThen re-run: " + rerun;
    }

    /** @param refusesAll no version at all was accepted */
    static String protocolFloor(TlsTarget t, String floor, List<ProtocolOffer> below, List<ProtocolOffer> floorOffer,
                                boolean refusesAll, String rerun) {
        boolean floorRefused = floorOffer.stream().noneMatch(ProtocolOffer::accepted);
        String refusal = floorOffer.isEmpty() ? floor : floor + " (" + floorOffer.get(0).answer() + ")";
        String found = below.isEmpty()
                ? "but it refuses " + refusal + "."
                : "but it accepts " + below.stream().map(ProtocolOffer::protocol).collect(Collectors.joining(", "))
                + (floorRefused ? "; refuses " + floor : "")
                + " (" + below.stream().map(ProtocolOffer::answer).collect(Collectors.joining(", "))
                + (floorRefused && !floorOffer.isEmpty() ? "; " + floor + " offered: " + floorOffer.get(0).answer() : "")
                + ").";
        String next = below.isEmpty() ? "Enable " + floor + " on the server, as clients that stop at " + floor + " cannot"
                + " connect otherwise (if the launch means to serve only later versions, raise tls.minProtocol instead)"
                : floorRefused ? "Enable " + floor + " and disable every protocol below it on the server (nginx: "
                + "ssl_protocols TLSv1.2 TLSv1.3;)"
                : "Disable every protocol below " + floor + " on the server (nginx: ssl_protocols TLSv1.2 TLSv1.3;)";
        String alert = floorOffer.isEmpty() ? "" : floorOffer.get(0).answer();
        if (refusesAll && floorRefused && alert.startsWith("alert ") && !alert.equals("alert protocol_version")) {
            found = "but it refuses " + floor + " with " + alert + ", as it refuses every version: the refusal is not "
                    + "about the version.";
            next = "Fix what the server refuses (TLS-01 names it; its error log says why)";
        }
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to accept " + floor + " and refuse every protocol below it (tls.minProtocol)\n"
                + found + "\n"
                + next + ", then re-run: " + rerun;
    }

    static String badStaple(TlsTarget t, CertificateInfo leaf, java.util.Optional<OcspStaple> staple, Instant now,
                            String rerun) {
        String found;
        String next;
        if (staple.isEmpty()) {
            found = "but it staples none.";
            next = "Turn stapling on (nginx: ssl_stapling on;), give the server the issuer's certificate (the "
                    + "intermediate) and check it reaches " + leaf.ocspUrl().orElse("its OCSP responder")
                    + "; if it does, ask the responder yourself (openssl ocsp -issuer … -cert … -url …): nginx withholds"
                    + " a staple whose status is revoked, and its error log says so";
        } else if (staple.get().status() == OcspStaple.Status.GOOD) {
            found = "but the stapled response is stale: its next update " + staple.get().nextUpdate().map(TlsMessages::at)
                    .orElse("(none)") + " is not after " + at(now) + ".";
            next = "Check that the server refreshes its staple from " + leaf.ocspUrl().orElse("the OCSP responder");
        } else {
            found = "but the stapled response says " + staple.get().describe() + ".";
            next = staple.get().status() == OcspStaple.Status.REVOKED
                    ? "The certificate is revoked: issue and deploy a new one"
                    : "Check the OCSP responder " + leaf.ocspUrl().orElse("") + " and what the server staples";
        }
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to staple a good OCSP response for serial " + leaf.serial()
                + " with its next update in the future (ocspStapling: required)\n"
                + found + "\n"
                + next + ", then re-run: " + rerun;
    }

    static String noResumption(TlsTarget t, Resumption r, double min, String rerun) {
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to resume the session on at least " + Math.round(min * 100) + "% of repeated handshakes"
                + " (resumption: required)\n"
                + "but " + r.resumed() + " of " + r.attempts() + " resumed.\n"
                + "Enable the session cache or tickets and share ticket keys across every server behind "
                + t.host() + ", then re-run: " + rerun;
    }

    static String wrongIssuer(TlsTarget t, String pattern, CertificateInfo leaf, String rerun) {
        return "Expecting certificate of " + t.host() + " at " + t.socket() + "\n"
                + "  to be issued by an issuer matching /" + pattern + "/\n"
                + "but its issuer is " + leaf.issuer() + ".\n"
                + "Check which CA the renewal used (ACME directory and account), then re-run: " + rerun;
    }

    static String noAlpn(TlsTarget t, List<String> wanted, java.util.Optional<String> got, String rerun) {
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to negotiate one of " + wanted + " by ALPN\n"
                + "but it negotiated " + got.map(p -> "\"" + p + "\"").orElse("none") + ".\n"
                + "Enable ALPN for those protocols on the server (nginx: http2 on;), then re-run: " + rerun;
    }

    static String weakCrypto(TlsTarget t, List<String> weaknesses, String rerun) {
        return "Expecting every certificate served by " + t.host() + " at " + t.socket() + "\n"
                + "  to have an RSA key of at least 2048 bits or an EC key of at least 256 bits, and no SHA-1 signature\n"
                + "but " + String.join("; ", weaknesses) + ".\n"
                + "Reissue with a strong key and a SHA-256 (or better) signature, then re-run: " + rerun;
    }

    static String weakKeyExchange(TlsTarget t, KeyExchange k, String rerun) {
        List<String> found = new java.util.ArrayList<>();
        if (!k.accepted().isEmpty()) {
            found.add("it accepts " + String.join(", ", k.accepted()));
        }
        if (k.weakDh()) {
            found.add(k.dhComposite()
                    ? "its DHE group's modulus is not a prime (" + k.dhBits().orElseThrow() + " bits, composite: no security at all; "
                    + k.dheSuite().orElse("DHE") + ")"
                    : "its DHE group has " + k.dhBits().orElseThrow() + " bits (" + k.dheSuite().orElse("DHE") + ")");
        }
        List<String> next = new java.util.ArrayList<>();
        if (!k.accepted().isEmpty()) {
            next.add("Remove them from the server's cipher list (nginx: ssl_ciphers HIGH:!aNULL:!eNULL:!EXPORT:!RC4:!DES:!3DES;)");
        }
        if (k.weakDh()) {
            next.add((next.isEmpty() ? "Give" : "give") + " the server a DH group of at least " + KeyExchange.MIN_DH_BITS
                    + " bits (nginx: ssl_dhparam with a 2048-bit group such as RFC 7919 ffdhe2048) or offer ECDHE only");
        }
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to refuse NULL, EXPORT, RC4, DES/3DES and anonymous cipher suites and to use DH groups of at least "
                + KeyExchange.MIN_DH_BITS + " bits\n"
                + "but " + String.join("; ", found) + ".\n"
                + String.join(", and ", next) + ", then re-run: " + rerun;
    }
}
